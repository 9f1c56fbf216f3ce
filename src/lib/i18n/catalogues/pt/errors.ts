import type { Messages } from '../../types';

export const errors = {
	'errors.field_unknown': 'Foi enviado um campo que o Mesure não conhece: verifique o nome na documentação da API.',
	'errors.nothing_to_change': 'Envie pelo menos um campo para alterar.',
	'errors.questions_none': 'Envie pelo menos uma pergunta.',
	'errors.publish_first': 'Publique primeiro o inquérito: é isso que cria os seus links.',
	'errors.followup_exists': 'Esta campanha já tem uma vaga de seguimento.',
	'errors.xlsform_too_large': 'Este ficheiro tem mais de 5 MB.',
	'errors.xlsform_unpacks_too_large':
		'Depois de descomprimido, este livro do Excel ocupa mais de 50 MB ou tem mais de 2.000 ficheiros: um XLSForm é muito mais pequeno. Guarde-o de novo a partir do seu programa de folhas de cálculo.',
	'errors.xlsform_not_workbook':
		'Isto não é um livro do Excel (.xlsx ou .xls) que se possa ler. Escolha o ficheiro XLSForm.',
	'errors.xlsform_no_survey': 'Este livro não tem nenhuma folha «survey», por isso não é um XLSForm.',
	'errors.xlsform_empty': 'A folha «survey» não tem nenhuma pergunta.',
	'errors.xlsform_codes_taken':
		'O inquérito já tem perguntas com estes nomes: {codes}. Mude-lhes o nome no formulário, ou retire-as primeiro do inquérito. Nada foi acrescentado.',
	'errors.xlsform_expression_too_long':
		'Linha {row} da folha «{sheet}»: a célula «{column}» tem mais de 10.000 caracteres, o que nenhum formulário precisa de ter. Nada foi importado: encurte-a e escolha o ficheiro de novo.',
	'errors.xlsform_expression_too_deep':
		'Linha {row} da folha «{sheet}»: a célula «{column}» tem mais de 100 níveis de parênteses encaixados, o que nenhum formulário precisa de ter. Nada foi importado: simplifique-a e escolha o ficheiro de novo.',
	'errors.invalid': 'Este valor não é válido.',
	'errors.email_invalid': 'Escreva um endereço de e-mail válido, como nome@exemplo.org.',
	'errors.email_taken': 'Já existe uma conta com este endereço de e-mail. Entre com essa conta.',
	'errors.password_required': 'Escreva a sua palavra-passe.',
	'errors.password_too_short': 'Use pelo menos 10 caracteres.',
	'errors.password_too_long': 'Use no máximo 200 caracteres.',
	'errors.password_mismatch': 'As duas novas palavras-passe não são iguais.',
	'errors.current_password_wrong': 'A palavra-passe atual está errada.',
	'errors.name_required': 'Escreva o seu nome.',
	'errors.name_too_long': 'Use no máximo 120 caracteres.',
	'errors.organisation_name_required': 'Escreva o nome da organização (pelo menos 2 caracteres).',
	'errors.organisation_name_too_long': 'Use no máximo 160 caracteres.',
	'errors.organisation_type_invalid': 'Escolha ONG ou doador.',
	'errors.role_invalid': 'Escolha uma das funções.',
	'errors.token_name_required': 'Dê um nome ao token.',
	'errors.token_name_too_long': 'Use no máximo 80 caracteres.',
	'errors.invalid_credentials': 'Este endereço de e-mail e esta palavra-passe não correspondem a nenhuma conta.',
	'errors.too_many_attempts': 'Demasiadas tentativas. Tente de novo {when}.',
	'errors.setup_done': 'Esta instância já está configurada. Entre com a sua conta.',
	'errors.setup_code_wrong':
		'Este código de configuração não é o que foi apresentado na consola onde o Mesure foi iniciado. Copie-o de novo, ou obtenha um novo com `npm run cli -- setup-code`.',
	'errors.setup_host_refused':
		'Enquanto ORIGIN não estiver definido, a configuração só responde nos endereços próprios desta máquina, não em «{host}»: abra-a em http://localhost (ou no endereço da máquina), ou defina ORIGIN.',
	'errors.organisation_name_taken':
		'Já existe uma organização com este nome (sem contar maiúsculas, acentos e espaços). Escolha outro nome, ou peça um convite ao proprietário dessa organização.',
	'errors.verify_donor_only': 'Só as organizações doadoras são verificadas.',
	'errors.share_donor_unverified':
		'Esta organização doadora ainda não foi verificada: o administrador verifica os doadores antes de ser possível partilhar resultados com eles.',
	'errors.demo_name_taken':
		'Já existe uma organização com o nome da demonstração, «{name}»: não é possível criar a demonstração nesta instância.',
	'errors.signup_closed':
		'O registo está fechado nesta instância. Peça um link de convite ao proprietário de uma organização.',
	'errors.forbidden': 'A sua função não permite fazer isto.',
	'errors.organisation_not_found': 'Esta organização não existe, ou não é membro dela.',
	'errors.member_not_found': 'Esta pessoa não é membro da organização.',
	'errors.last_owner':
		'Uma organização precisa de pelo menos um proprietário. Dê primeiro a função de proprietário a outra pessoa.',
	'errors.new_organisation_needs_owner':
		'Uma nova organização tem de começar com um proprietário: atribua a função de proprietário.',
	'errors.organisation_type_mismatch': 'Já existe uma organização com este nome, mas de outro tipo.',
	'errors.user_not_found': 'Nenhum utilizador tem o endereço de e-mail {email}.',
	'errors.campaigns_ngo_only': 'Só os proprietários e os editores de uma ONG registam campanhas.',
	'errors.campaign_closed': 'Esta campanha está encerrada: já não pode ser alterada.',
	'errors.campaign_not_found': 'Esta campanha não existe, ou não tem acesso a ela.',
	'errors.demo_exists': 'A demonstração já existe: as suas contas foram apresentadas quando foi criada.',
	'errors.share_donor_only': 'Os resultados de uma campanha só são partilhados com organizações doadoras.',
	'errors.share_not_found': 'Esta campanha não está partilhada com essa organização.',
	'errors.organisation_id_invalid': 'Indique o identificador de uma organização doadora.',
	'errors.organisation_required': 'Pertence a várias organizações: indique qual (organisationId).',
	'errors.dates_order': 'A data de fim tem de ser igual ou posterior à data de início.',
	'errors.date_invalid': 'Indique uma data no formato AAAA-MM-DD.',
	'errors.title_required': 'Dê um título à campanha (pelo menos 3 caracteres).',
	'errors.title_too_long': 'Use no máximo 200 caracteres.',
	'errors.description_too_long': 'Este texto é demasiado longo.',
	'errors.country_unknown': 'Use os códigos de país ISO 3166-1 de duas letras, como SN ou GN.',
	'errors.countries_required': 'Escolha pelo menos um país.',
	'errors.duplicates': 'A mesma entrada aparece duas vezes.',
	'errors.region_code_invalid': 'Um código de região usa letras, algarismos, - e _ (até 40).',
	'errors.region_name_required': 'Dê um nome a cada região.',
	'errors.regions_required': 'Indique pelo menos uma região onde a campanha decorre.',
	'errors.channel_unknown': 'Escolha os canais da lista.',
	'errors.channels_required': 'Escolha pelo menos um canal.',
	'errors.age_invalid': 'As idades vão de 15 a 99 anos.',
	'errors.age_range_invalid': 'A idade mínima não pode ser superior à idade máxima.',
	'errors.languages_required': 'Escolha pelo menos uma língua para os inquiridos.',
	'errors.signature_messages_count': 'Indique de 2 a 5 mensagens-chave.',
	'errors.message_required': 'Escreva a mensagem (pelo menos 3 caracteres).',
	'errors.message_too_long': 'Use no máximo 300 caracteres.',
	'errors.body_too_large':
		'O pedido é maior do que este servidor aceita: envie um ficheiro mais pequeno, ou menos respostas de cada vez.',
	'errors.invalid_json': 'O corpo do pedido não é JSON válido.',
	'errors.fields_invalid': 'Alguns campos não são válidos: veja «fields».',
	'errors.question_code_invalid': 'Um código de pergunta começa por uma letra minúscula e usa só a–z, 0–9 e _.',
	'errors.question_code_reserved':
		'Este código está reservado (pelo XLSForm, ou para as colunas dos ficheiros de respostas): escolha outro.',
	'errors.question_code_taken': 'Outra pergunta já usa este código.',
	'errors.question_type_invalid': 'Escolha um dos tipos de pergunta.',
	'errors.option_code_invalid': 'Um código de opção usa letras, algarismos, _ . e - (até 64).',
	'errors.options_required': 'Uma pergunta de escolha precisa de pelo menos 2 opções.',
	'errors.options_not_allowed': 'Só as perguntas de escolha têm opções.',
	'errors.min_above_max': 'O mínimo não pode ser superior ao máximo.',
	'errors.show_if_self': 'Uma pergunta não pode depender de si própria.',
	'errors.show_if_unknown': 'Uma pergunta só pode depender de uma pergunta do módulo base ou de uma pergunta anterior.',
	'errors.too_many_questions': 'Um inquérito tem no máximo 2.000 perguntas próprias.',
	'errors.too_many_options': 'Uma pergunta tem no máximo 5.000 opções.',
	'errors.expressions_too_costly':
		'As expressões do inquérito são demasiado longas para serem executadas em cada resposta (um filtro de opções conta uma vez por opção): encurte-as ou divida as listas longas.',
	'errors.expression_invalid':
		'Não é possível ler esta expressão: escreva-a como no XLSForm, com ${code} para uma resposta e funções como selected(), count-selected(), if() ou today().',
	'errors.expression_unknown_question':
		'Uma expressão só pode referir uma pergunta do módulo base ou uma pergunta anterior (uma restrição também pode referir a sua própria pergunta).',
	'errors.calculation_misplaced':
		'Um cálculo precisa do tipo «Calculada», e uma pergunta calculada precisa de um cálculo.',
	'errors.repeat_unknown':
		'Uma pergunta de um grupo de repetição tem de vir a seguir à pergunta do próprio grupo ou a outra pergunta do mesmo grupo.',
	'errors.repeat_nested': 'Um grupo de repetição não pode estar dentro de outro.',
	'errors.repeat_count_misplaced': 'Só um grupo de repetição pode ter um número de repetições.',
	'errors.repeat_has_members':
		'O grupo de repetição «{code}» ainda tem {count, plural, one {uma pergunta: remova-a, ou mova-a para fora do grupo,} other {# perguntas: remova-as, ou mova-as para fora do grupo,}} antes de remover o próprio grupo.',
	'errors.repeat_empty':
		'O grupo de repetição «{code}» ainda não tem perguntas: acrescente-lhe perguntas, ou remova-o, antes de publicar.',
	'errors.choice_filter_misplaced': 'Só as perguntas com opções as podem filtrar.',
	'errors.option_column_invalid':
		'As colunas extra de uma opção precisam de nomes feitos de letras, algarismos ou _ (até 20 colunas, com valores até 200 caracteres).',
	'errors.page_invalid': 'O nome de uma página tem de 1 a 64 letras, algarismos, _ . ou -, e começa por uma letra.',
	'errors.default_answer_invalid':
		'Uma resposta predefinida tem de ser uma resposta que a pergunta aceite (o código de uma opção, vários códigos separados por espaços, um número dentro dos limites, uma data como 2026-03-31), numa pergunta a que se responde: não numa ordenação, numa nota, num cálculo nem numa confirmação.',
	'errors.translations_missing':
		'{count, plural, one {Falta # tradução: preencha-a antes de publicar.} other {Faltam # traduções: preencha-as antes de publicar.}}',
	'errors.survey_changed': 'Outra pessoa alterou o inquérito ao mesmo tempo. Recarregue a página e tente de novo.',
	'errors.already_published': 'Esta versão acabou de ser publicada por outra pessoa. Recarregue a página.',
	'errors.link_not_found': 'Este link de recolha não existe.',
	'errors.nothing_to_publish': 'Nada mudou desde que a última versão foi publicada.',
	'errors.question_not_found': 'Esta pergunta não está no inquérito.',
	'errors.question_depends':
		'A pergunta «{code}» depende da resposta a «{other}», que tem de vir antes dela: altere primeiro a condição em que é mostrada.',
	'errors.option_labels_count': 'Há aqui mais linhas do que opções.',
	'errors.number_invalid': 'Indique um número, como 12 ou 2,5.',
	'errors.show_if_value_required': 'Indique a resposta que faz aparecer esta pergunta.',
	'errors.xlsform_body_missing':
		'Envie o ficheiro .xlsx como corpo do pedido, com um cabeçalho Content-Type (p. ex. application/octet-stream).',
	'errors.already_member': 'Já é membro desta organização.',
	'errors.invitation_not_found': 'Este link de convite não é válido. Peça um novo.',
	'errors.invitation_used': 'Este link de convite já foi usado. Peça um novo.',
	'errors.invitation_expired': 'Este link de convite expirou. Peça um novo.',
	'errors.token_not_found': 'Este token não existe ou já foi revogado.',
	'errors.language_unsupported': 'Esta língua não está disponível.',
	'errors.api_unauthenticated': 'Envie um token de API válido como «Authorization: Bearer <token>».',
	'errors.method_not_allowed': 'Este endereço não aceita este método.',
	'errors.page_not_found': 'Esta página não existe. Verifique o endereço, ou volte à página inicial.',
	'errors.internal': 'Algo correu mal do nosso lado. Tente de novo daqui a pouco.',
	'errors.database_unavailable': 'Não é possível aceder à base de dados neste momento. Tente de novo daqui a pouco.',
	'errors.address_unknown':
		'Este servidor não consegue saber de onde veio o seu pedido, por isso recusou-o: o proxy à frente dele não o indica. Avise o administrador do servidor, por favor.',
	'errors.too_many_public_requests':
		'Este relatório foi pedido demasiadas vezes a partir do seu endereço. Tente de novo {when}.',
	'errors.not_found_title': 'Página não encontrada',
	'errors.error_title': 'Algo correu mal',
	'errors.reference': 'Referência: {id}',
	'errors.back_home': 'Voltar à página inicial'
} satisfies Partial<Messages>;
