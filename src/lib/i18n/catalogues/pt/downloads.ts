import type { Messages } from '../../types';

export const downloads = {
	'export.xlsx': 'Descarregar as respostas (XLSX)',
	'export.xlsx_hxl': 'XLSX com uma linha de hashtags HXL',
	'export.xlsx_hint':
		'O ficheiro XLSX tem as mesmas colunas, os números como números e o dicionário de variáveis numa segunda folha; acima de um milhão de respostas, estas continuam numa folha «responses 2».',
	'export.indicators_xlsx': 'Descarregar a tabela de indicadores (XLSX)',
	'download.progress_label': 'A descarregar: {file}',
	'download.rows':
		'{rows} de {total, plural, =0 {0 linhas recebidas} one {# linha recebida} other {# linhas recebidas}}',
	'download.bytes': '{size} MB recebidos',
	'download.started': 'Transferência iniciada: {file}',
	'download.saved': 'Descarregado: {file}',
	'download.saved_rows': 'Descarregado: {file}, {rows, plural, =0 {0 linhas} one {# linha} other {# linhas}}',
	'download.cancel': 'Cancelar a transferência',
	'download.cancelled': 'A transferência foi cancelada.',
	'download.failed': 'A transferência parou antes do fim. Tente de novo.'
} satisfies Partial<Messages>;
