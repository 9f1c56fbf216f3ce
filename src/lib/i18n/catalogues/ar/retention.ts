import type { Messages } from '../../types';

export const retention = {
	'retention.link': 'الاحتفاظ بالإجابات أو حذفها',
	'retention.title': 'الاحتفاظ بالإجابات وحذفها',
	'retention.keep_heading': 'مدة الاحتفاظ بالإجابات الخام',
	'retention.count': 'الإجابات المخزَّنة: {count}',
	'retention.kept': 'يُحتفظ بالإجابات الخام إلى أن يحذفها أحد المالكين.',
	'retention.expires_on': 'ستُحذف الإجابات الخام بعد {day}؛ وتبقى المؤشرات المحسوبة منها.',
	'retention.expired_on': 'حُذفت الإجابات الخام في {when}، كما كان مضبوطًا؛ وبقيت المؤشرات المحسوبة منها.',
	'retention.hint':
		'بعد هذا اليوم، تُحذف كل الإجابات ولا تبقى إلا المؤشرات (الأعداد، والنسب، وفترات الثقة): ولا يعود تصدير الإجابات ممكنًا. اترك الحقل فارغًا للاحتفاظ بها.',
	'retention.expires_label': 'حذف الإجابات الخام بعد',
	'retention.save': 'حفظ',
	'retention.expiry_saved': 'حُفظ.',
	'retention.delete_responses_heading': 'حذف كل الإجابات',
	'retention.delete_responses_hint':
		'يحذف كل إجابات هذه الحملة، والمؤشرات المحسوبة منها. تبقى الحملة واستطلاعها وروابطها. لا يمكن التراجع عن ذلك: صدّر الإجابات أولًا إن كنت تحتاج إليها.',
	'retention.delete_responses': 'حذف كل الإجابات',
	'retention.responses_deleted':
		'{count, plural, zero {لم تُحذف أي إجابة} one {حُذفت إجابة واحدة} two {حُذفت إجابتان} few {حُذفت # إجابات} many {حُذفت # إجابة} other {حُذفت # إجابة}}.',
	'retention.delete_campaign_heading': 'حذف الحملة',
	'retention.delete_campaign_hint':
		'يحذف الحملة مع استطلاعها وروابطها وإجاباتها ومؤشراتها ومشاركاتها وتقريرها العام. لا يمكن التراجع عن ذلك.',
	'retention.delete_campaign': 'حذف الحملة',
	'retention.confirm_label': 'للتأكيد، اكتب عنوان الحملة: {title}',
	'retention.owners_only': 'لا يستطيع تغيير مدة الاحتفاظ بالإجابات، أو حذفها، إلا مالكو المنظمة.',
	'retention.campaign_deleted': 'حُذفت الحملة.',
	'audit.by_itself': 'Mesure، كما كان مضبوطًا',
	'audit.kept_until_deleted': 'يُحتفظ بها إلى أن تُحذف',
	'audit.action.responses_deleted':
		'حذف {responses, plural, zero {الإجابات} one {الإجابة الوحيدة} two {الإجابتين} few {# إجابات} many {# إجابة} other {# إجابة}} من «{campaign}» مع مؤشراتها',
	'audit.action.responses_expired':
		'حذف {responses, plural, zero {الإجابات الخام} one {الإجابة الخام الوحيدة} two {الإجابتين الخام} few {# إجابات خام} many {# إجابة خام} other {# إجابة خام}} من «{campaign}» بعد انتهاء مدة الاحتفاظ بها، مع الإبقاء على المؤشرات',
	'audit.action.retention_set': 'ضبط موعد حذف الإجابات الخام في «{campaign}» على ما بعد: {day}',
	'audit.action.campaign_deleted':
		'حذف الحملة «{campaign}» مع {responses, plural, zero {إجاباتها} one {إجابتها الوحيدة} two {إجابتيها} few {# إجابات} many {# إجابة} other {# إجابة}}',
	'errors.retention_date_invalid': 'أدخل اليوم بالصيغة YYYY-MM-DD، أو اترك الحقل فارغًا.',
	'errors.retention_date_past': 'اختر اليوم أو يومًا لاحقًا.',
	'errors.deletion_confirmation_mismatch': 'للتأكيد، اكتب عنوان الحملة تمامًا كما هو معروض.'
} satisfies Partial<Messages>;
