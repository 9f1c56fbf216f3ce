import type { Messages } from '../../types';

export const recordings = {
	'recordings.link': 'التسجيلات الصوتية',
	'recordings.title': 'التسجيلات الصوتية للأسئلة',
	'recordings.lead':
		'يستطيع المستجيبون الذين لا يقرؤون كثيرًا الاستماع إلى كل سؤال بلغتهم: يظهر بجانبه زر للتشغيل. سجّل كل سؤال مرة واحدة لكل لغة.',
	'recordings.limits':
		'بصيغة Opus أو AAC (M4A) أو MP3، بحجم {size} KB ومدة {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} على الأكثر لكل تسجيل.',
	'recordings.summary': 'التسجيلات: {count} · الأسئلة: {questions} · اللغات: {languages}.',
	'recordings.read_aloud_on':
		'القراءة بصوت عالٍ مفعّلة: تبدأ كل صفحة من الاستطلاع بزر «استمع» يشغّل تسجيلاتها واحدًا تلو الآخر.',
	'recordings.read_aloud_off': 'القراءة بصوت عالٍ غير مفعّلة: لكل سؤال مسجَّل زر تشغيل خاص به.',
	'recordings.read_aloud_change': 'غيّرها من إعدادات الحملة',
	'recordings.question': 'السؤال {code}',
	'recordings.none': 'لم يُسجَّل بعد.',
	'recordings.details':
		'{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}} · {size} KB · {format}',
	'recordings.listen': 'الاستماع إلى {code} باللغة {language}',
	'recordings.file': 'تسجيل {code} باللغة {language}',
	'recordings.upload': 'رفع',
	'recordings.replace': 'استبدال',
	'recordings.remove': 'حذف',
	'recordings.remove_label': 'حذف تسجيل {code} باللغة {language}',
	'recordings.saved': 'حُفظ تسجيل {code} باللغة {language}.',
	'recordings.removed': 'حُذف تسجيل {code} باللغة {language}.',
	'recordings.problem': '{code} باللغة {language}: {message}',
	'recordings.left_over_title': 'تسجيلات لم تعد مستخدمة',
	'recordings.left_over_hint':
		'لم يعد سؤالها أو لغتها جزءًا من الحملة، فلا يسمعها المستجيبون. احذفها، أو احتفظ بها لسؤال ستضيفه من جديد بالرمز نفسه.',
	'recordings.read_aloud_title': 'القراءة بصوت عالٍ',
	'recordings.read_aloud_label': 'بدء كل صفحة من الاستطلاع بزر «استمع» يشغّل أسئلتها واحدًا تلو الآخر',
	'recordings.read_aloud_hint':
		'للمستجيبين الذين لا يقرؤون كثيرًا: لمسة واحدة تشغّل تسجيلات أسئلة الصفحة واحدًا تلو الآخر، وتُتخطّى الأسئلة التي ليس لها تسجيل. سجّل الأسئلة في صفحة «التسجيلات الصوتية». ويبقى لكل سؤال زر تشغيل خاص به يعمل أيضًا دون JavaScript.',
	'recordings.read_aloud_save': 'حفظ',
	'recordings.read_aloud_saved': 'حُفظ إعداد القراءة بصوت عالٍ.',
	'errors.recording_missing': 'اختر ملفًا صوتيًا.',
	'errors.recording_too_large':
		'حجم هذا التسجيل أكبر من {size} KB: سجّله بمدة أقصر، أو صدّره بقناة أحادية (mono) وبجودة أقل (تكفي 32 kbit/s للصوت البشري).',
	'errors.recording_too_long':
		'مدة هذا التسجيل {duration, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}}: يجب ألا تتجاوز {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
	'errors.recording_type':
		'هذا الملف ليس تسجيلًا يمكن لـ Mesure استعماله: ارفع ملفًا صوتيًا بصيغة Opus أو AAC (M4A) أو MP3.',
	'errors.recording_unreadable': 'تعذّرت قراءة مدة هذا التسجيل: صدّره من جديد بصيغة MP3.',
	'errors.recording_question_unknown': 'هذا السؤال ليس من أسئلة استطلاع الحملة.',
	'errors.recording_language_unknown': 'هذه اللغة ليست من لغات الحملة.',
	'errors.recording_not_found': 'لا يوجد تسجيل لهذا السؤال بهذه اللغة.'
} satisfies Partial<Messages>;
