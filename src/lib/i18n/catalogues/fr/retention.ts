import type { Messages } from '../../types';

export const retention = {
	'retention.link': 'Conserver ou supprimer les réponses',
	'retention.title': 'Conservation et suppression des réponses',
	'retention.keep_heading': 'Durée de conservation des réponses brutes',
	'retention.count': 'Réponses enregistrées : {count}',
	'retention.kept': 'Les réponses brutes sont conservées jusqu’à ce qu’un propriétaire les supprime.',
	'retention.expires_on':
		'Les réponses brutes seront supprimées après le {day} ; les indicateurs calculés à partir d’elles restent.',
	'retention.expired_on':
		'Les réponses brutes ont été supprimées le {when}, comme prévu ; les indicateurs calculés à partir d’elles sont conservés.',
	'retention.hint':
		'Après ce jour, toutes les réponses sont supprimées et seuls les indicateurs restent (effectifs, parts, intervalles) : les réponses ne peuvent plus être exportées. Laissez vide pour les conserver.',
	'retention.expires_label': 'Supprimer les réponses brutes après le',
	'retention.save': 'Enregistrer',
	'retention.expiry_saved': 'Enregistré.',
	'retention.delete_responses_heading': 'Supprimer toutes les réponses',
	'retention.delete_responses_hint':
		'Supprime toutes les réponses de cette campagne, et les indicateurs calculés à partir d’elles. La campagne, son questionnaire et ses liens restent. C’est irréversible : exportez d’abord les réponses si vous en avez besoin.',
	'retention.delete_responses': 'Supprimer toutes les réponses',
	'retention.responses_deleted': '{count, plural, one {# réponse supprimée} other {# réponses supprimées}}.',
	'retention.delete_campaign_heading': 'Supprimer la campagne',
	'retention.delete_campaign_hint':
		'Supprime la campagne avec son questionnaire, ses liens, ses réponses, ses indicateurs, ses partages et son rapport public. C’est irréversible.',
	'retention.delete_campaign': 'Supprimer la campagne',
	'retention.confirm_label': 'Pour confirmer, saisissez le titre de la campagne : {title}',
	'retention.owners_only':
		'Seuls les propriétaires de l’organisation peuvent changer la durée de conservation des réponses, ou les supprimer.',
	'retention.campaign_deleted': 'La campagne a été supprimée.',
	'audit.by_itself': 'Mesure, comme prévu',
	'audit.kept_until_deleted': 'conservées jusqu’à suppression',
	'audit.action.responses_deleted':
		'A supprimé {responses, plural, one {la réponse} other {les # réponses}} de « {campaign} » et leurs indicateurs',
	'audit.action.responses_expired':
		'A supprimé les {responses} réponses brutes de « {campaign} » après son jour de conservation, en gardant les indicateurs',
	'audit.action.retention_set': 'A réglé la suppression des réponses brutes de « {campaign} » après : {day}',
	'audit.action.campaign_deleted':
		'A supprimé la campagne « {campaign} » et {responses, plural, one {sa réponse} other {ses # réponses}}',
	'errors.retention_date_invalid': 'Donnez un jour au format AAAA-MM-JJ, ou laissez vide.',
	'errors.retention_date_past': 'Choisissez aujourd’hui ou un jour suivant.',
	'errors.deletion_confirmation_mismatch':
		'Saisissez le titre de la campagne exactement tel qu’il est affiché pour confirmer.'
} satisfies Partial<Messages>;
