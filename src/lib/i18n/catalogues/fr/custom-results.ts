import type { Messages } from '../../types';

export const customResults = {
	'custom.title': 'Les questions propres à la campagne',
	'custom.repeats_not_summarised':
		'Pas de synthèse ici pour les groupes répétés ({groups}), dont les questions sont posées à chaque occurrence. Les réponses de chaque groupe sont dans son propre fichier d’export, une ligne par occurrence.',
	'custom.intro':
		'Questions que la campagne a ajoutées au module commun standard. Elles ne font pas partie du standard et n’entrent dans aucun indicateur : leurs résultats ne peuvent pas être comparés à ceux d’autres campagnes.',
	'custom.badge': 'Question propre à la campagne',
	'custom.kind_share': 'Part de ceux qui ont répondu ayant donné chaque réponse, avec son intervalle à 95 %.',
	'custom.kind_multiple':
		'Part de ceux qui ont répondu ayant choisi chaque réponse, avec son intervalle à 95 %. Chacun pouvait en choisir plusieurs : les parts font plus de 100 % au total.',
	'custom.kind_mean': 'Réponse moyenne, avec son intervalle à 95 %.',
	'custom.axis_mean': 'Réponse moyenne',
	'custom.chart_label':
		'{question} : chaque vague et chaque groupe avec son intervalle à 95 %. Les chiffres sont dans le tableau ci-dessous.',
	'custom.cells_caption': '{question} par vague et par groupe',
	'custom.changes_caption': '{question} : évolutions',
	'custom.answer': 'Réponse',
	'custom.count': 'Nombre',
	'custom.texts_title': 'Réponses libres',
	'custom.texts_private':
		'Seuls les propriétaires, éditeurs et lecteurs de votre organisation lisent ces réponses ; jamais les bailleurs ni les rapports publics.',
	'custom.texts_count':
		'{total, plural, one {# réponse} other {# réponses}} ; les {shown} plus récentes sont listées, de la plus récente à la plus ancienne.',
	'custom.texts_none': 'Pas encore de réponses.',
	'results.flag_link': 'Voir ces réponses'
} satisfies Partial<Messages>;
