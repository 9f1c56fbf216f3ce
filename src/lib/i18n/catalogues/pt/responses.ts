import type { Messages } from '../../types';

export const responses = {
	'errors.too_many_responses':
		'Chegaram demasiadas respostas deste endereço em pouco tempo. Aguarde alguns minutos e envie de novo.',
	'errors.survey_version_unknown': 'Esta campanha não tem nenhuma versão publicada do inquérito com este número.',
	'errors.submitted_in_future': 'submittedAt está no futuro: verifique o relógio do dispositivo.',
	'errors.started_after_submitted': 'startedAt não pode ser posterior a submittedAt.',
	'errors.language_not_offered': 'A campanha não propõe esta língua aos inquiridos.',
	'errors.collect_sign_in':
		'Este link destina-se aos entrevistadores da organização: inicie sessão (ou envie um token de API) primeiro.',
	'errors.collect_forbidden':
		'Só os entrevistadores, editores e proprietários da organização podem recolher respostas por este link.',
	'errors.link_closed': 'Este link de recolha está fechado: as suas datas já terminaram, ou a campanha está encerrada.',
	'errors.link_not_open': 'Este link de recolha ainda não está aberto.',
	'errors.timestamp_invalid': 'Indique uma data e uma hora no formato ISO 8601, como 2026-05-04T10:30:00Z.',
	'errors.answer_invalid': 'Uma resposta é um código, um número, uma lista de códigos ou null.',
	'errors.client_id_invalid': 'clientId tem de 8 a 100 letras, algarismos e . _ : - (por exemplo, um UUID).',
	'errors.answers_required': 'Envie as respostas como um objeto cujas chaves são os códigos de resposta.',
	'errors.json_required': 'Envie a resposta em JSON, com «Content-Type: application/json».',
	'errors.answers_invalid': 'Algumas respostas não são válidas: ver «fields».',
	'export.title': 'Transferências',
	'export.hint':
		'Todas as respostas num ficheiro CSV (UTF-8, abre no Excel): uma coluna por código de resposta, listas separadas por espaços, com a versão do inquérito, a vaga, o grupo, a língua e o modo. Cada transferência fica registada para os proprietários da organização.',
	'export.csv': 'Descarregar as respostas (CSV)',
	'export.csv_semicolon':
		'CSV com ; e uma coluna 0/1 por opção (Excel configurado para francês, português ou espanhol)',
	'export.csv_labels': 'CSV com os rótulos das respostas ({language})',
	'errors.csv_separator_unknown': 'O separador é comma (vírgula) ou semicolon (ponto e vírgula).',
	'errors.csv_multiple_unknown':
		'Uma escolha múltipla é exportada como list (os seus códigos numa só coluna) ou columns (uma coluna 0/1 por opção).',
	'errors.csv_labels_language': 'A língua dos rótulos tem de ser uma das línguas da campanha.',
	'export.indicators_csv': 'Descarregar a tabela de indicadores (CSV)',
	'codebook.client_id': 'Identificador de envio: um por resposta, o mesmo em cada nova tentativa',
	'codebook.survey_version': 'Número da versão do inquérito respondida',
	'codebook.wave': 'Vaga: baseline, endline ou followup',
	'codebook.group': 'Grupo: exposed ou comparison',
	'codebook.language': 'Língua em que o inquirido respondeu',
	'codebook.mode': 'Modo: self (o próprio inquirido) ou enumerator (uma entrevista)',
	'codebook.started_at': 'Quando o inquirido começou (ISO 8601)',
	'codebook.submitted_at': 'Quando as respostas foram enviadas (ISO 8601)',
	'codebook.cluster': 'Código do conglomerado declarado (aldeia, bairro) onde a resposta foi recolhida',
	'codebook.stratum': 'Estrato desse conglomerado',
	'codebook.weight': 'Peso amostral: o da própria resposta, senão o do seu conglomerado; vazio para 1',
	'codebook.panel_id': 'Código de painel que liga as respostas de uma mesma pessoa de uma vaga para outra (pseudónimo)',
	'codebook.review_state':
		'Estado em que a revisão da equipa deixou a resposta: received, approved, has_issues ou rejected (uma resposta rejeitada não conta em nenhum indicador)',
	'export.codebook_csv': 'Descarregar o dicionário de variáveis (CSV)',
	'export.csv_hxl': 'Com uma linha de hashtags HXL',
	'export.csv_one_line':
		'CSV para SPSS: uma linha por resposta (quebras de linha nas respostas substituídas por espaços)',
	'export.spss': 'Sintaxe SPSS com os rótulos (.sps, lê o CSV para SPSS)',
	'export.stata': 'Do-file Stata com os rótulos (.do, lê o CSV)',
	'export.syntax_reads':
		'Lê {file}, as respostas de «{title}» em CSV, com os rótulos em {language}. Coloque os dois ficheiros na mesma pasta (ou escreva abaixo o caminho completo do ficheiro CSV) e execute este ficheiro a partir dessa pasta.',
	'export.syntax_one_line':
		'O SPSS lê uma linha por resposta: descarregue o CSV para SPSS (quebras de linha nas respostas substituídas por espaços) em {path}',
	'export.option_chosen': 'Escolhida',
	'export.option_not_chosen': 'Não escolhida',
	'errors.repeat_export_unknown': 'A campanha não tem nenhum grupo de repetição com esse código.',
	'codebook._index': 'Linha da ocorrência no ficheiro deste grupo de repetição (a partir de 1)',
	'codebook._parent_index': 'client_id da resposta a que a ocorrência pertence (a sua linha no ficheiro das respostas)',
	'codebook._parent_table_name': 'O ficheiro onde está a resposta da ocorrência: responses',
	'export.repeat_csv': 'Grupo de repetição {code}: uma linha por ocorrência (CSV)',
	'export.syntax_main_only':
		'Lê apenas o ficheiro das respostas: cada grupo de repetição ({groups}) tem o seu próprio ficheiro, uma linha por ocorrência, cujo _parent_index é o client_id da respetiva resposta.',
	'errors.csv_breaks_unknown':
		'As quebras de linha são keep (mantidas tal como estão) ou space (substituídas por espaços).'
} satisfies Partial<Messages>;
