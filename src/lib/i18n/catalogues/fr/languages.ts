import type { Messages } from '../../types';

export const languages = {
	'languages.title': 'Traduire en {language}',
	'languages.lead':
		'Chaque texte est présenté à côté du même texte en {reference}. Gardez tels quels les mots entre accolades : la page de chaque répondant les remplit. Les codes des réponses ne changent pas, les indicateurs restent donc comparables à ceux de toutes les autres campagnes.',
	'languages.reference': 'Présenté à côté',
	'languages.show': 'Afficher',
	'languages.section_core': 'Les questions standard (module de base)',
	'languages.section_pages': 'Ce que disent les pages des répondants',
	'languages.section_campaign': 'Les messages et les questions de la campagne',
	'languages.missing_count':
		'{count, plural, =0 {Tous les textes sont traduits.} one {# texte reste à traduire.} other {# textes restent à traduire.}}',
	'languages.save': 'Enregistrer les traductions',
	'languages.saved': 'Traductions enregistrées.',
	'languages.sheet_title': 'Travailler dans un tableur',
	'languages.sheet_lead':
		'Téléchargez les textes dans une feuille au format XLSForm, avec une colonne « label:: » par langue, remplissez les cellules vides de la langue {language}, puis déposez-la ici. Gardez toutes les lignes et la colonne « key » telles quelles.',
	'languages.sheet_download': 'Télécharger la feuille (XLSX)',
	'languages.sheet_file': 'Feuille traduite',
	'languages.sheet_import': 'Importer les traductions',
	'languages.sheet_imported': '{count, plural, one {# texte importé.} other {# textes importés.}}',
	'languages.by_campaign': 'traduit par la campagne',
	'languages.translate_into': 'Traduire en {language}',
	'languages.added_label': 'Autres langues, par leur code',
	'languages.added_hint':
		'Mesure donne chaque texte dans les cinq langues ci-dessus. Pour une autre langue, indiquez son code (wo, bm, ff, ha, snk, mnk, ou tout code BCP 47), séparés par des virgules : la campagne traduit l’enquête dans cette langue avant de la publier.',
	'errors.languages_too_many': 'Une campagne propose au plus 12 langues.',
	'errors.language_not_in_campaign':
		'Cette campagne ne propose pas cette langue. Ajoutez-la d’abord aux langues de la campagne.',
	'errors.translation_keys_unknown':
		'{count, plural, one {Ce texte ne fait} other {Ces textes ne font}} pas partie de cette enquête : {keys}. Rien n’a été enregistré.',
	'errors.translation_too_long': '« {key} » dépasse 2 000 caractères. Rien n’a été enregistré.',
	'errors.translation_placeholders':
		'« {key} » doit garder {placeholders} exactement tels quels : la page de chaque répondant les remplit. Rien n’a été enregistré.',
	'errors.translation_sheet_invalid':
		'Cette feuille n’a pas de colonne « key » ni de colonne « label:: » pour cette langue. Téléchargez à nouveau la feuille et remplissez-la.',
	'errors.translation_sheet_missing_rows':
		'{count, plural, one {# texte manque} other {# textes manquent}} dans la feuille, par exemple « {first} ». Téléchargez à nouveau la feuille et gardez toutes les lignes. Rien n’a été enregistré.',
	'errors.translation_sheet_extra_rows':
		'{count, plural, one {Une ligne nomme un texte} other {# lignes nomment des textes}} que cette enquête n’a pas : {keys}. Rien n’a été enregistré.'
} satisfies Partial<Messages>;
