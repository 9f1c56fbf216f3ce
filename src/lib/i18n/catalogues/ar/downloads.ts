import type { Messages } from '../../types';

export const downloads = {
	'export.xlsx': 'تنزيل الإجابات (XLSX)',
	'export.xlsx_hxl': 'XLSX مع صف وسوم HXL',
	'export.xlsx_hint':
		'يضم ملف XLSX الأعمدة نفسها، والأعداد فيه مخزّنة أعدادًا، ودليل الترميز في ورقة ثانية؛ وبعد مليون إجابة، تتواصل الإجابات في ورقة اسمها «responses 2».',
	'export.indicators_xlsx': 'تنزيل جدول المؤشرات (XLSX)',
	'download.progress_label': 'جارٍ التنزيل: {file}',
	'download.rows':
		'استُلم {rows} من أصل {total, plural, zero {# صف} one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}}',
	'download.bytes': 'استُلم {size} MB',
	'download.started': 'بدأ التنزيل: {file}',
	'download.saved': 'اكتمل التنزيل: {file}',
	'download.saved_rows':
		'اكتمل التنزيل: {file}، {rows, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}',
	'download.cancel': 'إلغاء التنزيل',
	'download.cancelled': 'أُلغي التنزيل.',
	'download.failed': 'توقّف التنزيل قبل اكتماله. حاول مرة أخرى.'
} satisfies Partial<Messages>;
