import type { Messages } from '../../types';

export const indicators = {
	'indicator.EXP1.name': 'Rappel de la campagne',
	'indicator.EXP0.name': 'Rappel du message placebo',
	'indicator.INF1.name': 'Se sent bien informé',
	'indicator.KNW1.name': 'Connaît les risques',
	'indicator.KNW1M.name': 'Score de connaissance des risques',
	'indicator.KNW2.name': 'Connaît une source sûre sur la migration légale',
	'indicator.RSK1.name': 'Risque perçu',
	'indicator.ATT1.name': 'Déconseillerait le départ irrégulier',
	'indicator.INT1.name': 'Compte migrer de façon irrégulière',
	'indicator.INT2.name': 'Prépare un départ',
	'indicator.TRU1.name': 'Fait confiance à des sources fiables',
	'indicator.TRU2.name': 'Fait confiance aux informations des passeurs',
	'indicator.SHR1.name': 'Parle des risques',
	'sentence.group.exposed': 'le groupe exposé',
	'sentence.group.comparison': 'le groupe de comparaison',
	'sentence.points': '{value} points',
	'sentence.change_up':
		'{indicator} : en hausse de {from} à {to} dans {group}, soit un changement de {change} (intervalle à 95 % : {low} à {high}).',
	'sentence.change_down':
		'{indicator} : en baisse de {from} à {to} dans {group}, soit un changement de {change} (intervalle à 95 % : {low} à {high}).',
	'sentence.change_unclear':
		'{indicator} : de {from} à {to} dans {group}. Le changement, {change} (intervalle à 95 % : {low} à {high}), ne dépasse pas ce que le hasard seul pourrait donner.',
	'sentence.change_suppressed':
		'{indicator} dans {group} : trop peu de réponses (moins de 25 dans une vague) pour dire comment il a changé.',
	'sentence.change_hidden':
		'{indicator} dans {group} : non affiché, pour que les réponses d’un petit groupe ne puissent pas être déduites des autres chiffres.',
	'sentence.impact_clear':
		'{indicator} : par rapport au groupe de comparaison, l’impact estimé de la campagne est de {impact} (intervalle à 95 % : {low} à {high}).',
	'sentence.impact_unclear':
		'{indicator} : par rapport au groupe de comparaison, l’impact estimé, {impact} (intervalle à 95 % : {low} à {high}), ne se distingue pas d’une absence d’impact.',
	'sentence.impact_suppressed':
		'{indicator} : trop peu de réponses (moins de 25 dans une case) pour estimer l’impact de la campagne.',
	'sentence.impact_hidden':
		'{indicator} : l’impact n’est pas affiché, pour que les réponses d’un petit groupe ne puissent pas être déduites des autres chiffres.',
	'flag.placebo_recall_high':
		'{share} ({count, plural, one {# répondant dit} other {# répondants disent}}) avoir entendu le message placebo, que la campagne n’a jamais diffusé : les réponses sont peut-être peu fiables.',
	'flag.placebo_recall_high_share':
		'{share} disent avoir entendu le message placebo, que la campagne n’a jamais diffusé : les réponses sont peut-être peu fiables.',
	'flag.placebo_recall_high_beyond':
		'Plus de {limit} disent avoir entendu le message placebo, que la campagne n’a jamais diffusé : les réponses sont peut-être peu fiables.',
	'flag.sample_mix_sex':
		'La répartition par sexe diffère de celle de l’enquête de départ de jusqu’à {points} : un changement peut venir des personnes interrogées.',
	'flag.sample_mix_age_band':
		'La répartition par âge diffère de celle de l’enquête de départ de jusqu’à {points} : un changement peut venir des personnes interrogées.',
	'flag.sample_mix_sex_beyond':
		'La répartition par sexe diffère de celle de l’enquête de départ de plus de {limit} : un changement peut venir des personnes interrogées.',
	'flag.sample_mix_age_band_beyond':
		'La répartition par âge diffère de celle de l’enquête de départ de plus de {limit} : un changement peut venir des personnes interrogées.',
	'flag.retention_low':
		'Moins de {limit} des membres du panel de la ligne de base ont été retrouvés à la ligne finale : les personnes perdues peuvent différer des autres, et le changement avec elles.',
	'flag.retention_differs':
		'La rétention diffère entre les groupes de plus de {limit} : une attrition différente peut simuler ou masquer un impact.',
	'flag.quick_responses':
		'{count, plural, one {# réponse ({share}) a pris} other {# réponses ({share}) ont pris}} moins de 2 minutes.',
	'flag.quick_responses_most': 'Presque toutes les réponses ont pris moins de 2 minutes.',
	'errors.plan_cluster_size_invalid': 'La taille d’une grappe est un nombre entier de répondants, de 1 à 1 000.',
	'errors.plan_icc_invalid': 'Une corrélation intra-grappe est comprise entre 0 et 1, comme 0,05.',
	'errors.plan_deff_with_clusters':
		'Donnez un effet de plan, ou le nombre de répondants par grappe et la corrélation intra-grappe qui en donnent un, pas les deux.',
	'errors.plan_cluster_pair':
		'Donnez à la fois le nombre de répondants par grappe et la corrélation intra-grappe, ou aucun des deux.',
	'errors.dimension_unknown': 'Ventilez par sex, age_band, region, education, returnee, exposure ou intention.',
	'errors.indicator_unknown': 'Choisissez un indicateur du module de base, comme KNW1.',
	'errors.campaign_id_invalid': 'Un identifiant de campagne a 24 caractères : lettres minuscules a–z et chiffres 2–7.',
	'errors.campaigns_too_many': 'Comparez au plus 500 campagnes à la fois.',
	'compare.excluded.not_found': 'Cette campagne n’existe pas, ou vous ne pouvez pas la voir.',
	'compare.excluded.one_wave':
		'Son groupe exposé n’a de réponses que d’une vague : il n’y a pas encore de changement à comparer.',
	'compare.excluded.suppressed':
		'Trop peu de réponses (moins de 25 dans une vague du groupe exposé) pour comparer son changement.',
	'plan.title': 'Combien de répondants ?',
	'plan.lead':
		'Avant la collecte, trouvez combien de personnes interroger dans chaque vague (départ, fin) et chaque groupe (exposé, comparaison) pour que le changement espéré se distingue du hasard.',
	'plan.p1': 'Part aujourd’hui (%)',
	'plan.p1_hint':
		'Votre meilleure estimation de l’indicateur avant la campagne, par exemple 40 si 4 personnes sur 10 connaissent les risques.',
	'plan.p2': 'Part espérée (%)',
	'plan.p2_hint': 'La part après la campagne que vous voulez pouvoir détecter, par exemple 50.',
	'plan.more': 'Confiance, puissance et effet de plan',
	'plan.alpha': 'Confiance',
	'plan.alpha_option': '{level} (habituel)',
	'plan.power': 'Puissance',
	'plan.power_option': '{power} : la chance de détecter le changement s’il est réel',
	'plan.deff': 'Effet de plan',
	'plan.deff_hint':
		'1 pour un échantillon aléatoire simple ; 1,5 à 2 quand les répondants sont choisis par grappes (villages, écoles).',
	'plan.clusters': 'Grappes',
	'plan.clusters_hint':
		'Quand les répondants sont choisis dans des villages, quartiers ou écoles : combien dans chacun, et à quel point leurs réponses se ressemblent. Ils donnent l’effet de plan. Laissez les deux vides pour un échantillon aléatoire simple.',
	'plan.cluster_size': 'Répondants par grappe',
	'plan.icc': 'Corrélation intra-grappe (ICC)',
	'plan.icc_hint': 'De 0 à 1 ; environ 0,05 est courant pour ce que les gens savent et comptent faire.',
	'plan.icc_observed':
		'Les campagnes en grappes passées de votre organisation suggèrent {icc} (campagnes : {campaigns} ; grappes : {clusters}).',
	'plan.icc_observed_few':
		'Les campagnes en grappes passées de votre organisation suggèrent {icc} (campagnes : {campaigns} ; grappes : {clusters}), une indication grossière avec si peu de grappes : environ 0,05 est courant pour ce que les gens savent et comptent faire.',
	'plan.result_clusters':
		'Soit {clusters} grappes de {size} dans chaque vague et chaque groupe (effet de plan {deff}).',
	'plan.submit': 'Calculer',
	'plan.fix_errors': 'Certaines valeurs sont à corriger : voir ci-dessous.',
	'plan.result_title': 'Répondants nécessaires',
	'plan.result': '{n} répondants dans chaque vague et chaque groupe pour détecter un changement de {from} à {to}.',
	'plan.total_without':
		'{total} en tout pour une enquête de départ et une de fin sans groupe de comparaison (un changement).',
	'plan.total_with': '{total} en tout avec un groupe de comparaison (une estimation d’impact).',
	'plan.formula_note':
		'La formule du standard (docs/standard.md §4.5), arrondie au-dessus. Prévoyez davantage si certaines personnes peuvent refuser.',
	'plan.alternatives_title': 'Pour d’autres changements depuis le même départ',
	'plan.per_cell': 'Par vague et groupe',
	'plan.with_comparison': 'En tout, avec un groupe de comparaison',
	'nav.plan': 'Taille d’échantillon',
	'errors.plan_share_invalid': 'Donnez une part en fraction de 0 à 1, comme 0.4.',
	'errors.plan_percent_invalid': 'Donnez une part de 0 à 100.',
	'errors.plan_alpha_invalid': 'Donnez un alpha entre 0.001 et 0.2, comme 0.05.',
	'errors.plan_power_invalid': 'Donnez une puissance entre 0.5 et 0.99, comme 0.8.',
	'errors.plan_deff_invalid': 'Donnez un effet de plan de 1 à 10.',
	'errors.plan_same_share': 'La part espérée doit différer de celle d’aujourd’hui.',
	'errors.indicator_not_pooled':
		'Le rappel du message placebo (EXP0) est un contrôle de qualité des données : il n’est jamais agrégé entre campagnes.',
	'chart.download_png': 'Télécharger le graphique (PNG)'
} satisfies Partial<Messages>;
