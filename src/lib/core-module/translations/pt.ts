import type { CoreTexts } from './types';

export const texts: CoreTexts = {
	'answer.yes': 'Sim',
	'answer.no': 'Não',
	'answer.true': 'Verdadeiro',
	'answer.false': 'Falso',
	'answer.dk': 'Não sei / prefiro não responder',

	'item.C0.intro':
		'Olá. {organisation} está a fazer um inquérito para saber o que as pessoas sabem sobre os riscos de viajar para o estrangeiro sem documentos. As suas respostas são anónimas: não perguntamos o seu nome. Responder é uma escolha sua, e pode parar a qualquer momento.',
	'item.C0.text': 'Aceita responder às perguntas?',
	'item.D1.text': 'Qual é o seu sexo?',
	'option.D1.female': 'Feminino',
	'option.D1.male': 'Masculino',
	'option.D1.other_or_dk': 'Outro, ou prefiro não dizer',
	'item.D2.text': 'Que idade tem?',
	'item.D2.hint': 'A sua idade em anos.',
	'item.C1.text':
		'Como tem menos de 18 anos, um dos pais ou um tutor tem de concordar. Um dos seus pais ou o seu tutor concordou que responda a este inquérito?',
	'item.C1.text_enumerator':
		'Para o entrevistador: um dos pais ou o tutor deste jovem concordou que ele ou ela responda a este inquérito?',
	'item.D3.text': 'Em que região vive?',
	'item.D4.text': 'Qual é o nível mais alto de escola que frequentou?',
	'option.D4.none': 'Nenhum',
	'option.D4.primary': 'Escola primária',
	'option.D4.secondary': 'Escola secundária',
	'option.D4.higher': 'Universidade ou outros estudos depois do secundário',
	'item.D5.text': 'Já viveu ou viajou noutro país e depois voltou?',

	'item.E1.text':
		'Nos últimos 3 meses, viu ou ouviu mensagens sobre os perigos de viajar para o estrangeiro sem documentos?',
	'item.E2.text': 'Onde viu ou ouviu essas mensagens?',
	'item.E2.hint': 'Pode escolher mais do que uma resposta.',
	'option.E2.radio': 'Rádio',
	'option.E2.tv': 'Televisão',
	'option.E2.social_media': 'Redes sociais (WhatsApp, Facebook, TikTok…)',
	'option.E2.community_event': 'Uma reunião, espetáculo ou peça de teatro na sua comunidade',
	'option.E2.school': 'Na escola',
	'option.E2.returnee_testimony': 'Uma pessoa que voltou do estrangeiro e contou a sua história',
	'option.E2.poster': 'Um cartaz ou painel',
	'option.E2.other': 'Noutro lugar',
	'battery.E3.text': 'Já ouviu ou viu esta mensagem?',
	'battery.E3.hint':
		'Aqui estão algumas mensagens curtas. Algumas podem ser novas para si. Para cada uma, diga se já a ouviu ou viu antes.',

	'item.I1.text': 'Até que ponto se sente bem informado sobre os riscos de viajar para o estrangeiro sem documentos?',
	'scale.I1.low': 'Nada',
	'scale.I1.high': 'Muito bem',

	'battery.K.text': 'Isto é verdadeiro ou falso?',
	'battery.K.hint': 'Diga o que pensa. Se não souber, não faz mal.',
	'item.K1.text': 'Muitas pessoas morrem ao atravessar o deserto a caminho do Norte de África.',
	'item.K2.text': 'Os passadores dizem a verdade sobre como vai ser a viagem.',
	'item.K3.text':
		'Os migrantes sem documentos são muitas vezes fechados em centros de detenção nos países por onde passam.',
	'item.K4.text': 'Os barcos que os passadores usam para atravessar o mar são geralmente seguros.',
	'item.K5.text': 'Os migrantes que viajam sem documentos correm o risco de ser raptados para pedir um resgate.',
	'item.K6.text': 'Uma pessoa que chega à Europa sem documentos consegue facilmente o direito de trabalhar lá.',
	'item.K7.text': 'As mulheres que viajam sem documentos correm um grande risco de violência sexual.',
	'item.K8.text': 'Uma dívida a um passador pode acabar em trabalho forçado.',

	'item.A1.text':
		'Onde pode encontrar informação fiável sobre as formas legais de migrar ou de trabalhar no estrangeiro?',
	'item.A1.hint': 'Pode escolher mais do que uma resposta.',
	'option.A1.gov_office': 'Um serviço do Estado',
	'option.A1.ngo': 'Uma ONG ou associação',
	'option.A1.un_agency': 'Uma agência das Nações Unidas (como a OIM)',
	'option.A1.embassy': 'Uma embaixada ou consulado',
	'option.A1.intermediary': 'Um intermediário',
	'option.A1.social_media_ads': 'Anúncios nas redes sociais',

	'battery.R.text': 'Qual é a probabilidade de uma pessoa como você, ao viajar para o estrangeiro sem documentos:',
	'item.R1.text': 'Morrer no caminho',
	'item.R2.text': 'Sofrer violência ou abusos',
	'item.R3.text': 'Ser presa (detida)',
	'item.R4.text': 'Ser raptada ou obrigada a pagar dinheiro',
	'item.R5.text': 'Ser obrigada a trabalhar sem pagamento',
	'scale.R.low': 'Muito pouco provável',
	'scale.R.high': 'Muito provável',

	'item.T1.text':
		'Aconselharia um amigo, ou o seu irmão ou a sua irmã, a não viajar para o estrangeiro sem documentos?',
	'item.M1.text': 'Gostaria de ir viver para outro país?',
	'item.M2.text': 'Pensa partir nos próximos 12 meses?',
	'item.M3.text': 'Como pensa viajar?',
	'option.M3.regular': 'Com visto e documentos',
	'option.M3.irregular': 'Sem visto: por estrada ou por mar, com um passador ou um «coxeur»',

	'battery.P.text': 'Nos últimos 3 meses:',
	'item.P1.text': 'Poupou dinheiro para viajar para o estrangeiro?',
	'item.P2.text': 'Contactou um intermediário ou um passador?',
	'item.P3.text': 'Vendeu coisas suas para pagar uma viagem para o estrangeiro?',
	'item.P4.text': 'Procurou informação sobre rotas para viajar para o estrangeiro?',

	'battery.TR.text': 'Quanto confia na informação sobre migração que vem de:',
	'item.TR1.text': 'Pessoas que voltaram do estrangeiro',
	'item.TR2.text': 'ONG e associações',
	'item.TR3.text': 'O governo',
	'item.TR4.text': 'Família e amigos',
	'item.TR5.text': 'Redes sociais',
	'item.TR6.text': 'Intermediários ou passadores',
	'scale.TR.low': 'Nada',
	'scale.TR.high': 'Totalmente',

	'item.S1.text': 'No último mês, falou com alguém sobre os riscos de viajar para o estrangeiro sem documentos?',

	'end.complete': 'Obrigado pelas suas respostas. O inquérito terminou.',
	'end.refused': 'Obrigado pelo seu tempo. O inquérito termina aqui, e as suas respostas não serão guardadas.',
	'end.not_eligible': 'Obrigado. Este inquérito é só para pessoas com 15 anos ou mais, por isso termina aqui.',

	'problem.unknown_item': 'Esta pergunta não faz parte do inquérito.',
	'problem.required': 'Por favor, responda a esta pergunta.',
	'problem.must_be_absent': 'Esta pergunta não deve ter resposta.',
	'problem.not_an_option': 'Por favor, escolha uma das respostas propostas.',
	'problem.dk_not_offered': '«Não sei» não é uma resposta possível a esta pergunta.',
	'problem.not_an_integer': 'Por favor, indique um número inteiro.',
	'problem.out_of_range': 'Por favor, indique um número de {min} a {max}.',
	'problem.not_a_list': 'Por favor, escolha uma ou mais respostas.',
	'problem.duplicate': 'Por favor, escolha cada resposta só uma vez.',
	'problem.dk_not_alone': 'Se escolher «Não sei», não escolha outra resposta.'
};
