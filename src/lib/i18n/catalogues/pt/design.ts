import type { Messages } from '../../types';

export const design = {
	'design.column.code': 'código',
	'design.column.name': 'nome',
	'design.column.stratum': 'estrato',
	'design.column.weight': 'peso',
	'design.problem.code_missing': 'Cada conglomerado precisa de um código.',
	'design.problem.code_invalid': 'Um código tem de 1 a 40 letras (de a a z, sem acentos), algarismos, - ou _.',
	'design.problem.code_duplicate':
		'Este código já foi dado a outro conglomerado (sem distinguir maiúsculas de minúsculas).',
	'design.problem.name_too_long': 'Um nome tem no máximo 200 caracteres.',
	'design.problem.stratum_too_long': 'Um estrato tem no máximo 80 caracteres.',
	'design.problem.weight_too_small': 'Um peso é de pelo menos 0,000000001: um valor menor é um erro de escrita.',
	'design.problem.weight_too_large': 'Um peso é no máximo 1.000.000.000.',
	'design.problem.not_text': 'Escreva este valor como texto.',
	'design.problem.weight_not_number': 'Um peso é um número, como 12,5.',
	'design.problem.weight_not_positive': 'Um peso é superior a 0.',
	'design.problem.cluster_removed_in_use':
		'Este conglomerado já tem respostas: não pode ser retirado da lista, por isso o ficheiro tem de o manter.',
	'design.problem.cluster_removed_linked':
		'Este conglomerado tem um link próprio, cujo folheto pode estar afixado na aldeia: não pode ser retirado da lista, por isso o ficheiro tem de o manter.',
	'design.problem.stratum_changed_in_use': 'Este conglomerado já tem respostas: o seu estrato não pode mudar.',
	'design.problem.weight_locked':
		'As respostas brutas desta campanha foram eliminadas: o peso de um conglomerado que tinha respostas não pode mudar.',
	'errors.design_invalid': 'O plano de amostragem não foi guardado: cada problema está indicado na lista.',
	'errors.design_too_many_clusters': 'Uma campanha declara no máximo 5.000 conglomerados.',
	'errors.no_clusters': 'Declare primeiro os conglomerados da campanha, no seu plano de amostragem.',
	'errors.cluster_self_link':
		'Um link de autopreenchimento não pode escolher um conglomerado: envie pelo link criado para esse conglomerado, ou por um link de entrevistador.',
	'errors.cluster_unknown': 'Este conglomerado não é um dos declarados pela campanha.',
	'errors.panel_code_invalid':
		'Um código de painel tem de 3 a 40 letras, algarismos, - ou _, com pelo menos uma letra e um algarismo: nunca um nome nem um número de telefone.',
	'errors.panel_code_taken': 'Este código de painel já tem uma resposta nesta vaga e neste grupo.',
	'errors.panel_off': 'Esta campanha não acompanha um painel: não indique nenhum código de painel.',
	'audit.action.design_updated':
		'Alterou o plano de amostragem de «{campaign}»: {clusters, plural, =0 {0 conglomerados} one {# conglomerado} other {# conglomerados}}',
	'design.file.no_rows': 'Este ficheiro tem um cabeçalho, mas nenhum conglomerado por baixo.',
	'design.file.repeated_column':
		'Duas colunas da primeira linha referem a mesma coisa (code, name, stratum ou weight): mantenha só uma.',
	'design.file.extra_values':
		'A linha {line} tem mais células do que a primeira linha. Uma vírgula decimal num ficheiro separado por vírgulas precisa de aspas ("12,5"); em alternativa, separe o ficheiro com ponto e vírgula.',
	'design.file.no_code_column':
		'O ficheiro precisa de uma coluna «code» na primeira linha (e pode ter «name», «stratum» e «weight»).',
	'design.title': 'Plano de amostragem',
	'design.link': 'Plano de amostragem',
	'design.lead':
		'Declare os conglomerados que inquire (aldeias, bairros, escolas), o estrato em que cada um foi selecionado e o seu peso, e se acompanha as mesmas pessoas ao longo do tempo. O Mesure calcula então cada intervalo como o pacote survey do R.',
	'design.clusters_title': 'Conglomerados',
	'design.clusters_count':
		'{count, plural, one {# conglomerado} other {# conglomerados}} em {strata, plural, one {# estrato} other {# estratos}}',
	'design.none':
		'Nenhum conglomerado declarado: os inquiridos contam como uma amostra aleatória simples, a menos que tenham um peso ou um código de painel.',
	'design.linked': 'tem link',
	'design.in_use': 'tem respostas',
	'design.remove': 'Remover {code}',
	'design.add_title': 'Adicionar um conglomerado',
	'design.add': 'Adicionar',
	'design.code_hint': '1 a 40 letras, algarismos, - ou _, como V01.',
	'design.weight_hint': 'O seu peso amostral: quantas pessoas cada inquirido representa. Deixe vazio para 1.',
	'design.upload_title': 'Substituir a lista a partir de um ficheiro',
	'design.upload_hint':
		'Um ficheiro CSV com as colunas code, name, stratum e weight (código, nome, estrato e peso; as três últimas são opcionais). Substitui toda a lista, por isso tem de manter todos os conglomerados que têm respostas ou um link. Tudo é verificado antes de se guardar seja o que for.',
	'design.file': 'Ficheiro CSV',
	'design.upload': 'Verificar e guardar',
	'design.problems_title': 'Nada foi guardado: corrija estes problemas e envie o ficheiro de novo.',
	'design.problem.line': 'Linha',
	'design.problem.column': 'Coluna',
	'design.problem.value': 'Valor',
	'design.problem.why': 'Problema',
	'design.problem.not_in_list': 'em falta',
	'design.panel_title': 'Painel',
	'design.panel': 'Os inquiridos têm um código de painel que os acompanha da linha de base à linha final',
	'design.panel_hint':
		'Um código escrito num cartão, nunca um nome nem um número de telefone. Os entrevistadores escrevem-no; na linha final, a entrevista encontra-o entre os da linha de base.',
	'design.save_panel': 'Guardar',
	'design.saved': 'O plano de amostragem foi guardado.',
	'design.read_only': 'Só os proprietários e os editores alteram o plano de amostragem.',
	'design.summary_title': 'Como foi feita a amostragem da campanha',
	'design.sampled_clusters':
		'{clusters, plural, one {# conglomerado} other {# conglomerados}} (aldeias, bairros) em {strata, plural, one {# estrato} other {# estratos}}; os intervalos têm isso em conta.',
	'design.sampled_clusters_weighted':
		'{clusters, plural, one {# conglomerado} other {# conglomerados}} (aldeias, bairros) em {strata, plural, one {# estrato} other {# estratos}}, com ponderação; os intervalos têm isso em conta.',
	'design.sampled_panel':
		'As mesmas pessoas foram inquiridas na linha de base e na linha final (um painel): cada variação compara uma pessoa consigo própria, e os intervalos têm isso em conta.',
	'design.sampled_weighted': 'Uma amostra ponderada: os intervalos têm em conta os pesos.',
	'design.explained':
		'As pessoas de uma mesma aldeia tendem a responder de forma parecida, por isso cada resposta traz, em geral, menos informação do que a de alguém selecionado ao acaso, e os intervalos são mais largos do que os de uma amostra aleatória simples.',
	'design.effects_explained':
		'O efeito de desenho compara a variância de um valor com a de uma amostra aleatória simples com o mesmo número de inquiridos: 2 significa o dobro da variância; abaixo de 1, os estratos ou os pesos tornaram o valor mais preciso do que numa amostra assim. A dimensão efetiva da amostra é o número de pessoas selecionadas ao acaso que daria a mesma precisão.',
	'design.sampled_outside':
		'Inquiridos entrevistados fora de qualquer conglomerado, cada um contado como um conglomerado à parte: {count}.',
	'design.deff': 'deff',
	'design.deff_title':
		'Efeito de desenho: a variância face à de uma amostra aleatória simples com o mesmo número de inquiridos',
	'design.effective_n': 'n efetivo',
	'design.retention_caption': 'Membros do painel reencontrados na linha final',
	'design.retention_baseline': 'Na linha de base',
	'design.retention_retained': 'Reencontrados na linha final',
	'design.retention': 'Retenção',
	'design.retention_hidden': 'não mostrado',
	'design.retention_hidden_note':
		'As contagens de um grupo não são mostradas quando elas, ou os membros perdidos entre uma vaga e a outra, são de 1 a 4: números tão pequenos poderiam identificar pessoas.',
	'design.retention_difference': 'Retenção, expostos − comparação: {points} p.p. (intervalo de 95%: {low} a {high}).',
	'design.links_title': 'Links por conglomerado',
	'design.links_lead':
		'Um link de autopreenchimento para um só conglomerado: cada resposta recebida por esse link fica associada a esse conglomerado. Imprima o folheto com o código QR de cada link para a respetiva aldeia.',
	'design.links_cell': 'Vaga e grupo',
	'design.links_cluster': 'Conglomerado',
	'design.links_every': 'Todos os conglomerados que ainda não têm link',
	'design.links_make': 'Criar os links',
	'design.links_made': '{count, plural, one {# link criado.} other {# links criados.}}',
	'design.links_none_made':
		'Nenhum link criado: cada conglomerado escolhido já tem um para esta vaga e este grupo, com o seu folheto, na lista abaixo.',
	'design.links_publish_first': 'Publique primeiro o inquérito: o link de um conglomerado recolhe a versão publicada.'
} satisfies Partial<Messages>;
