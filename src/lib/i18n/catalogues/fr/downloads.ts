import type { Messages } from '../../types';

export const downloads = {
	'export.xlsx': 'Télécharger les réponses (XLSX)',
	'export.xlsx_hxl': 'XLSX avec une ligne de hashtags HXL',
	'export.xlsx_hint':
		'Le fichier XLSX a les mêmes colonnes, les nombres en nombres, et le dictionnaire des variables sur une deuxième feuille ; au-delà d’un million de réponses, elles continuent sur une feuille « responses 2 ».',
	'export.indicators_xlsx': 'Télécharger le tableau des indicateurs (XLSX)',
	'download.progress_label': 'Téléchargement : {file}',
	'download.rows': '{rows} lignes reçues sur {total}',
	'download.bytes': '{size} Mo reçus',
	'download.started': 'Téléchargement commencé : {file}',
	'download.saved': 'Téléchargé : {file}',
	'download.saved_rows': 'Téléchargé : {file}, {rows, plural, one {# ligne} other {# lignes}}',
	'download.cancel': 'Annuler le téléchargement',
	'download.cancelled': 'Le téléchargement a été annulé.',
	'download.failed': 'Le téléchargement s’est arrêté avant la fin. Essayez à nouveau.'
} satisfies Partial<Messages>;
