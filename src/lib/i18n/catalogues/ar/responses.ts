import type { Messages } from '../../types';

export const responses = {
	'errors.too_many_responses': 'وصلت إجابات كثيرة جدًا من هذا العنوان في وقت قصير. انتظر بضع دقائق، ثم أرسل من جديد.',
	'errors.survey_version_unknown': 'ليس لهذه الحملة نسخة منشورة من الاستطلاع بهذا الرقم.',
	'errors.submitted_in_future': 'submittedAt في المستقبل: تحقّق من ساعة الجهاز.',
	'errors.started_after_submitted': 'يجب ألّا يكون startedAt بعد submittedAt.',
	'errors.language_not_offered': 'لا تتيح الحملة هذه اللغة للمستجيبين.',
	'errors.collect_sign_in':
		'هذا الرابط خاص بالباحثين الميدانيين في المنظمة: سجّل الدخول (أو أرسل رمز وصول إلى API) أولًا.',
	'errors.collect_forbidden': 'لا يجمع البيانات عبر هذا الرابط إلا الباحثون الميدانيون والمحرّرون والمالكون في المنظمة.',
	'errors.link_closed': 'رابط جمع البيانات هذا مغلق: انتهت تواريخه، أو أُغلقت حملته.',
	'errors.link_not_open': 'رابط جمع البيانات هذا لم يُفتح بعد.',
	'errors.timestamp_invalid': 'اكتب التاريخ والوقت بصيغة ISO 8601، مثل 2026-05-04T10:30:00Z.',
	'errors.answer_invalid': 'الإجابة رمز، أو عدد، أو قائمة رموز، أو null.',
	'errors.client_id_invalid': 'clientId من 8 إلى 100 حرف أو رقم أو . _ : - (معرّف UUID مثلًا).',
	'errors.answers_required': 'أرسل الإجابات في كائن مفاتيحه رموز الإجابات.',
	'errors.json_required': 'أرسل الإجابة بصيغة JSON، مع «Content-Type: application/json».',
	'errors.answers_invalid': 'بعض الإجابات غير صالحة: انظر «fields».',
	'export.title': 'التنزيلات',
	'export.hint':
		'كل الإجابات في ملف CSV (بترميز UTF-8، يُفتح في Excel): عمود لكل رمز إجابة، والقوائم مفصولة بمسافات، مع نسخة الاستطلاع والموجة والمجموعة واللغة وطريقة الجمع. يُسجَّل كل تنزيل ليطّلع عليه مالكو المنظمة.',
	'export.csv': 'تنزيل الإجابات (CSV)',
	'export.csv_semicolon':
		'CSV بالفاصلة المنقوطة ; وعمود 0/1 لكل خيار (لبرنامج Excel المضبوط على الفرنسية أو البرتغالية أو الإسبانية)',
	'export.csv_labels': 'CSV بتسميات الإجابات ({language})',
	'errors.csv_separator_unknown': 'الفاصل هو comma (فاصلة) أو semicolon (فاصلة منقوطة).',
	'errors.csv_multiple_unknown':
		'يُصدَّر سؤال الاختيار المتعدد بطريقة list (رموزه في عمود واحد) أو columns (عمود 0/1 لكل خيار).',
	'errors.csv_labels_language': 'لغة التسميات يجب أن تكون إحدى لغات الحملة.',
	'export.indicators_csv': 'تنزيل جدول المؤشرات (CSV)',
	'codebook.client_id': 'معرّف الإرسال: واحد لكل إرسال، وهو نفسه في كل إعادة محاولة',
	'codebook.survey_version': 'رقم نسخة الاستطلاع التي أُجيب عنها',
	'codebook.wave': 'الموجة: baseline أو endline أو followup',
	'codebook.group': 'المجموعة: exposed أو comparison',
	'codebook.language': 'اللغة التي أجاب بها المستجيب',
	'codebook.mode': 'طريقة الجمع: self (المستجيب بنفسه) أو enumerator (مقابلة)',
	'codebook.started_at': 'وقت بدء المستجيب (ISO 8601)',
	'codebook.submitted_at': 'وقت إرسال الإجابات (ISO 8601)',
	'codebook.cluster': 'رمز العنقود المعلن (قرية، حي) الذي جُمعت فيه الإجابة',
	'codebook.stratum': 'طبقة ذلك العنقود',
	'codebook.weight': 'وزن التصميم: وزن الإجابة نفسها، وإلا فوزن عنقودها؛ فارغ إذا كان 1',
	'codebook.panel_id': 'رمز اللوحة الذي يربط إجابات الشخص الواحد عبر الموجات (هوية مستعارة)',
	'codebook.review_state':
		'ما انتهت إليه مراجعة الفريق للإجابة: received أو approved أو has_issues أو rejected (الإجابة المرفوضة لا تُحتسب في أي مؤشر)',
	'export.codebook_csv': 'تنزيل دليل الترميز (CSV)',
	'export.csv_hxl': 'مع صف وسوم HXL',
	'export.csv_one_line': 'CSV لبرنامج SPSS: سطر واحد لكل إجابة (فواصل الأسطر داخل النصوص تصبح مسافات)',
	'export.spss': 'ملف أوامر SPSS مع التسميات (.sps، يقرأ ملف CSV الخاص بـSPSS)',
	'export.stata': 'ملف do لبرنامج Stata مع التسميات (.do، يقرأ ملف CSV)',
	'export.syntax_reads':
		'يقرأ {file}، أي إجابات «{title}» بصيغة CSV، مع التسميات باللغة {language}. ضع الملفين في مجلد واحد (أو اكتب المسار الكامل لملف CSV أدناه) وشغّل هذا الملف من هناك.',
	'export.syntax_one_line':
		'يقرأ SPSS سطرًا واحدًا لكل إجابة: نزّل ملف CSV الخاص بـSPSS (فواصل الأسطر داخل النصوص تصبح مسافات) من {path}',
	'export.option_chosen': 'مُختار',
	'export.option_not_chosen': 'غير مُختار',
	'errors.repeat_export_unknown': 'ليس في الحملة مجموعة مكرّرة بهذا الرمز.',
	'codebook._index': 'صف التكرار في ملف هذه المجموعة المكرّرة (بدءًا من 1)',
	'codebook._parent_index': 'قيمة client_id للإجابة التي ينتمي إليها التكرار (صفّها في ملف الإجابات)',
	'codebook._parent_table_name': 'الملف الذي توجد فيه الإجابة التي ينتمي إليها التكرار: responses',
	'export.repeat_csv': 'المجموعة المكرّرة {code}: صف لكل تكرار (CSV)',
	'export.syntax_main_only':
		'يقرأ ملف الإجابات فقط: لكل مجموعة مكرّرة ({groups}) ملف خاص بها، فيه صف لكل تكرار، وقيمة _parent_index فيه هي client_id للإجابة التي ينتمي إليها.',
	'errors.csv_breaks_unknown': 'فواصل الأسطر إما keep (تبقى كما هي) أو space (تصبح مسافات).'
} satisfies Partial<Messages>;
