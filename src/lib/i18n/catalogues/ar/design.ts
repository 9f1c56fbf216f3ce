import type { Messages } from '../../types';

export const design = {
	'design.column.code': 'الرمز',
	'design.column.name': 'الاسم',
	'design.column.stratum': 'الطبقة',
	'design.column.weight': 'الوزن',
	'design.problem.code_missing': 'يحتاج كل عنقود إلى رمز.',
	'design.problem.code_invalid': 'الرمز من 1 إلى 40 حرفًا لاتينيًا (من a إلى z، بدون علامات) أو رقمًا أو - أو _.',
	'design.problem.code_duplicate': 'هذا الرمز مُعطى لعنقود آخر بالفعل (بغضّ النظر عن الأحرف الكبيرة والصغيرة).',
	'design.problem.name_too_long': 'الاسم 200 حرف على الأكثر.',
	'design.problem.stratum_too_long': 'اسم الطبقة 80 حرفًا على الأكثر.',
	'design.problem.weight_too_small': 'الوزن 0.000000001 على الأقل: أي وزن أصغر من ذلك خطأ في الكتابة.',
	'design.problem.weight_too_large': 'الوزن 1,000,000,000 على الأكثر.',
	'design.problem.not_text': 'اكتب هذه القيمة نصًّا.',
	'design.problem.weight_not_number': 'الوزن عدد، مثل 12.5.',
	'design.problem.weight_not_positive': 'الوزن أكبر من 0.',
	'design.problem.cluster_removed_in_use':
		'لهذا العنقود إجابات بالفعل: لا يمكن حذفه من القائمة، لذا يجب أن يبقى في الملف.',
	'design.problem.cluster_removed_linked':
		'لهذا العنقود رابط خاص به، وقد تكون نشرته معلّقة في القرية: لا يمكن حذفه من القائمة، لذا يجب أن يبقى في الملف.',
	'design.problem.stratum_changed_in_use': 'لهذا العنقود إجابات بالفعل: لا يمكن تغيير طبقته.',
	'design.problem.weight_locked': 'حُذفت الإجابات الخام لهذه الحملة: لا يمكن تغيير وزن عنقود كانت له إجابات.',
	'errors.design_invalid': 'لم يُحفظ تصميم العيّنة: كل مشكلة مذكورة في القائمة.',
	'errors.design_too_many_clusters': 'لا يتجاوز عدد العناقيد التي تعلنها الحملة 5,000 عنقود.',
	'errors.no_clusters': 'أعلن عناقيد الحملة أولًا، في تصميم العيّنة الخاص بها.',
	'errors.cluster_self_link':
		'لا يمكن لرابط التعبئة الذاتية أن يختار عنقودًا: أرسل عبر الرابط المُنشأ لذلك العنقود، أو عبر رابط الباحثين الميدانيين.',
	'errors.cluster_unknown': 'هذا العنقود ليس من العناقيد التي أعلنتها الحملة.',
	'errors.panel_code_invalid':
		'رمز اللوحة من 3 إلى 40 حرفًا لاتينيًا أو رقمًا أو - أو _، فيه حرف واحد ورقم واحد على الأقل: وليس اسمًا أو رقم هاتف أبدًا.',
	'errors.panel_code_taken': 'لرمز اللوحة هذا إجابة بالفعل في هذه الموجة وهذه المجموعة.',
	'errors.panel_off': 'لا تتابع هذه الحملة أي لوحة: لا تُرسل رمز لوحة.',
	'audit.action.design_updated':
		'عدّل تصميم العيّنة لحملة «{campaign}»: {clusters, plural, zero {# عنقود} one {عنقود واحد} two {عنقودان} few {# عناقيد} many {# عنقودًا} other {# عنقود}}',
	'design.file.no_rows': 'في هذا الملف سطر عناوين، لكن لا يوجد تحته أي عنقود.',
	'design.file.repeated_column':
		'عمودان في السطر الأول يسمّيان الشيء نفسه (code أو name أو stratum أو weight): أبقِ واحدًا منهما.',
	'design.file.extra_values':
		'في السطر {line} خلايا أكثر مما في السطر الأول. الفاصلة العشرية في ملف مفصول بالفواصل تحتاج إلى علامتي تنصيص ("12,5")، أو افصل الملف بفواصل منقوطة.',
	'design.file.no_code_column':
		'يحتاج الملف إلى عمود «code» في سطره الأول (ويمكن أن يضم أيضًا «name» و«stratum» و«weight»).',
	'design.title': 'تصميم العيّنة',
	'design.link': 'تصميم العيّنة',
	'design.lead':
		'أعلن العناقيد التي يشملها استطلاعك (قرى، أحياء، مدارس)، والطبقة التي سُحب منها كل عنقود ووزنه، وهل تتابع الأشخاص أنفسهم عبر الزمن. بعد ذلك يحسب Mesure كل فترة ثقة كما تحسبها حزمة survey في R.',
	'design.clusters_title': 'العناقيد',
	'design.clusters_count':
		'{count, plural, zero {# عنقود} one {عنقود واحد} two {عنقودان} few {# عناقيد} many {# عنقودًا} other {# عنقود}} في {strata, plural, zero {# طبقة} one {طبقة واحدة} two {طبقتين} few {# طبقات} many {# طبقة} other {# طبقة}}',
	'design.none': 'لم يُعلَن أي عنقود: يُحسب المستجيبون عيّنةً عشوائية بسيطة، ما لم يحملوا وزنًا أو رمز لوحة.',
	'design.linked': 'له رابط',
	'design.in_use': 'له إجابات',
	'design.remove': 'إزالة {code}',
	'design.add_title': 'إضافة عنقود',
	'design.add': 'إضافة',
	'design.code_hint': 'من 1 إلى 40 حرفًا لاتينيًا أو رقمًا أو - أو _، مثل V01.',
	'design.weight_hint': 'وزن التصميم: عدد الأشخاص الذين يمثّلهم كل مستجيب. اتركه فارغًا ليكون 1.',
	'design.upload_title': 'استبدال القائمة من ملف',
	'design.upload_hint':
		'ملف CSV بالأعمدة code وname وstratum وweight (الثلاثة الأخيرة اختيارية). يحلّ الملف محلّ القائمة كلها، لذا يجب أن يضم كل عنقود له إجابات أو رابط. يُفحص كل شيء قبل حفظ أي شيء.',
	'design.file': 'ملف CSV',
	'design.upload': 'فحص وحفظ',
	'design.problems_title': 'لم يُحفظ شيء: صحّح هذه المشكلات وأرسل الملف من جديد.',
	'design.problem.line': 'السطر',
	'design.problem.column': 'العمود',
	'design.problem.value': 'القيمة',
	'design.problem.why': 'المشكلة',
	'design.problem.not_in_list': 'غير موجود',
	'design.panel_title': 'اللوحة',
	'design.panel': 'يحمل المستجيبون رمز لوحة يرافقهم من خط الأساس إلى خط النهاية',
	'design.panel_hint':
		'رمز مكتوب على بطاقة، وليس اسمًا أو رقم هاتف أبدًا. يكتبه الباحثون الميدانيون؛ وفي خط النهاية تجده المقابلة بين رموز خط الأساس.',
	'design.save_panel': 'حفظ',
	'design.saved': 'حُفظ تصميم العيّنة.',
	'design.read_only': 'لا يغيّر تصميم العيّنة إلا المالكون والمحرّرون.',
	'design.summary_title': 'كيف سُحبت عيّنة الحملة',
	'design.sampled_clusters':
		'{clusters, plural, zero {# عنقود} one {عنقود واحد} two {عنقودان} few {# عناقيد} many {# عنقودًا} other {# عنقود}} (قرى، أحياء) في {strata, plural, zero {# طبقة} one {طبقة واحدة} two {طبقتين} few {# طبقات} many {# طبقة} other {# طبقة}}؛ وتأخذ فترات الثقة ذلك في الحسبان.',
	'design.sampled_clusters_weighted':
		'{clusters, plural, zero {# عنقود} one {عنقود واحد} two {عنقودان} few {# عناقيد} many {# عنقودًا} other {# عنقود}} (قرى، أحياء) في {strata, plural, zero {# طبقة} one {طبقة واحدة} two {طبقتين} few {# طبقات} many {# طبقة} other {# طبقة}}، مع أوزان؛ وتأخذ فترات الثقة ذلك في الحسبان.',
	'design.sampled_panel':
		'سُئل الأشخاص أنفسهم في خط الأساس وخط النهاية (لوحة): كل تغيّر يقارن الشخص بنفسه، وتأخذ فترات الثقة ذلك في الحسبان.',
	'design.sampled_weighted': 'عيّنة مرجّحة: تأخذ فترات الثقة الأوزان في الحسبان.',
	'design.explained':
		'يميل سكان القرية الواحدة إلى الإجابة بطرق متشابهة، لذا لا تضيف إجابة كل واحد منهم عادةً من المعلومات ما تضيفه إجابة شخص سُحب عشوائيًا، وتكون فترات الثقة أوسع منها في عيّنة عشوائية بسيطة.',
	'design.effects_explained':
		'يقارن أثر التصميم تباين رقمٍ ما بتباينه في عيّنة عشوائية بسيطة تضم العدد نفسه من المستجيبين: القيمة 2 تعني ضعف التباين؛ وما دون 1 يعني أن الطبقات أو الأوزان جعلت الرقم أدقّ منه في مثل هذه العيّنة. حجم العيّنة الفعلي هو عدد الأشخاص المسحوبين عشوائيًا الذي يعطي الدقة نفسها.',
	'design.sampled_outside':
		'المستجيبون الذين أُجريت معهم مقابلات خارج أي عنقود، ويُحسب كل منهم عنقودًا قائمًا بذاته: {count}.',
	'design.deff': 'deff',
	'design.deff_title': 'أثر التصميم: التباين مقارنةً بتباين عيّنة عشوائية بسيطة تضم العدد نفسه من المستجيبين',
	'design.effective_n': 'n الفعلي',
	'design.retention_caption': 'أعضاء اللوحة الذين عُثر عليهم مجددًا في خط النهاية',
	'design.retention_baseline': 'في خط الأساس',
	'design.retention_retained': 'عُثر عليهم في خط النهاية',
	'design.retention': 'الاستبقاء',
	'design.retention_hidden': 'غير معروض',
	'design.retention_hidden_note':
		'لا تُعرض أعداد المجموعة حين تكون هي، أو عدد الأعضاء المفقودين بين الموجتين، من 1 إلى 4: فالأعداد الصغيرة إلى هذا الحد قد تدلّ على أشخاص بعينهم.',
	'design.retention_difference':
		'الاستبقاء، المجموعة المعرّضة − مجموعة المقارنة: {points, plural, zero {# نقطة مئوية} one {# نقطة مئوية} two {# نقطة مئوية} few {# نقاط مئوية} many {# نقطة مئوية} other {# نقطة مئوية}} (فترة الثقة 95%: من {low} إلى {high}).',
	'design.links_title': 'الروابط حسب العنقود',
	'design.links_lead':
		'رابط تعبئة ذاتية لعنقود واحد: كل إجابة تصل عبره تحمل ذلك العنقود. اطبع نشرة QR الخاصة بكل رابط لتُعلَّق في قريته.',
	'design.links_cell': 'الموجة والمجموعة',
	'design.links_cluster': 'العنقود',
	'design.links_every': 'كل عنقود ليس له رابط بعد',
	'design.links_make': 'إنشاء الروابط',
	'design.links_made':
		'{count, plural, zero {لم يُنشأ أي رابط} one {أُنشئ رابط واحد} two {أُنشئ رابطان} few {أُنشئت # روابط} many {أُنشئ # رابطًا} other {أُنشئ # رابط}}.',
	'design.links_none_made':
		'لم يُنشأ أي رابط: لكل عنقود مختار رابط بالفعل لهذه الموجة والمجموعة، مع نشرته، في القائمة أدناه.',
	'design.links_publish_first': 'انشر الاستطلاع أولًا: فرابط العنقود يجمع الإجابات على النسخة المنشورة من الاستطلاع.'
} satisfies Partial<Messages>;
