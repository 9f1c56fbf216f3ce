import type { Messages } from '../../types';

export const errors = {
	'errors.field_unknown':
		'Se ha enviado un campo que Mesure no conoce: compruebe su nombre en la documentación de la API.',
	'errors.nothing_to_change': 'Envíe al menos un campo que cambiar.',
	'errors.questions_none': 'Envíe al menos una pregunta.',
	'errors.publish_first': 'Publique primero la encuesta: así se crean sus enlaces.',
	'errors.followup_exists': 'Esta campaña ya tiene una ola de seguimiento.',
	'errors.xlsform_too_large': 'Este archivo ocupa más de 5 MB.',
	'errors.xlsform_unpacks_too_large':
		'Este libro, una vez descomprimido, ocupa más de 50 MB o tiene más de 2000 archivos: un XLSForm es mucho más pequeño. Vuelva a guardarlo desde su programa de hojas de cálculo.',
	'errors.xlsform_not_workbook': 'No es un libro de Excel (.xlsx o .xls) que se pueda leer. Elija el archivo XLSForm.',
	'errors.xlsform_no_survey': 'Este libro no tiene ninguna hoja «survey», así que no es un XLSForm.',
	'errors.xlsform_empty': 'La hoja «survey» no tiene ninguna pregunta.',
	'errors.xlsform_codes_taken':
		'La encuesta ya tiene preguntas con los nombres {codes}: cámbieles el nombre en el formulario, o quítelas primero de la encuesta. No se ha añadido nada.',
	'errors.xlsform_expression_too_long':
		'Fila {row} de la hoja «{sheet}»: su celda «{column}» tiene más de 10.000 caracteres, algo que ningún formulario necesita. No se ha importado nada: acórtela y vuelva a elegir el archivo.',
	'errors.xlsform_expression_too_deep':
		'Fila {row} de la hoja «{sheet}»: su celda «{column}» anida más de 100 niveles de paréntesis, algo que ningún formulario necesita. No se ha importado nada: simplifíquela y vuelva a elegir el archivo.',
	'errors.invalid': 'Este valor no es válido.',
	'errors.email_invalid': 'Escriba una dirección de correo electrónico válida, como nombre@ejemplo.org.',
	'errors.email_taken': 'Ya hay una cuenta con esta dirección de correo electrónico. Inicie sesión con ella.',
	'errors.password_required': 'Escriba su contraseña.',
	'errors.password_too_short': 'Use al menos 10 caracteres.',
	'errors.password_too_long': 'Use como máximo 200 caracteres.',
	'errors.password_mismatch': 'Las dos contraseñas nuevas no coinciden.',
	'errors.current_password_wrong': 'La contraseña actual no es correcta.',
	'errors.name_required': 'Escriba su nombre.',
	'errors.name_too_long': 'Use como máximo 120 caracteres.',
	'errors.organisation_name_required': 'Escriba el nombre de la organización (al menos 2 caracteres).',
	'errors.organisation_name_too_long': 'Use como máximo 160 caracteres.',
	'errors.organisation_type_invalid': 'Elija ONG o donante.',
	'errors.role_invalid': 'Elija uno de los roles.',
	'errors.token_name_required': 'Dé un nombre al token.',
	'errors.token_name_too_long': 'Use como máximo 80 caracteres.',
	'errors.invalid_credentials':
		'Esta dirección de correo electrónico y esta contraseña no corresponden a ninguna cuenta.',
	'errors.too_many_attempts': 'Demasiados intentos. Vuelva a intentarlo {when}.',
	'errors.setup_done': 'Esta instancia ya está configurada. Inicie sesión.',
	'errors.setup_code_wrong':
		'Este código de configuración no es el que aparece en la consola donde se inició Mesure. Cópielo de nuevo u obtenga uno nuevo con `npm run cli -- setup-code`.',
	'errors.setup_host_refused':
		'Mientras no se defina ORIGIN, la configuración solo responde en las direcciones propias de esta máquina, no en «{host}»: ábrala en http://localhost (o en la dirección de la máquina), o defina ORIGIN.',
	'errors.organisation_name_taken':
		'Ya hay una organización con este nombre (sin tener en cuenta mayúsculas, tildes ni espacios). Elija otro nombre o pida una invitación a su propietario.',
	'errors.verify_donor_only': 'Solo se verifican las organizaciones donantes.',
	'errors.share_donor_unverified':
		'Esta organización donante todavía no está verificada: el administrador verifica a los donantes antes de que se pueda compartir con ellos.',
	'errors.demo_name_taken':
		'Ya hay una organización con el nombre de la demostración, «{name}»: no se puede crear la demostración en esta instancia.',
	'errors.signup_closed':
		'El registro está cerrado en esta instancia. Pida un enlace de invitación al propietario de una organización.',
	'errors.forbidden': 'Su rol no permite hacer esto.',
	'errors.organisation_not_found': 'Esta organización no existe, o usted no es miembro de ella.',
	'errors.member_not_found': 'Esta persona no es miembro de la organización.',
	'errors.last_owner': 'Una organización necesita al menos un propietario. Primero nombre propietario a otra persona.',
	'errors.new_organisation_needs_owner':
		'Una organización nueva debe empezar con un propietario: asigne el rol de propietario.',
	'errors.organisation_type_mismatch': 'Ya existe una organización con este nombre, pero de otro tipo.',
	'errors.user_not_found': 'Ningún usuario tiene la dirección de correo electrónico {email}.',
	'errors.campaigns_ngo_only': 'Solo los propietarios y editores de una ONG registran campañas.',
	'errors.campaign_closed': 'Esta campaña está cerrada: ya no se puede modificar.',
	'errors.campaign_not_found': 'Esta campaña no existe, o no tiene permiso para verla.',
	'errors.demo_exists': 'La demostración ya existe: sus cuentas se mostraron al crearla.',
	'errors.share_donor_only': 'Los resultados de una campaña solo se comparten con organizaciones donantes.',
	'errors.share_not_found': 'Esta campaña no está compartida con esa organización.',
	'errors.organisation_id_invalid': 'Indique el identificador de una organización donante.',
	'errors.organisation_required': 'Pertenece a varias organizaciones: indique cuál (organisationId).',
	'errors.dates_order': 'La fecha de fin debe ser igual o posterior a la fecha de inicio.',
	'errors.date_invalid': 'Indique la fecha en el formato AAAA-MM-DD.',
	'errors.title_required': 'Dé un título a la campaña (al menos 3 caracteres).',
	'errors.title_too_long': 'Use como máximo 200 caracteres.',
	'errors.description_too_long': 'Este texto es demasiado largo.',
	'errors.country_unknown': 'Use códigos de país ISO 3166-1 de dos letras, como SN o GN.',
	'errors.countries_required': 'Elija al menos un país.',
	'errors.duplicates': 'La misma entrada aparece dos veces.',
	'errors.region_code_invalid': 'Un código de región usa letras, cifras, - y _ (hasta 40).',
	'errors.region_name_required': 'Dé un nombre a cada región.',
	'errors.regions_required': 'Indique al menos una región donde se desarrolle la campaña.',
	'errors.channel_unknown': 'Elija los canales de la lista.',
	'errors.channels_required': 'Elija al menos un canal.',
	'errors.age_invalid': 'Las edades van de 15 a 99 años.',
	'errors.age_range_invalid': 'La edad mínima no debe superar la máxima.',
	'errors.languages_required': 'Elija al menos un idioma para las personas encuestadas.',
	'errors.signature_messages_count': 'Indique de 2 a 5 mensajes clave.',
	'errors.message_required': 'Escriba el mensaje (al menos 3 caracteres).',
	'errors.message_too_long': 'Use como máximo 300 caracteres.',
	'errors.body_too_large':
		'La solicitud supera lo que acepta este servidor: envíe un archivo más pequeño, o menos respuestas a la vez.',
	'errors.invalid_json': 'El cuerpo de la solicitud no es un JSON válido.',
	'errors.fields_invalid': 'Algunos campos no son válidos: vea «fields».',
	'errors.question_code_invalid': 'Un código de pregunta empieza por una letra minúscula y solo usa a–z, 0–9 y _.',
	'errors.question_code_reserved':
		'Este código está reservado (por XLSForm, o para las columnas de los archivos de respuestas): elija otro.',
	'errors.question_code_taken': 'Otra pregunta ya usa este código.',
	'errors.question_type_invalid': 'Elija uno de los tipos de pregunta.',
	'errors.option_code_invalid': 'Un código de opción usa letras, cifras, _ . y - (hasta 64).',
	'errors.options_required': 'Una pregunta de selección necesita al menos 2 opciones.',
	'errors.options_not_allowed': 'Solo las preguntas de selección tienen opciones.',
	'errors.min_above_max': 'El mínimo no debe superar el máximo.',
	'errors.show_if_self': 'Una pregunta no puede depender de sí misma.',
	'errors.show_if_unknown':
		'Una pregunta solo puede depender de una pregunta del módulo básico o de una pregunta anterior.',
	'errors.too_many_questions': 'Una encuesta tiene como máximo 2000 preguntas propias.',
	'errors.too_many_options': 'Una pregunta tiene como máximo 5000 opciones.',
	'errors.expressions_too_costly':
		'Las expresiones de la encuesta son demasiado largas para ejecutarse en cada respuesta (un filtro de opciones cuenta una vez por opción): acórtelas o divida las listas largas.',
	'errors.expression_invalid':
		'No se puede leer esta expresión: escríbala como en XLSForm, con ${code} para una respuesta y funciones como selected(), count-selected(), if() o today().',
	'errors.expression_unknown_question':
		'Una expresión solo puede nombrar una pregunta del módulo básico o una pregunta anterior (una restricción también puede nombrar su propia pregunta).',
	'errors.calculation_misplaced':
		'Un cálculo necesita el tipo «calculada», y una pregunta calculada necesita un cálculo.',
	'errors.repeat_unknown':
		'Una pregunta de un grupo de repetición debe ir después de la pregunta del propio grupo o de otra pregunta del mismo grupo.',
	'errors.repeat_nested': 'Un grupo de repetición no puede estar dentro de otro.',
	'errors.repeat_count_misplaced': 'Solo un grupo de repetición puede tener un número de repeticiones.',
	'errors.repeat_has_members':
		'El grupo de repetición «{code}» todavía tiene {count, plural, one {una pregunta} other {# preguntas}}: {count, plural, one {elimínela o sáquela} other {elimínelas o sáquelas}} del grupo antes de eliminar el propio grupo.',
	'errors.repeat_empty':
		'El grupo de repetición «{code}» todavía no tiene ninguna pregunta: añádale sus preguntas, o elimínelo, antes de publicar.',
	'errors.choice_filter_misplaced': 'Solo las preguntas con opciones pueden filtrarlas.',
	'errors.option_column_invalid':
		'Las columnas adicionales de una opción necesitan nombres de letras, cifras o _ (hasta 20 columnas, con valores de hasta 200 caracteres).',
	'errors.page_invalid': 'El nombre de una página tiene de 1 a 64 letras, cifras, _ . o -, y empieza por una letra.',
	'errors.default_answer_invalid':
		'Una respuesta predeterminada debe ser una que la pregunta admita (el código de una opción, varios códigos separados por espacios si se eligen varias, un número dentro de su rango, una fecha como 2026-03-31), y para una pregunta que se responde: no una ordenación, una nota, un cálculo ni una confirmación.',
	'errors.translations_missing':
		'{count, plural, one {Falta # traducción} other {Faltan # traducciones}}: {count, plural, one {complétela} other {complételas}} antes de publicar.',
	'errors.survey_changed':
		'Otra persona ha modificado la encuesta al mismo tiempo. Vuelva a cargar la página e inténtelo de nuevo.',
	'errors.already_published': 'Otra persona acaba de publicar esta versión. Vuelva a cargar la página.',
	'errors.link_not_found': 'Este enlace de recogida no existe.',
	'errors.nothing_to_publish': 'No ha cambiado nada desde que se publicó la última versión.',
	'errors.question_not_found': 'Esta pregunta no está en la encuesta.',
	'errors.question_depends':
		'La pregunta «{code}» depende de la respuesta a «{other}», que debe ir antes: cambie primero su condición para mostrarla.',
	'errors.option_labels_count': 'Aquí hay más líneas que opciones.',
	'errors.number_invalid': 'Indique un número, como 12 o 2,5.',
	'errors.show_if_value_required': 'Indique la respuesta que hace que se muestre esta pregunta.',
	'errors.xlsform_body_missing':
		'Envíe el archivo .xlsx como cuerpo de la solicitud, con un encabezado Content-Type (por ejemplo, application/octet-stream).',
	'errors.already_member': 'Ya es miembro de esta organización.',
	'errors.invitation_not_found': 'Este enlace de invitación no es válido. Pida uno nuevo.',
	'errors.invitation_used': 'Este enlace de invitación ya se ha usado. Pida uno nuevo.',
	'errors.invitation_expired': 'Este enlace de invitación ha caducado. Pida uno nuevo.',
	'errors.token_not_found': 'Este token no existe o ya se revocó.',
	'errors.language_unsupported': 'Este idioma no está disponible.',
	'errors.api_unauthenticated': 'Envíe un token de API válido como «Authorization: Bearer <token>».',
	'errors.method_not_allowed': 'Esta dirección no acepta este método.',
	'errors.page_not_found': 'Esta página no existe. Compruebe la dirección o vuelva a la página de inicio.',
	'errors.internal': 'Algo ha salido mal por nuestra parte. Vuelva a intentarlo dentro de un momento.',
	'errors.database_unavailable':
		'No se puede acceder a la base de datos en este momento. Vuelva a intentarlo dentro de un momento.',
	'errors.address_unknown':
		'Este servidor no puede saber de dónde viene su solicitud, así que la ha rechazado: el proxy que tiene delante no lo indica. Avise a su administrador, por favor.',
	'errors.too_many_public_requests':
		'Este informe se ha solicitado demasiadas veces desde su dirección. Vuelva a intentarlo {when}.',
	'errors.not_found_title': 'Página no encontrada',
	'errors.error_title': 'Algo ha salido mal',
	'errors.reference': 'Referencia: {id}',
	'errors.back_home': 'Volver a la página de inicio'
} satisfies Partial<Messages>;
