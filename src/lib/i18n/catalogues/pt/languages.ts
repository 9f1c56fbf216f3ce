import type { Messages } from '../../types';

export const languages = {
	'languages.title': 'Traduzir para {language}',
	'languages.lead':
		'Cada texto aparece ao lado do mesmo texto em {reference}. Mantenha as palavras entre chavetas tal como estão: a página de cada inquirido preenche-as. Os códigos de resposta não mudam, por isso os indicadores continuam comparáveis com os de todas as outras campanhas.',
	'languages.reference': 'Apresentado ao lado',
	'languages.show': 'Mostrar',
	'languages.section_core': 'As perguntas padrão (módulo base)',
	'languages.section_pages': 'O que dizem as páginas dos inquiridos',
	'languages.section_campaign': 'As mensagens e as perguntas da campanha',
	'languages.missing_count':
		'{count, plural, =0 {Todos os textos estão traduzidos.} one {Ainda há # texto por traduzir.} other {Ainda há # textos por traduzir.}}',
	'languages.save': 'Guardar as traduções',
	'languages.saved': 'Traduções guardadas.',
	'languages.sheet_title': 'Trabalhar numa folha de cálculo',
	'languages.sheet_lead':
		'Descarregue os textos numa folha ao estilo XLSForm, com uma coluna «label::» por língua, preencha as células vazias em {language} e depois carregue a folha aqui. Mantenha todas as linhas e a coluna «key» tal como estão.',
	'languages.sheet_download': 'Descarregar a folha (XLSX)',
	'languages.sheet_file': 'Folha traduzida',
	'languages.sheet_import': 'Importar as traduções',
	'languages.sheet_imported': '{count, plural, one {# texto importado.} other {# textos importados.}}',
	'languages.by_campaign': 'traduzido pela campanha',
	'languages.translate_into': 'Traduzir para {language}',
	'languages.added_label': 'Outras línguas, pelos seus códigos',
	'languages.added_hint':
		'O Mesure apresenta cada texto nas cinco línguas acima. Para outras línguas, indique os seus códigos (wo, bm, ff, ha, snk, mnk ou qualquer código BCP 47), separados por vírgulas: a campanha traduz o inquérito para essas línguas antes de o publicar.',
	'errors.languages_too_many': 'Uma campanha propõe no máximo 12 línguas.',
	'errors.language_not_in_campaign':
		'Esta campanha não propõe esta língua. Acrescente-a primeiro às línguas da campanha.',
	'errors.translation_keys_unknown':
		'{count, plural, one {Este texto não faz} other {Estes textos não fazem}} parte deste inquérito: {keys}. Nada foi guardado.',
	'errors.translation_too_long': '«{key}» tem mais de 2.000 caracteres. Nada foi guardado.',
	'errors.translation_placeholders':
		'«{key}» tem de manter {placeholders} exatamente como estão escritos: a página de cada inquirido preenche-os. Nada foi guardado.',
	'errors.translation_sheet_invalid':
		'Esta folha não tem coluna «key» nem coluna «label::» para esta língua. Descarregue a folha de novo e preencha-a.',
	'errors.translation_sheet_missing_rows':
		'{count, plural, one {Falta # texto} other {Faltam # textos}} na folha, por exemplo «{first}». Descarregue a folha de novo e mantenha todas as linhas. Nada foi guardado.',
	'errors.translation_sheet_extra_rows':
		'{count, plural, one {Uma linha refere um texto} other {# linhas referem textos}} que este inquérito não tem: {keys}. Nada foi guardado.'
} satisfies Partial<Messages>;
