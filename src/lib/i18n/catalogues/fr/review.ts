import type { Messages } from '../../types';

export const review = {
	'errors.review_state_unknown': 'L’état de revue est received, approved, has_issues ou rejected.',
	'errors.response_flag_unknown': 'Le signalement est quick, straightline, placebo, outside_dates ou duplicate.',
	'errors.limit_invalid': 'La taille de page est un nombre entier de 1 à 1 000.',
	'errors.cursor_invalid': 'Ce repère de page n’a pas été donné par Mesure : reprenez à la première page.',
	'errors.comment_too_long': 'Un commentaire compte au plus 2 000 caractères.',
	'errors.comment_required':
		'Dites pourquoi : un rejet, un problème, une correction et une suppression demandent chacun un commentaire.',
	'errors.review_change_required': 'Envoyez soit un état de revue, soit des réponses corrigées, pas les deux.',
	'errors.response_not_found': 'Cette réponse n’existe pas, ou vous ne pouvez pas la voir.',
	'errors.review_matched_nothing':
		'Aucune réponse ne correspond à cette sélection (ou toutes sont déjà dans cet état) : rien n’a été modifié.',
	'errors.correction_ends_survey':
		'Avec ces réponses, l’enquête se serait arrêtée plus tôt (consentement refusé, ou moins de 15 ans) : corrigez-les autrement, ou rejetez la réponse.',
	'errors.correction_changes_nothing': 'Ces réponses sont déjà celles enregistrées : rien n’a été modifié.'
} satisfies Partial<Messages>;
