import type { Messages } from '../../types';

export const retention = {
	'retention.link': 'Conservar o eliminar las respuestas',
	'retention.title': 'Conservación y eliminación de las respuestas',
	'retention.keep_heading': 'Cuánto tiempo se conservan las respuestas brutas',
	'retention.count': 'Respuestas almacenadas: {count}',
	'retention.kept': 'Las respuestas brutas se conservan hasta que un propietario las elimine.',
	'retention.expires_on':
		'Las respuestas brutas se eliminarán después del {day}; los indicadores calculados a partir de ellas se mantienen.',
	'retention.expired_on':
		'Las respuestas brutas se eliminaron el {when}, como estaba previsto; los indicadores calculados a partir de ellas se conservan.',
	'retention.hint':
		'Pasado ese día, se eliminan todas las respuestas y solo se mantienen los indicadores (recuentos, proporciones, intervalos): las respuestas ya no se podrán exportar. Déjelo vacío para conservarlas.',
	'retention.expires_label': 'Eliminar las respuestas brutas después del día',
	'retention.save': 'Guardar',
	'retention.expiry_saved': 'Guardado.',
	'retention.delete_responses_heading': 'Eliminar todas las respuestas',
	'retention.delete_responses_hint':
		'Elimina todas las respuestas de esta campaña y los indicadores calculados a partir de ellas. La campaña, su encuesta y sus enlaces se mantienen. No se puede deshacer: exporte antes las respuestas si las necesita.',
	'retention.delete_responses': 'Eliminar todas las respuestas',
	'retention.responses_deleted': '{count, plural, one {# respuesta eliminada} other {# respuestas eliminadas}}.',
	'retention.delete_campaign_heading': 'Eliminar la campaña',
	'retention.delete_campaign_hint':
		'Elimina la campaña con su encuesta, sus enlaces, respuestas e indicadores, los accesos compartidos a sus resultados y su informe público. No se puede deshacer.',
	'retention.delete_campaign': 'Eliminar la campaña',
	'retention.confirm_label': 'Para confirmar, escriba el título de la campaña: {title}',
	'retention.owners_only':
		'Solo los propietarios de la organización pueden cambiar cuánto tiempo se conservan las respuestas, o eliminarlas.',
	'retention.campaign_deleted': 'Se ha eliminado la campaña.',
	'audit.by_itself': 'Mesure, según lo programado',
	'audit.kept_until_deleted': 'sin fecha (se conservan hasta que se eliminen)',
	'audit.action.responses_deleted':
		'Eliminó {responses, plural, one {# respuesta} other {las # respuestas}} de «{campaign}» y sus indicadores',
	'audit.action.responses_expired':
		'Eliminó {responses, plural, one {# respuesta bruta} other {las # respuestas brutas}} de «{campaign}» tras su fecha de conservación, manteniendo los indicadores',
	'audit.action.retention_set': 'Fijó la fecha tras la cual se eliminan las respuestas brutas de «{campaign}»: {day}',
	'audit.action.campaign_deleted':
		'Eliminó la campaña «{campaign}» y {responses, plural, one {su única respuesta} other {sus # respuestas}}',
	'errors.retention_date_invalid': 'Indique un día en formato AAAA-MM-DD, o déjelo vacío.',
	'errors.retention_date_past': 'Elija hoy o un día posterior.',
	'errors.deletion_confirmation_mismatch':
		'Para confirmar, escriba el título de la campaña exactamente como se muestra.'
} satisfies Partial<Messages>;
