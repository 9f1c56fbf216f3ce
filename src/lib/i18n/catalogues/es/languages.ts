import type { Messages } from '../../types';

export const languages = {
	'languages.title': 'Traducir a {language}',
	'languages.lead':
		'Cada texto aparece junto al mismo texto en {reference}. Deje tal cual las palabras entre llaves: la página de cada persona encuestada las completa. Los códigos de respuesta no cambian, así que los indicadores siguen siendo comparables con los de todas las demás campañas.',
	'languages.reference': 'Se muestra al lado',
	'languages.show': 'Mostrar',
	'languages.section_core': 'Las preguntas estándar (módulo básico)',
	'languages.section_pages': 'Lo que dicen las páginas de las personas encuestadas',
	'languages.section_campaign': 'Los mensajes y las preguntas de la campaña',
	'languages.missing_count':
		'{count, plural, =0 {Todos los textos están traducidos.} one {Queda # texto por traducir.} other {Quedan # textos por traducir.}}',
	'languages.save': 'Guardar las traducciones',
	'languages.saved': 'Traducciones guardadas.',
	'languages.sheet_title': 'Trabajar en una hoja de cálculo',
	'languages.sheet_lead':
		'Descargue los textos en una hoja con el formato de XLSForm, con una columna «label::» por idioma, complete las celdas vacías en {language} y, luego, súbala aquí. Conserve todas las filas y la columna «key» tal como están.',
	'languages.sheet_download': 'Descargar la hoja (XLSX)',
	'languages.sheet_file': 'Hoja traducida',
	'languages.sheet_import': 'Importar las traducciones',
	'languages.sheet_imported': '{count, plural, one {Se ha importado # texto.} other {Se han importado # textos.}}',
	'languages.by_campaign': 'traducido por la campaña',
	'languages.translate_into': 'Traducir a {language}',
	'languages.added_label': 'Otros idiomas, por su código',
	'languages.added_hint':
		'Mesure ofrece cada texto en los cinco idiomas anteriores. Para otros idiomas, indique sus códigos (wo, bm, ff, ha, snk, mnk o cualquier código BCP 47), separados por comas: la campaña traduce la encuesta a esos idiomas antes de publicarla.',
	'errors.languages_too_many': 'Una campaña ofrece como máximo 12 idiomas.',
	'errors.language_not_in_campaign': 'Esta campaña no ofrece este idioma. Añádalo primero a los idiomas de la campaña.',
	'errors.translation_keys_unknown':
		'{count, plural, one {Este texto no forma} other {Estos textos no forman}} parte de esta encuesta: {keys}. No se ha guardado nada.',
	'errors.translation_too_long': '«{key}» supera los 2000 caracteres. No se ha guardado nada.',
	'errors.translation_placeholders':
		'«{key}» debe conservar {placeholders} exactamente como están escritos: la página de cada persona encuestada los completa. No se ha guardado nada.',
	'errors.translation_sheet_invalid':
		'Esta hoja no tiene columna «key» ni columna «label::» para este idioma. Vuelva a descargar la hoja y complétela.',
	'errors.translation_sheet_missing_rows':
		'{count, plural, one {Falta # texto} other {Faltan # textos}} en la hoja, por ejemplo «{first}». Vuelva a descargar la hoja y conserve todas las filas. No se ha guardado nada.',
	'errors.translation_sheet_extra_rows':
		'{count, plural, one {Una fila hace referencia a un texto} other {# filas hacen referencia a textos}} que esta encuesta no tiene: {keys}. No se ha guardado nada.'
} satisfies Partial<Messages>;
