import type { Messages } from '../../types';

export const languages = {
	'languages.title': 'الترجمة إلى {language}',
	'languages.lead':
		'يظهر كل نص بجانب النص نفسه باللغة {reference}. أبقِ الكلمات الواردة بين الأقواس المعقوصة كما هي: فصفحة كل مستجيب تملؤها. ولا تتغيّر رموز الإجابات، لذا تبقى المؤشرات قابلة للمقارنة مع مؤشرات كل الحملات الأخرى.',
	'languages.reference': 'اللغة المعروضة بجانب النص',
	'languages.show': 'عرض',
	'languages.section_core': 'الأسئلة الموحّدة (الوحدة الأساسية)',
	'languages.section_pages': 'ما تعرضه صفحات المستجيبين',
	'languages.section_campaign': 'رسائل الحملة وأسئلتها',
	'languages.missing_count':
		'{count, plural, =0 {كل النصوص مترجمة.} zero {كل النصوص مترجمة.} one {لم يُترجم نص واحد بعد.} two {لم يُترجم نصّان بعد.} few {لم تُترجم # نصوص بعد.} many {لم يُترجم # نصًّا بعد.} other {لم يُترجم # نص بعد.}}',
	'languages.save': 'حفظ الترجمات',
	'languages.saved': 'حُفظت الترجمات.',
	'languages.sheet_title': 'العمل في جدول بيانات',
	'languages.sheet_lead':
		'نزّل النصوص في ورقة على نمط XLSForm، فيها عمود «label::» لكل لغة، واملأ الخلايا الفارغة باللغة {language}، ثم ارفع الورقة هنا. أبقِ كل الصفوف وعمود «key» كما هي.',
	'languages.sheet_download': 'تنزيل الورقة (XLSX)',
	'languages.sheet_file': 'الورقة المترجمة',
	'languages.sheet_import': 'استيراد الترجمات',
	'languages.sheet_imported':
		'{count, plural, zero {لم يُستورد أي نص.} one {استُورد نص واحد.} two {استُورد نصّان.} few {استُوردت # نصوص.} many {استُورد # نصًّا.} other {استُورد # نص.}}',
	'languages.by_campaign': 'من ترجمة الحملة',
	'languages.translate_into': 'الترجمة إلى {language}',
	'languages.added_label': 'لغات أخرى، برموزها',
	'languages.added_hint':
		'يقدّم Mesure كل نص باللغات الخمس المذكورة أعلاه. ولإضافة لغات أخرى، اكتب رموزها (wo، bm، ff، ha، snk، mnk، أو أي رمز BCP 47) مفصولة بفواصل: تترجم الحملة الاستطلاع إلى هذه اللغات قبل نشره.',
	'errors.languages_too_many': 'تعرض الحملة 12 لغة على الأكثر.',
	'errors.language_not_in_campaign': 'لا تعرض هذه الحملة هذه اللغة. أضفها أولًا إلى لغات الحملة.',
	'errors.translation_keys_unknown':
		'{count, plural, zero {هذه النصوص ليست} one {هذا النص ليس} two {هذان النصّان ليسا} few {هذه النصوص ليست} many {هذه النصوص ليست} other {هذه النصوص ليست}} جزءًا من هذا الاستطلاع: {keys}. لم يُحفظ شيء.',
	'errors.translation_too_long': 'يتجاوز «{key}» 2,000 حرف. لم يُحفظ شيء.',
	'errors.translation_placeholders':
		'يجب أن يحتفظ «{key}» بـ{placeholders} كما هي مكتوبة تمامًا: فصفحة كل مستجيب تملؤها. لم يُحفظ شيء.',
	'errors.translation_sheet_invalid':
		'ليس في هذه الورقة عمود «key» ولا عمود «label::» لهذه اللغة. نزّل الورقة من جديد واملأها.',
	'errors.translation_sheet_missing_rows':
		'تفتقر الورقة إلى {count, plural, zero {# نص} one {نص واحد} two {نصّين} few {# نصوص} many {# نصًّا} other {# نص}}، مثل «{first}». نزّل الورقة من جديد واحتفظ بكل الصفوف. لم يُحفظ شيء.',
	'errors.translation_sheet_extra_rows':
		'{count, plural, zero {يشير # صف إلى نصوص لا يتضمّنها} one {يشير صف إلى نص لا يتضمّنه} two {يشير صفّان إلى نصّين لا يتضمّنهما} few {تشير # صفوف إلى نصوص لا يتضمّنها} many {يشير # صفًّا إلى نصوص لا يتضمّنها} other {يشير # صف إلى نصوص لا يتضمّنها}} هذا الاستطلاع: {keys}. لم يُحفظ شيء.'
} satisfies Partial<Messages>;
