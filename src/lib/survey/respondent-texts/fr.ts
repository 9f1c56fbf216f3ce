import type { RespondentTexts } from '.';

export const texts: RespondentTexts = {
	'language.title': 'Choisissez votre langue',
	'survey.required_note': 'Les questions marquées * demandent une réponse.',
	'survey.progress': 'Page {page} sur {pages}',
	'nav.next': 'Suivant',
	'nav.back': 'Retour',
	'nav.send': 'Envoyer mes réponses',
	'nav.save_interview': 'Enregistrer l’entretien',
	'interview.title': 'Avant les questions',
	'interview.cluster': 'Grappe (village, quartier)',
	'interview.cluster_choose': '— choisir —',
	'interview.cluster_fixed': 'Grappe : {cluster}',
	'interview.panel': 'Code de panel sur la carte du répondant',
	'interview.panel_hint':
		'Lettres et chiffres, jamais un nom ni un numéro de téléphone. Laissez vide pour une personne hors du panel.',
	'interview.panel_found': 'Trouvé parmi les codes de la ligne de base.',
	'interview.panel_new': 'Absent des codes de la ligne de base : vérifiez la carte.',
	'problems.title': 'Merci de vérifier ces réponses',
	'problem.not_a_number': 'Merci d’écrire un nombre, en chiffres.',
	'problem.not_a_date': 'Merci d’indiquer une date.',
	'problem.constraint': 'Cette réponse n’est pas acceptée : veuillez la vérifier.',
	'problem.too_long': 'Cette réponse est trop longue : {max} caractères au plus.',
	'problem.at_least': 'Merci d’écrire un nombre d’au moins {min}.',
	'problem.at_most': 'Merci d’écrire un nombre de {max} au plus.',
	'problem.too_many':
		'Beaucoup de réponses sont arrivées de cette connexion ces dernières minutes. Merci d’attendre un peu, puis d’envoyer à nouveau : vos réponses sont gardées.',
	'problem.offline':
		'Pas de connexion. Vos réponses restent sur cette page : envoyez-les à nouveau quand le réseau revient.',
	'problem.not_sent':
		'Vos réponses n’ont pas pu être envoyées pour l’instant. Elles restent sur cette page : envoyez-les à nouveau dans un instant.',
	'problem.cluster_unknown':
		'Cette grappe n’est pas une de celles que la campagne a déclarées : choisissez-la dans la liste.',
	'problem.panel_code_invalid':
		'Un code de panel compte 3 à 40 lettres, chiffres, - ou _, dont au moins une lettre et un chiffre : jamais un nom ni un numéro de téléphone.',
	'problem.panel_code_taken': 'Ce code de panel a déjà un entretien dans cette vague : vérifiez le code sur la carte.',
	'problem.panel_off': 'Cette campagne ne suit pas de panel : laissez le code de panel vide.',
	'problem.not_saved':
		'Vos réponses n’ont pas pu être enregistrées pour l’instant. Elles restent sur cette page : envoyez-les à nouveau dans un instant.',
	'problem.no_address':
		'Vos réponses n’ont pas pu être reçues : ce site n’est pas réglé comme il le devrait. Elles restent sur cette page : envoyez-les à nouveau plus tard.',
	'too_large.title': 'Vos réponses sont trop longues',
	'too_large.text':
		'Ensemble, vos réponses dépassent ce que cette enquête peut recevoir : elles n’ont pas été reçues. Raccourcissez les plus longues, puis envoyez-les à nouveau.',
	'too_large.how':
		'Pour les retrouver telles que vous les avez laissées, revenez en arrière avec le bouton Retour de votre navigateur.',
	'too_large.back': 'Rouvrir l’enquête',
	'thanks.title': 'Merci',
	'thanks.text': 'Vos réponses ont bien été reçues. Vous pouvez fermer cette page.',
	'ended.title': 'Merci',
	'failure.title': 'Un problème est survenu',
	'failure.text':
		'Un problème est survenu de notre côté. Revenez en arrière et envoyez vos réponses à nouveau dans un instant.',
	'link.not_found_title': 'Enquête introuvable',
	'link.not_found': 'Ce lien d’enquête n’existe pas. Vérifiez que l’adresse est complète.',
	'link.not_open_title': 'Pas encore ouverte',
	'link.not_open': 'Cette enquête ouvre le {date}. Merci de revenir à cette date.',
	'link.closed_title': 'Cette enquête est fermée',
	'link.closed': 'Les réponses ne sont plus recueillies. Merci de votre intérêt.',
	'enumerator.title': 'Pour les enquêteurs',
	'enumerator.sign_in_text':
		'Ce lien est réservé aux enquêteurs de {organisation}. Connectez-vous avec votre compte pour commencer.',
	'enumerator.sign_in': 'Se connecter',
	'enumerator.not_member': 'Votre compte ne fait pas partie des enquêteurs de {organisation}.',
	'enumerator.interviewer': 'Enquêteur : {name}',
	'enumerator.languages': 'Langue de l’entretien',
	'enumerator.queue_title': 'Entretiens sur ce téléphone',
	'enumerator.waiting': 'En attente d’envoi : {count}',
	'enumerator.sent': 'Envoyés : {count}',
	'enumerator.refused': 'Refusés par le serveur : {count}',
	'enumerator.last_sent': 'Dernier envoi : {time}',
	'enumerator.send_now': 'Envoyer maintenant',
	'enumerator.sending': 'Envoi en cours…',
	'enumerator.offline': 'Pas de réseau. Les entretiens attendent sur ce téléphone et partent quand le réseau revient.',
	'enumerator.signed_out': 'Reconnectez-vous pour envoyer les entretiens. En attendant, ils restent sur ce téléphone.',
	'enumerator.export': 'Enregistrer dans un fichier',
	'enumerator.import': 'Charger un fichier d’entretiens',
	'enumerator.imported': 'Entretiens chargés : {count}',
	'enumerator.import_failed': 'Ce fichier ne contient aucun entretien de cette enquête.',
	'enumerator.saved': 'Entretien enregistré sur ce téléphone. Vous pouvez commencer le suivant.',
	'enumerator.ready_offline': 'Ce formulaire fonctionne maintenant sur ce téléphone sans réseau.',
	'enumerator.status_waiting': 'en attente',
	'enumerator.status_other': 'attend que {name} se connecte',
	'enumerator.status_sent': 'envoyé',
	'enumerator.status_refused': 'refusé : {reason}',
	'enumerator.needs_javascript': 'Sans JavaScript, chaque entretien est envoyé tout de suite et demande le réseau.',
	'enumerator.next_interview': 'Commencer l’entretien suivant'
};
