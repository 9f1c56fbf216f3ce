import type { Messages } from '../../types';

export const retention = {
	'retention.link': 'Conservar ou eliminar as respostas',
	'retention.title': 'Conservação e eliminação das respostas',
	'retention.keep_heading': 'Durante quanto tempo são conservadas as respostas brutas',
	'retention.count': 'Respostas armazenadas: {count}',
	'retention.kept': 'As respostas brutas são conservadas até que um proprietário as elimine.',
	'retention.expires_on':
		'As respostas brutas serão eliminadas depois de {day}; os indicadores calculados a partir delas mantêm-se.',
	'retention.expired_on':
		'As respostas brutas foram eliminadas em {when}, como definido; os indicadores calculados a partir delas foram conservados.',
	'retention.hint':
		'Depois deste dia, todas as respostas são eliminadas e ficam apenas os indicadores (contagens, proporções, intervalos): as respostas deixam de poder ser exportadas. Deixe vazio para as conservar.',
	'retention.expires_label': 'Eliminar as respostas brutas depois de',
	'retention.save': 'Guardar',
	'retention.expiry_saved': 'Guardado.',
	'retention.delete_responses_heading': 'Eliminar todas as respostas',
	'retention.delete_responses_hint':
		'Elimina todas as respostas desta campanha e os indicadores calculados a partir delas. A campanha, o seu inquérito e os seus links mantêm-se. Esta ação não pode ser anulada: se precisar das respostas, exporte-as primeiro.',
	'retention.delete_responses': 'Eliminar todas as respostas',
	'retention.responses_deleted':
		'{count, plural, =0 {Nenhuma resposta eliminada.} one {# resposta eliminada.} other {# respostas eliminadas.}}',
	'retention.delete_campaign_heading': 'Eliminar a campanha',
	'retention.delete_campaign_hint':
		'Elimina a campanha com o seu inquérito, links, respostas, indicadores, partilhas e relatório público. Esta ação não pode ser anulada.',
	'retention.delete_campaign': 'Eliminar a campanha',
	'retention.confirm_label': 'Para confirmar, escreva o título da campanha: {title}',
	'retention.owners_only':
		'Só os proprietários da organização podem alterar durante quanto tempo as respostas são conservadas, ou eliminá-las.',
	'retention.campaign_deleted': 'A campanha foi eliminada.',
	'audit.by_itself': 'Mesure, como definido',
	'audit.kept_until_deleted': 'conservadas até serem eliminadas',
	'audit.action.responses_deleted':
		'{responses, plural, =0 {Eliminou as respostas de «{campaign}» (0 respostas) e os respetivos indicadores} one {Eliminou # resposta de «{campaign}» e os respetivos indicadores} other {Eliminou as # respostas de «{campaign}» e os respetivos indicadores}}',
	'audit.action.responses_expired':
		'Eliminou {responses, plural, one {# resposta bruta} other {as # respostas brutas}} de «{campaign}» depois da data-limite de conservação, mantendo os indicadores',
	'audit.action.retention_set': 'Definiu o prazo de conservação das respostas brutas de «{campaign}»: {day}',
	'audit.action.campaign_deleted':
		'{responses, plural, =0 {Eliminou a campanha «{campaign}», que não tinha respostas} one {Eliminou a campanha «{campaign}» e # resposta} other {Eliminou a campanha «{campaign}» e as suas # respostas}}',
	'errors.retention_date_invalid': 'Indique um dia no formato AAAA-MM-DD, ou deixe vazio.',
	'errors.retention_date_past': 'Escolha hoje ou um dia posterior.',
	'errors.deletion_confirmation_mismatch': 'Para confirmar, escreva o título da campanha exatamente como é apresentado.'
} satisfies Partial<Messages>;
