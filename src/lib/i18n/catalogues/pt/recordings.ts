import type { Messages } from '../../types';

export const recordings = {
	'recordings.link': 'Gravações',
	'recordings.title': 'Gravações das perguntas',
	'recordings.lead':
		'Os inquiridos que leem pouco podem ouvir cada pergunta na sua língua: aparece um botão de reprodução ao lado dela. Grave cada pergunta uma vez por língua.',
	'recordings.limits':
		'Opus, AAC (M4A) ou MP3, no máximo {size} KB e {seconds, plural, one {# segundo} other {# segundos}} cada uma.',
	'recordings.summary':
		'{count, plural, one {# gravação} other {# gravações}} para {questions, plural, one {# pergunta} other {# perguntas}} em {languages, plural, one {# língua} other {# línguas}}.',
	'recordings.read_aloud_on':
		'A leitura em voz alta está ativada: cada página do inquérito começa com um botão Ouvir que reproduz as suas gravações, uma após a outra.',
	'recordings.read_aloud_off':
		'A leitura em voz alta está desativada: cada pergunta gravada tem o seu próprio botão de reprodução.',
	'recordings.read_aloud_change': 'Alterar nas definições da campanha',
	'recordings.question': 'Pergunta {code}',
	'recordings.none': 'Ainda não gravada.',
	'recordings.details': '{seconds, plural, one {# segundo} other {# segundos}} · {size} KB · {format}',
	'recordings.listen': 'Ouvir {code} em {language}',
	'recordings.file': 'Gravação de {code} em {language}',
	'recordings.upload': 'Carregar',
	'recordings.replace': 'Substituir',
	'recordings.remove': 'Eliminar',
	'recordings.remove_label': 'Eliminar a gravação de {code} em {language}',
	'recordings.saved': 'Gravação de {code} em {language} guardada.',
	'recordings.removed': 'Gravação de {code} em {language} eliminada.',
	'recordings.problem': '{code} em {language}: {message}',
	'recordings.left_over_title': 'Gravações que já não são usadas',
	'recordings.left_over_hint':
		'A pergunta ou a língua destas gravações já não faz parte da campanha, por isso os inquiridos não as ouvem. Elimine-as, ou guarde-as para uma pergunta que voltará a acrescentar com o mesmo código.',
	'recordings.read_aloud_title': 'Leitura em voz alta',
	'recordings.read_aloud_label':
		'Começar cada página do inquérito com um botão Ouvir que reproduz as suas perguntas, uma após a outra',
	'recordings.read_aloud_hint':
		'Para inquiridos que leem pouco: um só toque reproduz as gravações das perguntas da página, uma após a outra; as perguntas sem gravação são saltadas. Grave as perguntas na página Gravações. Cada pergunta mantém o seu próprio botão de reprodução, que também funciona sem JavaScript.',
	'recordings.read_aloud_save': 'Guardar',
	'recordings.read_aloud_saved': 'Leitura em voz alta guardada.',
	'errors.recording_missing': 'Escolha um ficheiro de áudio.',
	'errors.recording_too_large':
		'Esta gravação tem mais de {size} KB: grave-a mais curta, ou exporte-a em mono com uma qualidade mais baixa (32 kbit/s chegam para uma voz).',
	'errors.recording_too_long':
		'Esta gravação dura {duration, plural, one {# segundo} other {# segundos}}: limite-a a {seconds, plural, one {# segundo} other {# segundos}}.',
	'errors.recording_type':
		'Este ficheiro não é uma gravação que o Mesure possa usar: carregue áudio Opus, AAC (M4A) ou MP3.',
	'errors.recording_unreadable': 'Não é possível ler a duração desta gravação: exporte-a novamente em MP3.',
	'errors.recording_question_unknown': 'Esta pergunta não faz parte do inquérito da campanha.',
	'errors.recording_language_unknown': 'Esta língua não é uma das línguas da campanha.',
	'errors.recording_not_found': 'Esta pergunta não tem gravação nesta língua.'
} satisfies Partial<Messages>;
