import type { Messages } from '../../types';

export const customResults = {
	'custom.title': 'Las preguntas propias de la campaña',
	'custom.repeats_not_summarised':
		'Aquí no se resumen los grupos de repetición ({groups}), cuyas preguntas se hacen una vez en cada repetición. Las respuestas de cada grupo están en su propio archivo de exportación, con una fila por repetición.',
	'custom.intro':
		'Preguntas que esta campaña añadió al módulo básico estándar. No forman parte del estándar ni entran en ningún indicador: sus resultados no pueden compararse con los de otras campañas.',
	'custom.badge': 'Pregunta propia de la campaña',
	'custom.kind_share':
		'Proporción de personas que dieron cada respuesta, entre quienes respondieron, con su intervalo del 95 %.',
	'custom.kind_multiple':
		'Proporción de personas que eligieron cada respuesta, entre quienes respondieron, con su intervalo del 95 %. Cada persona podía elegir varias: las proporciones suman más del 100 %.',
	'custom.kind_mean': 'Respuesta media, con su intervalo del 95 %.',
	'custom.axis_mean': 'Respuesta media',
	'custom.chart_label':
		'{question}: cada ola y cada grupo con su intervalo del 95 %. Las cifras están en la tabla de abajo.',
	'custom.cells_caption': '{question} por ola y grupo',
	'custom.changes_caption': '{question}: cambios',
	'custom.answer': 'Respuesta',
	'custom.count': 'Número',
	'custom.texts_title': 'Respuestas abiertas',
	'custom.texts_private':
		'Solo los propietarios, editores y lectores de su organización leen estas respuestas; nunca los donantes ni los informes públicos.',
	'custom.texts_count':
		'{total, plural, one {# respuesta} other {# respuestas}}; {shown, plural, one {se muestra la más reciente} other {se muestran las # más recientes, de la más nueva a la más antigua}}.',
	'custom.texts_none': 'Todavía no hay respuestas.',
	'results.flag_link': 'Ver estas respuestas'
} satisfies Partial<Messages>;
