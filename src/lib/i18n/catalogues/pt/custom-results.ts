import type { Messages } from '../../types';

export const customResults = {
	'custom.title': 'As perguntas próprias da campanha',
	'custom.repeats_not_summarised':
		'Não resumidos aqui: os grupos de repetição, {groups}, cujas perguntas são feitas uma vez por ocorrência. As respostas de cada grupo estão no seu próprio ficheiro de exportação, uma linha por ocorrência.',
	'custom.intro':
		'Perguntas que esta campanha acrescentou ao módulo base padrão. Não fazem parte do padrão e não entram em nenhum indicador: os seus resultados não podem ser comparados com os de outras campanhas.',
	'custom.badge': 'Pergunta própria da campanha',
	'custom.kind_share': 'Proporção de quem respondeu que deu cada resposta, com o seu intervalo de 95%.',
	'custom.kind_multiple':
		'Proporção de quem respondeu que escolheu cada resposta, com o seu intervalo de 95%. Cada pessoa podia escolher várias: as proporções somam mais de 100%.',
	'custom.kind_mean': 'Resposta média, com o seu intervalo de 95%.',
	'custom.axis_mean': 'Resposta média',
	'custom.chart_label': '{question}: cada vaga e grupo com o seu intervalo de 95%. Os números estão na tabela abaixo.',
	'custom.cells_caption': '{question} por vaga e grupo',
	'custom.changes_caption': '{question}: variações',
	'custom.answer': 'Resposta',
	'custom.count': 'Número',
	'custom.texts_title': 'Respostas de texto',
	'custom.texts_private':
		'Só os proprietários, editores e leitores da sua organização leem estas respostas; os doadores e os relatórios públicos nunca as veem.',
	'custom.texts_count':
		'{total, plural, one {# resposta} other {# respostas}}; {shown, plural, one {é apresentada a mais recente} other {são apresentadas as # mais recentes, da mais recente para a mais antiga}}.',
	'custom.texts_none': 'Ainda não há respostas.',
	'results.flag_link': 'Ver estas respostas'
} satisfies Partial<Messages>;
