import type { Messages } from '../../types';

export const imports = {
	'imports.link': 'استيراد إجابات من ملف CSV',
	'imports.title': 'استيراد الإجابات',
	'imports.lead':
		'إجابات شخص واحد في كل صف، والأعمدة مسمّاة برموز الإجابات (C0، D1، D2 … ورموز أسئلتك): كما يصدّر KoboToolbox أو ODK البيانات المجموعة بملف XLSForm الخاص بهذا الاستطلاع، أو كما أُدخلت من الاستمارات الورقية. ترى كل مشكلة قبل حفظ أي شيء؛ ويمكن تصحيح الملف الذي فيه مشكلات وفحصه من جديد، أو استيراده بدون الصفوف التي فيها مشكلات؛ واستيراده مرة أخرى لا يضيف شيئًا.',
	'imports.file': 'ملف CSV',
	'imports.file_hint':
		'مفصول بفواصل أو فواصل منقوطة أو علامات جدولة؛ نص بترميز UTF-8 («CSV UTF-8» في برنامج الجداول)؛ 5 MB على الأكثر.',
	'imports.language': 'اللغة التي أجاب بها المستجيبون',
	'imports.language_hint': 'تُستعمل لصفوف الملف إذا لم يكن فيه عمود «language».',
	'imports.check': 'فحص الملف',
	'imports.progress_upload': 'جارٍ إرسال الملف',
	'imports.progress_check': 'جارٍ فحص الملف',
	'imports.progress_rows':
		'{count, plural, zero {فُحص # صف} one {فُحص صف واحد} two {فُحص صفّان} few {فُحص # صفوف} many {فُحص # صفًّا} other {فُحص # صف}}',
	'imports.report': 'محتوى الملف',
	'imports.rows': 'الصفوف',
	'imports.columns': 'أعمدة الإجابات المقروءة',
	'imports.refusals': 'حالات الرفض (تُعدّ فقط)',
	'imports.not_eligible': 'دون 15 سنة (تُعدّ فقط)',
	'imports.already_imported': 'مستوردة من قبل (تم تخطيها)',
	'imports.to_import': 'للاستيراد',
	'imports.imported_count': 'المستوردة',
	'imports.ignored': 'الأعمدة المستبعَدة: {count}',
	'imports.ignored.metadata': 'بيانات وصفية',
	'imports.ignored.option': 'عمود 0/1 لخيار واحد',
	'imports.ignored.unknown': 'ليس رمز إجابة في هذا الاستطلاع',
	'imports.unknown_warning':
		'بعض أسماء الأعمدة ليست رموز إجابات في هذا الاستطلاع: تأكّد من أن أيًّا منها ليس سؤالًا كنت تريد استيراده.',
	'imports.problems': 'المشكلات: {count}',
	'imports.problems_listed':
		'{shown, plural, zero {لا تُعرض أي مشكلة.} one {تُعرض المشكلة الأولى فقط.} two {تُعرض المشكلتان الأوليان فقط.} few {تُعرض أول # مشكلات فقط.} many {تُعرض أول # مشكلة فقط.} other {تُعرض أول # مشكلة فقط.}}',
	'imports.rows_with_problems': 'الصفوف التي فيها مشكلات: {count}.',
	'imports.nothing_while_problems': 'لا يُستورد أي شيء ما دامت في الملف مشكلات: صحّحها، ثم افحص الملف من جديد.',
	'imports.some_rows_have_problems':
		'في بعض الصفوف مشكلات. صحّحها وافحص الملف من جديد، أو استورد الصفوف الصالحة فقط: تُستبعد الصفوف الأخرى، ويمكنك تنزيلها مع سبب استبعاد كل منها، لتصحيحها واستيرادها لاحقًا.',
	'imports.left_out_count': 'المستبعَدة (صفوف فيها مشكلات)',
	'imports.import_valid':
		'استيراد {valid, plural, zero {# صف صالح} one {الصف الصالح} two {الصفّين الصالحين} few {# صفوف صالحة} many {# صفًّا صالحًا} other {# صف صالح}}، واستبعاد {invalid, plural, zero {# صف فيه مشكلات} one {الصف الذي فيه مشكلات} two {الصفّين اللذين فيهما مشكلات} few {# صفوف فيها مشكلات} many {# صفًّا فيها مشكلات} other {# صف فيها مشكلات}}',
	'imports.confirm_leave_out':
		'أفهم أنه لن يُستورد {invalid, plural, zero {# صف فيه مشكلات} one {الصف الذي فيه مشكلات} two {الصفّان اللذان فيهما مشكلات} few {# صفوف فيها مشكلات} many {# صفًّا فيها مشكلات} other {# صف فيها مشكلات}}.',
	'imports.done_left_out':
		'استُورد {count, plural, zero {# صف} one {صف واحد} two {صفّان} few {# صفوف} many {# صفًّا} other {# صف}}. واستُبعد {invalid, plural, zero {# صف فيه مشكلات} one {صف واحد فيه مشكلات} two {صفّان فيهما مشكلات} few {# صفوف فيها مشكلات} many {# صفًّا فيها مشكلات} other {# صف فيها مشكلات}}.',
	'imports.download_left_out':
		'تنزيل {count, plural, zero {# صف فيه مشكلات} one {الصف الذي فيه مشكلات} two {الصفّين اللذين فيهما مشكلات} few {# صفوف فيها مشكلات} many {# صفًّا فيها مشكلات} other {# صف فيها مشكلات}} (CSV)',
	'imports.download_left_out_hint':
		'أعمدتك، وعمود أول «{column}» يذكر سبب استبعاد كل صف. صحّح الصفوف، ثم افحص الملف واستورده كما هو: هذا العمود لا يُقرأ.',
	'imports.left_out.column': '_سبب_الاستبعاد',
	'imports.left_out.reasons': 'السطر {line}. {reasons}',
	'imports.left_out.in_column': '{column}: {message}',
	'imports.left_out.more':
		'{count, plural, zero {وهناك # مشكلة أخرى.} one {وهناك مشكلة أخرى.} two {وهناك مشكلتان أخريان.} few {وهناك # مشكلات أخرى.} many {وهناك # مشكلة أخرى.} other {وهناك # مشكلة أخرى.}}',
	'imports.outside_dates_planned':
		'الصفوف المؤرَّخة خارج تواريخ الحملة، من {start} إلى {end}: {count}. ستُستورد وتُعلَّم للمراجعة.',
	'imports.outside_dates_done':
		'الصفوف المؤرَّخة خارج تواريخ الحملة، من {start} إلى {end}: {count}. استُوردت وعُلِّمت للمراجعة.',
	'imports.outside_dates_lines': 'أسطرها',
	'errors.leave_out_unconfirmed': 'ضع علامة في المربع لتأكيد استبعاد الصفوف التي فيها مشكلات.',
	'errors.csv_header_problems': 'في أعمدة الملف مشكلات (السطر 1)، لذلك لم يُستورد أي صف: انظر «problems».',
	'imports.line': 'السطر',
	'imports.column': 'العمود',
	'imports.value': 'القيمة',
	'imports.problem': 'المشكلة',
	'imports.import':
		'استيراد {count, plural, zero {# صف} one {صف واحد} two {صفّين} few {# صفوف} many {# صفًّا} other {# صف}}',
	'imports.import_nothing': 'عدم استيراد أي شيء',
	'imports.nothing_new': 'لا جديد للاستيراد: كل صفوف هذا الملف موجودة من قبل.',
	'imports.done':
		'استُورد {count, plural, zero {# صف} one {صف واحد} two {صفّان} few {# صفوف} many {# صفًّا} other {# صف}}.',
	'imports.back': 'العودة إلى الرابط',
	'imports.problem.duplicate_column': 'لعمود آخر رمز الإجابة نفسه.',
	'imports.problem.missing_column': 'هذا العمود ناقص: بدونه لا يبيّن أي صف هل يجوز احتساب المستجيب فيه.',
	'imports.problem.labels_not_codes':
		'لا يحمل أي عمود اسم رمز إجابة: هذا الملف يسمّي الأسئلة بنصوصها. في KoboToolbox، صدّر البيانات من جديد بصيغة CSV مع خيار «XML values and headers» (ملف CSV من ODK Central صالح كما هو)، ثم استورد ذلك الملف.',
	'imports.problem.cluster_unknown': 'هذا العنقود ليس من العناقيد التي أعلنتها الحملة (انظر تصميم العيّنة الخاص بها).',
	'imports.problem.cluster_not_link':
		'يجمع هذا الرابط البيانات لعنقود واحد فقط: صف العنقود الآخر يُستورد عبر الرابط الخاص بالموجة والمجموعة.',
	'imports.problem.stratum_mismatch': 'هذه الطبقة ليست الطبقة المعلنة لعنقود هذا الصف.',
	'imports.problem.weight_invalid': 'الوزن عدد من 0.000000001 إلى 1,000,000,000، مثل 12.5.',
	'imports.problem.panel_off': 'لا تتابع هذه الحملة لوحة: اترك panel_id فارغًا، أو فعّل اللوحة في تصميم العيّنة.',
	'imports.problem.panel_code_invalid':
		'رمز اللوحة من 3 إلى 40 حرفًا أو رقمًا أو - أو _، فيه حرف واحد ورقم واحد على الأقل: وليس اسمًا أو رقم هاتف أبدًا.',
	'imports.problem.panel_code_taken': 'لرمز اللوحة هذا إجابات في هذه الموجة والمجموعة من قبل.',
	'imports.problem.panel_code_repeated':
		'رمز اللوحة هذا موجود من قبل في السطر {firstLine}: إجابة واحدة لكل شخص في الموجة الواحدة.',
	'imports.problem.extra_values': 'في هذا الصف قيم أكثر من عدد الأعمدة في سطر العناوين.',
	'imports.problem.client_id_invalid': 'معرّف الإرسال من 8 إلى 100 حرف أو رقم أو . _ : -',
	'imports.problem.client_id_repeated': 'للسطر {firstLine} معرّف الإرسال نفسه.',
	'imports.problem.language_not_offered': 'الاستطلاع غير متاح بهذه اللغة.',
	'imports.problem.language_missing': 'اللغة غير مذكورة: اذكرها، أو اختر لغة للملف كله.',
	'imports.problem.timestamp_invalid': 'اكتب التاريخ والوقت بصيغة ISO 8601، مثل 2026-05-04T10:30:00Z.',
	'imports.problem.submitted_in_future': 'هذا الوقت في المستقبل.',
	'imports.problem.started_after_submitted': 'وقت البدء بعد وقت الانتهاء.',
	'imports.problem.wave_not_link': 'هذا الصف لموجة غير موجة الرابط: استورده عبر رابط موجته ومجموعته (لم يُنقل أي شيء).',
	'imports.problem.group_not_link':
		'هذا الصف لمجموعة غير مجموعة الرابط: استورده عبر رابط موجته ومجموعته (لم يُنقل أي شيء).',
	'errors.csv_body_missing':
		'لم يصل أي ملف CSV: اختر ملفًا (وعبر API، أرسله في متن الطلب، مع «Content-Type: text/csv»).',
	'errors.csv_required': 'أرسل الإجابات بصيغة CSV، مع «Content-Type: text/csv».',
	'errors.csv_too_large': 'حجم هذا الملف أكبر من 5 MB: استورده على عدة أجزاء.',
	'errors.csv_too_many_rows':
		'في هذا الملف أكثر من 50,000 إجابة (السطر {line} يتجاوزها): استورده على أجزاء لا يزيد كل منها عن 50,000. لم يُستورد أي شيء.',
	'errors.xls_reads_busy':
		'تجري الآن قراءة استمارات Excel 97–2003 (.xls) أخرى: حاول من جديد بعد دقيقة، أو احفظ الاستمارة بصيغة .xlsx.',
	'errors.csv_imports_busy': 'يجري الآن استيراد ملفات أخرى: حاول من جديد بعد دقيقة.',
	'errors.csv_not_utf8': 'هذا الملف ليس نصًّا بترميز UTF-8. في برنامج الجداول، احفظه بصيغة «CSV UTF-8».',
	'errors.csv_empty': 'هذا الملف فارغ.',
	'errors.csv_no_rows': 'في هذا الملف سطر عناوين لكن لا إجابات تحته.',
	'errors.csv_malformed': 'تعذّرت قراءة هذا الملف بصيغة CSV (قرب السطر {line}): تحقّق من علامات الاقتباس فيه.',
	'errors.csv_language_required': 'ليس في الملف عمود «language»: اختر اللغة التي أجاب بها المستجيبون.',
	'errors.csv_has_problems': 'في الملف مشكلات، لذلك لم يُستورد أي شيء: انظر «problems».',
	'errors.wave_invalid': 'الموجة هي baseline أو endline أو followup.',
	'errors.group_invalid': 'المجموعة هي exposed أو comparison.'
} satisfies Partial<Messages>;
