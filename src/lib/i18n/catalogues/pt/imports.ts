import type { Messages } from '../../types';

export const imports = {
	'imports.link': 'Importar respostas de um ficheiro CSV',
	'imports.title': 'Importar respostas',
	'imports.lead':
		'Uma resposta por linha, com as colunas designadas pelos códigos de resposta (C0, D1, D2 … e os códigos das suas perguntas): tal como o KoboToolbox ou o ODK exportam os dados recolhidos com o XLSForm deste inquérito, ou tal como foram digitadas a partir de questionários em papel. Vê todos os problemas antes de qualquer coisa ser guardada; um ficheiro com problemas pode ser corrigido e verificado de novo, ou importado sem as linhas que os têm; importá-lo outra vez não acrescenta nada.',
	'imports.file': 'Ficheiro CSV',
	'imports.file_hint':
		'Separado por vírgulas, pontos e vírgulas ou tabulações; texto UTF-8 («CSV UTF-8» numa folha de cálculo); 5 MB no máximo.',
	'imports.language': 'Língua em que as respostas foram dadas',
	'imports.language_hint': 'Para as linhas de um ficheiro sem coluna «language».',
	'imports.check': 'Verificar o ficheiro',
	'imports.progress_upload': 'A enviar o ficheiro',
	'imports.progress_check': 'A verificar o ficheiro',
	'imports.progress_rows':
		'{count, plural, =0 {# linhas verificadas} one {# linha verificada} other {# linhas verificadas}}',
	'imports.report': 'O que o ficheiro contém',
	'imports.rows': 'Linhas',
	'imports.columns': 'Colunas de respostas lidas',
	'imports.refusals': 'Recusas (apenas contabilizadas)',
	'imports.not_eligible': 'Menores de 15 anos (apenas contabilizados)',
	'imports.already_imported': 'Já importadas (ignoradas)',
	'imports.to_import': 'Por importar',
	'imports.imported_count': 'Importadas',
	'imports.ignored': 'Colunas deixadas de fora: {count}',
	'imports.ignored.metadata': 'metadados',
	'imports.ignored.option': 'coluna 0/1 de uma opção',
	'imports.ignored.unknown': 'não é um código de resposta deste inquérito',
	'imports.unknown_warning':
		'Alguns nomes de colunas não são códigos de resposta deste inquérito: verifique se nenhum deles é uma pergunta que queria importar.',
	'imports.problems': 'Problemas: {count}',
	'imports.problems_listed':
		'{shown, plural, one {É apresentado o primeiro.} other {São apresentados os # primeiros.}}',
	'imports.rows_with_problems': 'Linhas com problemas: {count}.',
	'imports.nothing_while_problems':
		'Nada é importado enquanto o ficheiro tiver problemas: corrija-os e depois verifique o ficheiro de novo.',
	'imports.some_rows_have_problems':
		'Algumas linhas têm problemas. Corrija-as e verifique o ficheiro de novo, ou importe apenas as linhas válidas: as outras ficam de fora, e pode descarregá-las com o motivo de cada uma, para as corrigir e importar mais tarde.',
	'imports.left_out_count': 'Deixadas de fora (linhas com problemas)',
	'imports.import_valid':
		'Importar {valid, plural, one {# linha válida} other {as # linhas válidas}}, deixar de fora {invalid, plural, one {# que tem problemas} other {as # que têm problemas}}',
	'imports.confirm_leave_out':
		'Compreendo que {invalid, plural, one {# linha com problemas não será importada} other {as # linhas com problemas não serão importadas}}.',
	'imports.done_left_out':
		'Importadas: {count, plural, =0 {# linhas} one {# linha} other {# linhas}}. Deixadas de fora: {invalid, plural, one {# linha com problemas} other {# linhas com problemas}}.',
	'imports.download_left_out':
		'Descarregar {count, plural, one {# linha com problemas} other {as # linhas com problemas}} (CSV)',
	'imports.download_left_out_hint':
		'As suas colunas, e uma primeira coluna «{column}» que diz porque é que cada linha ficou de fora. Corrija as linhas e depois verifique e importe o ficheiro tal como está: essa coluna não é lida.',
	'imports.left_out.column': '_motivo_exclusao',
	'imports.left_out.reasons': 'Linha {line}. {reasons}',
	'imports.left_out.in_column': '{column}: {message}',
	'imports.left_out.more': '{count, plural, one {E mais # problema.} other {E mais # problemas.}}',
	'imports.outside_dates_planned':
		'Linhas com data fora das datas da campanha, de {start} a {end}: {count}. {count, plural, one {Será importada e assinalada para verificação.} other {Serão importadas e assinaladas para verificação.}}',
	'imports.outside_dates_done':
		'Linhas com data fora das datas da campanha, de {start} a {end}: {count}. {count, plural, one {Foi importada e assinalada para verificação.} other {Foram importadas e assinaladas para verificação.}}',
	'imports.outside_dates_lines': 'As linhas em causa',
	'errors.leave_out_unconfirmed': 'Marque a caixa para confirmar que as linhas com problemas ficam de fora.',
	'errors.csv_header_problems':
		'As colunas do ficheiro têm problemas (linha 1), por isso nenhuma linha foi importada: ver «problems».',
	'imports.line': 'Linha',
	'imports.column': 'Coluna',
	'imports.value': 'Valor',
	'imports.problem': 'Problema',
	'imports.import': 'Importar {count, plural, one {# linha} other {# linhas}}',
	'imports.import_nothing': 'Não importar nada',
	'imports.nothing_new': 'Nada de novo para importar: todas as linhas deste ficheiro já lá estão.',
	'imports.done': 'Importadas: {count, plural, =0 {# linhas} one {# linha} other {# linhas}}.',
	'imports.back': 'Voltar ao link',
	'imports.problem.duplicate_column': 'Outra coluna tem o mesmo código de resposta.',
	'imports.problem.missing_column':
		'Falta esta coluna: sem ela, nenhuma linha indica se o respetivo inquirido pode ser contabilizado.',
	'imports.problem.labels_not_codes':
		'Nenhuma coluna está designada por um código de resposta: este ficheiro designa as perguntas pelos seus textos. No KoboToolbox, exporte de novo os dados em CSV com a opção «XML values and headers» e importe esse ficheiro (o CSV do ODK Central serve tal como está).',
	'imports.problem.cluster_unknown':
		'Este conglomerado não é um dos declarados pela campanha (ver o seu plano de amostragem).',
	'imports.problem.cluster_not_link':
		'Este link recolhe para um único conglomerado: uma linha de outro conglomerado deve passar pelo link próprio da vaga e do grupo.',
	'imports.problem.stratum_mismatch': 'Este estrato não é o declarado para o conglomerado da linha.',
	'imports.problem.weight_invalid': 'Um peso é um número de 0,000000001 a 1.000.000.000, como 12,5.',
	'imports.problem.panel_off':
		'Esta campanha não acompanha nenhum painel: deixe panel_id vazio, ou ative o painel no plano de amostragem.',
	'imports.problem.panel_code_invalid':
		'Um código de painel tem de 3 a 40 letras, algarismos, - ou _, com pelo menos uma letra e um algarismo: nunca um nome nem um número de telefone.',
	'imports.problem.panel_code_taken': 'Este código de painel já tem uma resposta nesta vaga e neste grupo.',
	'imports.problem.panel_code_repeated':
		'Este código de painel já está na linha {firstLine}: uma resposta por pessoa em cada vaga.',
	'imports.problem.extra_values': 'Esta linha tem mais valores do que o cabeçalho tem colunas.',
	'imports.problem.client_id_invalid': 'Um identificador de envio tem de 8 a 100 letras, algarismos e . _ : -',
	'imports.problem.client_id_repeated': 'A linha {firstLine} tem o mesmo identificador de envio.',
	'imports.problem.language_not_offered': 'O inquérito não é proposto nesta língua.',
	'imports.problem.language_missing': 'Falta a língua: indique-a, ou escolha uma para todo o ficheiro.',
	'imports.problem.timestamp_invalid': 'Indique uma data e uma hora no formato ISO 8601, como 2026-05-04T10:30:00Z.',
	'imports.problem.submitted_in_future': 'Esta hora está no futuro.',
	'imports.problem.started_after_submitted': 'O início é posterior ao fim.',
	'imports.problem.wave_not_link':
		'Esta linha é de uma vaga diferente da do link: importe-a pelo link da sua própria vaga e grupo (nada foi movido).',
	'imports.problem.group_not_link':
		'Esta linha é de um grupo diferente do do link: importe-a pelo link da sua própria vaga e grupo (nada foi movido).',
	'errors.csv_body_missing':
		'Não chegou nenhum ficheiro CSV: escolha um (pela API, envie-o como corpo do pedido, com «Content-Type: text/csv»).',
	'errors.csv_required': 'Envie as respostas em CSV, com «Content-Type: text/csv».',
	'errors.csv_too_large': 'Este ficheiro tem mais de 5 MB: importe-o em várias partes.',
	'errors.csv_too_many_rows':
		'Este ficheiro tem mais de 50.000 respostas (a linha {line} já passa desse limite): importe-o em várias partes de 50.000 no máximo. Nada foi importado.',
	'errors.xls_reads_busy':
		'Estão a ser lidos outros formulários Excel 97–2003 (.xls) neste momento: tente de novo daqui a um minuto, ou guarde o formulário em .xlsx.',
	'errors.csv_imports_busy': 'Estão a ser importados outros ficheiros neste momento: tente de novo daqui a um minuto.',
	'errors.csv_not_utf8': 'Este ficheiro não é texto UTF-8. Na sua folha de cálculo, guarde-o como «CSV UTF-8».',
	'errors.csv_empty': 'Este ficheiro está vazio.',
	'errors.csv_no_rows': 'Este ficheiro tem um cabeçalho, mas nenhuma resposta por baixo.',
	'errors.csv_malformed': 'Este ficheiro não pode ser lido como CSV (perto da linha {line}): verifique as aspas.',
	'errors.csv_language_required':
		'O ficheiro não tem coluna «language»: escolha a língua em que as respostas foram dadas.',
	'errors.csv_has_problems': 'O ficheiro tem problemas, por isso nada foi importado: ver «problems».',
	'errors.wave_invalid': 'A vaga é baseline, endline ou followup.',
	'errors.group_invalid': 'O grupo é exposed ou comparison.'
} satisfies Partial<Messages>;
