import type { Messages } from '../../types';

export const customResults = {
	'custom.title': 'الأسئلة الخاصة بالحملة',
	'custom.repeats_not_summarised':
		'لا يُلخَّص هنا ما يلي: المجموعات المكرّرة ({groups})، التي تُطرح أسئلتها مرة في كل تكرار. إجابات كل مجموعة في ملف التصدير الخاص بها، بصف واحد لكل تكرار.',
	'custom.intro':
		'أسئلة أضافتها هذه الحملة إلى الوحدة الأساسية الموحّدة. ليست جزءًا من المعيار ولا تدخل في أي مؤشر: لا يمكن مقارنة نتائجها بنتائج حملات أخرى.',
	'custom.badge': 'سؤال خاص بالحملة',
	'custom.kind_share': 'نسبة من أعطوا كل إجابة بين من أجابوا، مع فترة الثقة 95%.',
	'custom.kind_multiple':
		'نسبة من اختاروا كل إجابة بين من أجابوا، مع فترة الثقة 95%. كان بوسع كل واحد أن يختار أكثر من إجابة: لذا يتجاوز مجموع النسب 100%.',
	'custom.kind_mean': 'متوسط الإجابة، مع فترة الثقة 95%.',
	'custom.axis_mean': 'متوسط الإجابة',
	'custom.chart_label': '{question}: كل موجة ومجموعة مع فترة الثقة 95%. الأرقام في الجدول أدناه.',
	'custom.cells_caption': '{question} حسب الموجة والمجموعة',
	'custom.changes_caption': '{question}: التغيّرات',
	'custom.answer': 'الإجابة',
	'custom.count': 'العدد',
	'custom.texts_title': 'الإجابات النصية',
	'custom.texts_private':
		'لا يقرأ هذه الإجابات إلا المالكون والمحرّرون والمشاهدون في منظمتك؛ ولا تصل أبدًا إلى الجهات المانحة ولا إلى التقارير العامة.',
	'custom.texts_count':
		'{total, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}}؛ تُعرض أحدث {shown} منها، من الأحدث إلى الأقدم.',
	'custom.texts_none': 'لا توجد إجابات بعد.',
	'results.flag_link': 'عرض هذه الإجابات'
} satisfies Partial<Messages>;
