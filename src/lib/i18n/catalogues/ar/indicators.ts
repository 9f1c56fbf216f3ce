import type { Messages } from '../../types';

export const indicators = {
	'indicator.EXP1.name': 'تذكّر الحملة',
	'indicator.EXP0.name': 'تذكّر الرسالة الوهمية',
	'indicator.INF1.name': 'يشعر بأنه مطّلع جيدًا',
	'indicator.KNW1.name': 'يعرف المخاطر',
	'indicator.KNW1M.name': 'درجة معرفة المخاطر',
	'indicator.KNW2.name': 'يعرف مصدرًا موثوقًا عن الهجرة القانونية',
	'indicator.RSK1.name': 'الخطر المُدرَك',
	'indicator.ATT1.name': 'ينصح بعدم السفر غير النظامي',
	'indicator.INT1.name': 'ينوي الهجرة بطريقة غير نظامية',
	'indicator.INT2.name': 'يستعدّ للمغادرة',
	'indicator.TRU1.name': 'يثق في المصادر الموثوقة',
	'indicator.TRU2.name': 'يثق في معلومات المهرّبين',
	'indicator.SHR1.name': 'يتحدث عن المخاطر',
	'sentence.group.exposed': 'المجموعة المعرّضة',
	'sentence.group.comparison': 'مجموعة المقارنة',
	'sentence.points':
		'{value, plural, zero {# نقطة مئوية} one {# نقطة مئوية} two {# نقطة مئوية} few {# نقاط مئوية} many {# نقطة مئوية} other {# نقطة مئوية}}',
	'sentence.change_up':
		'{indicator}: ارتفع من {from} إلى {to} في {group}، أي بتغيّر قدره {change} (فترة الثقة 95%: من {low} إلى {high}).',
	'sentence.change_down':
		'{indicator}: انخفض من {from} إلى {to} في {group}، أي بتغيّر قدره {change} (فترة الثقة 95%: من {low} إلى {high}).',
	'sentence.change_unclear':
		'{indicator}: من {from} إلى {to} في {group}. التغيّر، {change} (فترة الثقة 95%: من {low} إلى {high})، لا يتجاوز ما يمكن أن تُحدثه الصدفة وحدها.',
	'sentence.change_suppressed': '{indicator} في {group}: الإجابات قليلة جدًا (أقل من 25 في موجة) لمعرفة كيف تغيّر.',
	'sentence.change_hidden':
		'{indicator} في {group}: غير معروض، حتى لا يمكن استنتاج إجابات مجموعة صغيرة من الأرقام الأخرى.',
	'sentence.impact_clear':
		'{indicator}: قياسًا إلى مجموعة المقارنة، يبلغ الأثر المقدَّر للحملة {impact} (فترة الثقة 95%: من {low} إلى {high}).',
	'sentence.impact_unclear':
		'{indicator}: قياسًا إلى مجموعة المقارنة، لا يمكن تمييز الأثر المقدَّر، {impact} (فترة الثقة 95%: من {low} إلى {high})، عن انعدام الأثر.',
	'sentence.impact_suppressed': '{indicator}: الإجابات قليلة جدًا (أقل من 25 في خلية) لتقدير أثر الحملة.',
	'sentence.impact_hidden': '{indicator}: الأثر غير معروض، حتى لا يمكن استنتاج إجابات مجموعة صغيرة من الأرقام الأخرى.',
	'flag.placebo_recall_high':
		'يقول {share} من المستجيبين ({count, plural, zero {# مستجيب} one {مستجيب واحد} two {مستجيبان} few {# مستجيبين} many {# مستجيبًا} other {# مستجيب}}) إنهم سمعوا الرسالة الوهمية، التي لم تستعملها الحملة قط: قد لا تكون الإجابات موثوقة.',
	'flag.placebo_recall_high_share':
		'يقول {share} من المستجيبين إنهم سمعوا الرسالة الوهمية، التي لم تستعملها الحملة قط: قد لا تكون الإجابات موثوقة.',
	'flag.placebo_recall_high_beyond':
		'يقول أكثر من {limit} من المستجيبين إنهم سمعوا الرسالة الوهمية، التي لم تستعملها الحملة قط: قد لا تكون الإجابات موثوقة.',
	'flag.sample_mix_sex':
		'يختلف توزيع الجنسين عن توزيعه في خط الأساس بما يصل إلى {points}: قد يعود التغيّر إلى اختلاف من سُئلوا.',
	'flag.sample_mix_age_band':
		'يختلف توزيع الأعمار عن توزيعه في خط الأساس بما يصل إلى {points}: قد يعود التغيّر إلى اختلاف من سُئلوا.',
	'flag.sample_mix_sex_beyond':
		'يختلف توزيع الجنسين عن توزيعه في خط الأساس بأكثر من {limit}: قد يعود التغيّر إلى اختلاف من سُئلوا.',
	'flag.sample_mix_age_band_beyond':
		'يختلف توزيع الأعمار عن توزيعه في خط الأساس بأكثر من {limit}: قد يعود التغيّر إلى اختلاف من سُئلوا.',
	'flag.retention_low':
		'عُثر من جديد في خط النهاية على أقل من {limit} من أعضاء لوحة خط الأساس: قد يختلف من فُقدوا عمّن بقوا، فيختلف التغيّر تبعًا لذلك.',
	'flag.retention_differs':
		'تختلف نسبة الاستبقاء بين المجموعتين بأكثر من {limit}: التسرّب المتفاوت قد يصطنع أثرًا أو يخفيه.',
	'flag.quick_responses':
		'استغرقت {count, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}} ({share}) أقل من دقيقتين.',
	'flag.quick_responses_most': 'استغرقت كل الإجابات تقريبًا أقل من دقيقتين.',
	'errors.plan_cluster_size_invalid': 'حجم العنقود عدد صحيح من المستجيبين من 1 إلى 1,000.',
	'errors.plan_icc_invalid': 'معامل الارتباط داخل العناقيد قيمة بين 0 و1، مثل 0.05.',
	'errors.plan_deff_with_clusters':
		'أدخل أثر التصميم، أو عدد المستجيبين في كل عنقود ومعامل الارتباط داخل العناقيد اللذين يُحسب منهما، لا الاثنين معًا.',
	'errors.plan_cluster_pair':
		'أدخل عدد المستجيبين في كل عنقود ومعامل الارتباط داخل العناقيد معًا، أو لا تدخل أيًّا منهما.',
	'errors.dimension_unknown':
		'صنّف النتائج حسب sex أو age_band أو region أو education أو returnee أو exposure أو intention.',
	'errors.indicator_unknown': 'اختر مؤشرًا من الوحدة الأساسية، مثل KNW1.',
	'errors.campaign_id_invalid': 'معرّف الحملة 24 حرفًا: حروف لاتينية صغيرة a–z وأرقام 2–7.',
	'errors.campaigns_too_many': 'قارن 500 حملة على الأكثر في المرة الواحدة.',
	'compare.excluded.not_found': 'هذه الحملة غير موجودة، أو لا يحق لك الاطلاع عليها.',
	'compare.excluded.one_wave': 'ليس لمجموعتها المعرّضة إجابات إلا من موجة واحدة: لا يوجد بعدُ تغيّر للمقارنة.',
	'compare.excluded.suppressed': 'الإجابات قليلة جدًا (أقل من 25 في موجة من المجموعة المعرّضة) لمقارنة تغيّرها.',
	'plan.title': 'كم مستجيبًا تحتاج؟',
	'plan.lead':
		'قبل جمع البيانات، احسب عدد الأشخاص الذين يجب مقابلتهم في كل موجة (خط الأساس، خط النهاية) وكل مجموعة (المعرّضة، المقارنة) حتى يمكن تمييز التغيّر الذي تأمله عن الصدفة.',
	'plan.p1': 'النسبة اليوم (%)',
	'plan.p1_hint': 'أفضل تقدير لديك للمؤشر قبل الحملة، مثلًا 40 إذا كان 4 من كل 10 يعرفون المخاطر.',
	'plan.p2': 'النسبة التي تأملها (%)',
	'plan.p2_hint': 'النسبة بعد الحملة التي تريد أن تتمكن من رصدها، مثلًا 50.',
	'plan.more': 'مستوى الثقة والقوة الإحصائية وأثر التصميم',
	'plan.alpha': 'مستوى الثقة',
	'plan.alpha_option': '{level} (المعتاد)',
	'plan.power': 'القوة الإحصائية',
	'plan.power_option': '{power}: احتمال رصد التغيّر إن كان حقيقيًا',
	'plan.deff': 'أثر التصميم',
	'plan.deff_hint': '1 لعيّنة عشوائية بسيطة؛ من 1.5 إلى 2 عندما يُختار المستجيبون في عناقيد (قرى، مدارس).',
	'plan.clusters': 'العناقيد',
	'plan.clusters_hint':
		'عندما يُختار المستجيبون في قرى أو أحياء أو مدارس: كم مستجيبًا في كل منها، وإلى أي حد تتشابه إجاباتهم. منهما يُحسب أثر التصميم. اترك الحقلين فارغين لعيّنة عشوائية بسيطة.',
	'plan.cluster_size': 'المستجيبون في كل عنقود',
	'plan.icc': 'معامل الارتباط داخل العناقيد (ICC)',
	'plan.icc_hint': 'من 0 إلى 1؛ القيمة الشائعة نحو 0.05 لما يعرفه الناس وما ينوونه.',
	'plan.icc_observed':
		'تشير الحملات السابقة لمنظمتك ذات العيّنات العنقودية إلى {icc} (الحملات: {campaigns}؛ العناقيد فيها: {clusters}).',
	'plan.icc_observed_few':
		'تشير الحملات السابقة لمنظمتك ذات العيّنات العنقودية إلى {icc} (الحملات: {campaigns}؛ العناقيد فيها: {clusters})، وهي قيمة استرشادية تقريبية لقلة عدد العناقيد: القيمة الشائعة نحو 0.05 لما يعرفه الناس وما ينوونه.',
	'plan.result_clusters':
		'أي {clusters, plural, zero {# عنقود} one {عنقود واحد} two {عنقودان} few {# عناقيد} many {# عنقودًا} other {# عنقود}} في كل موجة ومجموعة، بحجم {size} لكل عنقود (أثر التصميم {deff}).',
	'plan.submit': 'حساب',
	'plan.fix_errors': 'بعض القيم تحتاج إلى تصحيح: انظر أدناه.',
	'plan.result_title': 'عدد المستجيبين اللازم',
	'plan.result':
		'{n, plural, zero {# مستجيب} one {مستجيب واحد} two {مستجيبان} few {# مستجيبين} many {# مستجيبًا} other {# مستجيب}} في كل موجة ومجموعة لرصد تغيّر من {from} إلى {to}.',
	'plan.total_without': 'المجموع {total} لخط الأساس وخط النهاية بدون مجموعة مقارنة (لقياس التغيّر).',
	'plan.total_with': 'المجموع {total} مع مجموعة مقارنة (لتقدير الأثر).',
	'plan.formula_note':
		'صيغة المعيار (docs/standard.md §4.5)، مقرّبة إلى الأعلى. خطّط لعدد أكبر إن كان بعض الأشخاص قد يرفضون.',
	'plan.alternatives_title': 'لتغيّرات أخرى من نقطة البداية نفسها',
	'plan.per_cell': 'لكل موجة ومجموعة',
	'plan.with_comparison': 'المجموع، مع مجموعة مقارنة',
	'nav.plan': 'حجم العيّنة',
	'errors.plan_share_invalid': 'أدخل النسبة كسرًا من 0 إلى 1، مثل 0.4.',
	'errors.plan_percent_invalid': 'أدخل نسبة من 0 إلى 100.',
	'errors.plan_alpha_invalid': 'أدخل قيمة alpha بين 0.001 و0.2، مثل 0.05.',
	'errors.plan_power_invalid': 'أدخل قوة إحصائية بين 0.5 و0.99، مثل 0.8.',
	'errors.plan_deff_invalid': 'أدخل أثر تصميم من 1 إلى 10.',
	'errors.plan_same_share': 'يجب أن تختلف النسبة التي تأملها عن نسبة اليوم.',
	'errors.indicator_not_pooled': 'تذكّر الرسالة الوهمية (EXP0) فحصٌ لجودة البيانات: لا يُجمَّع أبدًا بين الحملات.',
	'chart.download_png': 'تنزيل الرسم البياني (PNG)'
} satisfies Partial<Messages>;
