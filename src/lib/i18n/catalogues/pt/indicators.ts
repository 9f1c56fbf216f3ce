import type { Messages } from '../../types';

export const indicators = {
	'indicator.EXP1.name': 'Recordação da campanha',
	'indicator.EXP0.name': 'Recordação da mensagem placebo',
	'indicator.INF1.name': 'Sente-se bem informado',
	'indicator.KNW1.name': 'Conhece os riscos',
	'indicator.KNW1M.name': 'Pontuação de conhecimento dos riscos',
	'indicator.KNW2.name': 'Conhece uma fonte segura sobre a migração legal',
	'indicator.RSK1.name': 'Risco percebido',
	'indicator.ATT1.name': 'Desaconselharia a viagem irregular',
	'indicator.INT1.name': 'Tenciona migrar de forma irregular',
	'indicator.INT2.name': 'Prepara a partida',
	'indicator.TRU1.name': 'Confia em fontes fiáveis',
	'indicator.TRU2.name': 'Confia na informação dos passadores',
	'indicator.SHR1.name': 'Fala dos riscos',
	'sentence.group.exposed': 'grupo exposto',
	'sentence.group.comparison': 'grupo de comparação',
	'sentence.points': '{value, plural, =0 {# pontos} one {# ponto} other {# pontos}}',
	'sentence.change_up':
		'{indicator}: subiu de {from} para {to} no {group}, uma variação de {change} (intervalo de 95%: {low} a {high}).',
	'sentence.change_down':
		'{indicator}: desceu de {from} para {to} no {group}, uma variação de {change} (intervalo de 95%: {low} a {high}).',
	'sentence.change_unclear':
		'{indicator}: de {from} para {to} no {group}. A variação, {change} (intervalo de 95%: {low} a {high}), não ultrapassa o que o acaso, por si só, poderia produzir.',
	'sentence.change_suppressed':
		'{indicator} no {group}: respostas insuficientes (menos de 25 numa vaga) para dizer como evoluiu.',
	'sentence.change_hidden':
		'{indicator} no {group}: não apresentado, para que as respostas de um grupo pequeno não possam ser deduzidas a partir dos outros números.',
	'sentence.impact_clear':
		'{indicator}: face ao grupo de comparação, o impacto estimado da campanha é de {impact} (intervalo de 95%: {low} a {high}).',
	'sentence.impact_unclear':
		'{indicator}: face ao grupo de comparação, o impacto estimado, {impact} (intervalo de 95%: {low} a {high}), não se distingue de uma ausência de impacto.',
	'sentence.impact_suppressed':
		'{indicator}: respostas insuficientes (menos de 25 numa célula) para estimar o impacto da campanha.',
	'sentence.impact_hidden':
		'{indicator}: o impacto não é apresentado, para que as respostas de um grupo pequeno não possam ser deduzidas a partir dos outros números.',
	'flag.placebo_recall_high':
		'{share} ({count, plural, one {# inquirido} other {# inquiridos}}) dizem ter ouvido a mensagem placebo, que a campanha nunca usou: as respostas podem não ser fiáveis.',
	'flag.placebo_recall_high_share':
		'{share} dizem ter ouvido a mensagem placebo, que a campanha nunca usou: as respostas podem não ser fiáveis.',
	'flag.placebo_recall_high_beyond':
		'Mais de {limit} dizem ter ouvido a mensagem placebo, que a campanha nunca usou: as respostas podem não ser fiáveis.',
	'flag.sample_mix_sex':
		'A distribuição por sexo difere da linha de base em até {points}: uma variação pode dever-se a quem foi inquirido.',
	'flag.sample_mix_age_band':
		'A distribuição por idade difere da linha de base em até {points}: uma variação pode dever-se a quem foi inquirido.',
	'flag.sample_mix_sex_beyond':
		'A distribuição por sexo difere da linha de base em mais de {limit}: uma variação pode dever-se a quem foi inquirido.',
	'flag.sample_mix_age_band_beyond':
		'A distribuição por idade difere da linha de base em mais de {limit}: uma variação pode dever-se a quem foi inquirido.',
	'flag.retention_low':
		'Menos de {limit} dos membros do painel da linha de base foram reencontrados na linha final: os que se perderam podem ser diferentes dos que ficaram, e a variação medida também.',
	'flag.retention_differs':
		'A retenção difere entre os grupos em mais de {limit}: uma atrição diferente pode simular ou ocultar um impacto.',
	'flag.quick_responses':
		'{count, plural, one {# resposta ({share}) demorou menos de 2 minutos.} other {# respostas ({share}) demoraram menos de 2 minutos.}}',
	'flag.quick_responses_most': 'Quase todas as respostas demoraram menos de 2 minutos.',
	'errors.plan_cluster_size_invalid': 'A dimensão de um conglomerado é um número inteiro de inquiridos, de 1 a 1.000.',
	'errors.plan_icc_invalid': 'Uma correlação intraconglomerado está entre 0 e 1, como 0,05.',
	'errors.plan_deff_with_clusters':
		'Indique um efeito de desenho, ou então os inquiridos por conglomerado e a correlação intraconglomerado que o determinam, mas não ambos.',
	'errors.plan_cluster_pair':
		'Indique tanto os inquiridos por conglomerado como a correlação intraconglomerado, ou nenhum dos dois.',
	'errors.dimension_unknown': 'Desagregue por sex, age_band, region, education, returnee, exposure ou intention.',
	'errors.indicator_unknown': 'Escolha um indicador do módulo base, como KNW1.',
	'errors.campaign_id_invalid':
		'Um identificador de campanha tem 24 caracteres: letras minúsculas a–z e algarismos 2–7.',
	'errors.campaigns_too_many': 'Compare no máximo 500 campanhas de cada vez.',
	'compare.excluded.not_found': 'Esta campanha não existe, ou não tem permissão para a ver.',
	'compare.excluded.one_wave':
		'O seu grupo exposto só tem respostas de uma vaga: ainda não há nenhuma variação para comparar.',
	'compare.excluded.suppressed':
		'Respostas insuficientes (menos de 25 numa vaga do grupo exposto) para comparar a sua variação.',
	'plan.title': 'Quantos inquiridos?',
	'plan.lead':
		'Antes da recolha, calcule quantas pessoas entrevistar em cada vaga (linha de base, linha final) e em cada grupo (exposto, comparação) para que a variação que espera se possa distinguir do acaso.',
	'plan.p1': 'Proporção atual (%)',
	'plan.p1_hint':
		'A sua melhor estimativa do indicador antes da campanha, por exemplo 40 se 4 em cada 10 pessoas conhecem os riscos.',
	'plan.p2': 'Proporção esperada (%)',
	'plan.p2_hint': 'A proporção após a campanha que quer conseguir detetar, por exemplo 50.',
	'plan.more': 'Confiança, potência e efeito de desenho',
	'plan.alpha': 'Confiança',
	'plan.alpha_option': '{level} (habitual)',
	'plan.power': 'Potência',
	'plan.power_option': '{power}: a probabilidade de detetar a variação, se ela for real',
	'plan.deff': 'Efeito de desenho',
	'plan.deff_hint':
		'1 para uma amostra aleatória simples; 1,5 a 2 quando os inquiridos são escolhidos por conglomerados (aldeias, escolas).',
	'plan.clusters': 'Conglomerados',
	'plan.clusters_hint':
		'Quando os inquiridos são escolhidos em aldeias, bairros ou escolas: quantos em cada um, e quão semelhantes são as suas respostas. Estes dois valores dão o efeito de desenho. Deixe ambos vazios para uma amostra aleatória simples.',
	'plan.cluster_size': 'Inquiridos por conglomerado',
	'plan.icc': 'Correlação intraconglomerado (ICC)',
	'plan.icc_hint': 'De 0 a 1; cerca de 0,05 é habitual para o que as pessoas sabem e tencionam fazer.',
	'plan.icc_observed':
		'As campanhas anteriores da sua organização com amostragem por conglomerados sugerem {icc} (campanhas: {campaigns}; conglomerados nessas campanhas: {clusters}).',
	'plan.icc_observed_few':
		'As campanhas anteriores da sua organização com amostragem por conglomerados sugerem {icc} (campanhas: {campaigns}; conglomerados nessas campanhas: {clusters}), uma indicação aproximada, dado o pequeno número de conglomerados: cerca de 0,05 é habitual para o que as pessoas sabem e tencionam fazer.',
	'plan.result_clusters':
		'Ou seja, {clusters, plural, one {# conglomerado} other {# conglomerados}} de {size} em cada vaga e grupo (efeito de desenho {deff}).',
	'plan.submit': 'Calcular',
	'plan.fix_errors': 'Alguns valores têm de ser corrigidos: ver abaixo.',
	'plan.result_title': 'Inquiridos necessários',
	'plan.result':
		'{n, plural, one {# inquirido} other {# inquiridos}} em cada vaga e grupo para detetar uma variação de {from} para {to}.',
	'plan.total_without':
		'{total} no total para uma linha de base e uma linha final sem grupo de comparação (uma variação).',
	'plan.total_with': '{total} no total com um grupo de comparação (uma estimativa de impacto).',
	'plan.formula_note':
		'A fórmula do padrão (docs/standard.md §4.5), arredondada por excesso. Preveja mais, se algumas pessoas puderem recusar.',
	'plan.alternatives_title': 'Para outras variações a partir do mesmo ponto de partida',
	'plan.per_cell': 'Por vaga e grupo',
	'plan.with_comparison': 'No total, com um grupo de comparação',
	'nav.plan': 'Dimensão da amostra',
	'errors.plan_share_invalid': 'Indique uma proporção como fração de 0 a 1, como 0.4.',
	'errors.plan_percent_invalid': 'Indique uma proporção de 0 a 100.',
	'errors.plan_alpha_invalid': 'Indique um alfa entre 0.001 e 0.2, como 0.05.',
	'errors.plan_power_invalid': 'Indique uma potência entre 0.5 e 0.99, como 0.8.',
	'errors.plan_deff_invalid': 'Indique um efeito de desenho de 1 a 10.',
	'errors.plan_same_share': 'A proporção esperada tem de ser diferente da atual.',
	'errors.indicator_not_pooled':
		'A recordação da mensagem placebo (EXP0) é um controlo da qualidade dos dados: nunca é agregada entre campanhas.',
	'chart.download_png': 'Descarregar o gráfico (PNG)'
} satisfies Partial<Messages>;
