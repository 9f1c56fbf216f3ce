import type { CoreTexts } from './types';

export const texts: CoreTexts = {
	'answer.yes': 'Sí',
	'answer.no': 'No',
	'answer.true': 'Verdadero',
	'answer.false': 'Falso',
	'answer.dk': 'No sé / prefiero no responder',

	'item.C0.intro':
		'Hola. {organisation} está haciendo una encuesta para saber qué sabe la gente sobre los riesgos de viajar al extranjero sin papeles. Sus respuestas son anónimas: no le preguntamos su nombre. Usted decide si responde, y puede parar en cualquier momento.',
	'item.C0.text': '¿Acepta responder a las preguntas?',
	'item.D1.text': '¿Cuál es su sexo?',
	'option.D1.female': 'Femenino',
	'option.D1.male': 'Masculino',
	'option.D1.other_or_dk': 'Otro, o prefiero no decirlo',
	'item.D2.text': '¿Cuántos años tiene?',
	'item.D2.hint': 'Su edad en años.',
	'item.C1.text':
		'Como tiene menos de 18 años, su madre, su padre o su tutor debe estar de acuerdo. ¿Su madre, su padre o su tutor aceptó que responda a esta encuesta?',
	'item.C1.text_enumerator':
		'Para el encuestador: ¿la madre, el padre o el tutor de esta persona joven aceptó que responda a esta encuesta?',
	'item.D3.text': '¿En qué región vive?',
	'item.D4.text': '¿Cuál es el nivel más alto de escuela al que fue?',
	'option.D4.none': 'Ninguno',
	'option.D4.primary': 'Escuela primaria',
	'option.D4.secondary': 'Escuela secundaria',
	'option.D4.higher': 'Universidad u otros estudios después de la secundaria',
	'item.D5.text': '¿Alguna vez ha vivido o viajado en otro país y luego ha vuelto?',

	'item.E1.text':
		'En los últimos 3 meses, ¿ha visto u oído mensajes sobre los peligros de viajar al extranjero sin papeles?',
	'item.E2.text': '¿Dónde vio u oyó esos mensajes?',
	'item.E2.hint': 'Puede elegir más de una respuesta.',
	'option.E2.radio': 'Radio',
	'option.E2.tv': 'Televisión',
	'option.E2.social_media': 'Redes sociales (WhatsApp, Facebook, TikTok…)',
	'option.E2.community_event': 'Una reunión, un espectáculo o una obra de teatro en su comunidad',
	'option.E2.school': 'En la escuela',
	'option.E2.returnee_testimony': 'Una persona que volvió del extranjero y contó su historia',
	'option.E2.poster': 'Un cartel o una valla',
	'option.E2.other': 'En otro lugar',
	'battery.E3.text': '¿Ha oído o visto este mensaje?',
	'battery.E3.hint':
		'Aquí hay algunos mensajes cortos. Algunos pueden ser nuevos para usted. Para cada uno, diga si lo ha oído o visto antes.',

	'item.I1.text': '¿Qué tan bien informado se siente sobre los riesgos de viajar al extranjero sin papeles?',
	'scale.I1.low': 'Nada',
	'scale.I1.high': 'Muy bien',

	'battery.K.text': '¿Es verdadero o falso?',
	'battery.K.hint': 'Diga lo que piensa. Si no lo sabe, no pasa nada.',
	'item.K1.text': 'Muchas personas mueren al cruzar el desierto camino del norte de África.',
	'item.K2.text': 'Los traficantes de migrantes dicen la verdad sobre cómo será el viaje.',
	'item.K3.text':
		'Los migrantes sin papeles a menudo son encerrados en centros de detención en los países por los que pasan.',
	'item.K4.text': 'Los barcos que usan los traficantes para cruzar el mar suelen ser seguros.',
	'item.K5.text': 'Los migrantes que viajan sin papeles corren el riesgo de ser secuestrados para pedir un rescate.',
	'item.K6.text': 'Una persona que llega a Europa sin papeles puede conseguir fácilmente el derecho a trabajar allí.',
	'item.K7.text': 'Las mujeres que viajan sin papeles corren un gran riesgo de sufrir violencia sexual.',
	'item.K8.text': 'Una deuda con un traficante puede terminar en trabajo forzoso.',

	'item.A1.text':
		'¿Dónde puede conseguir información fiable sobre las formas legales de migrar o de trabajar en el extranjero?',
	'item.A1.hint': 'Puede elegir más de una respuesta.',
	'option.A1.gov_office': 'Una oficina del Estado',
	'option.A1.ngo': 'Una ONG o una asociación',
	'option.A1.un_agency': 'Una agencia de las Naciones Unidas (como la OIM)',
	'option.A1.embassy': 'Una embajada o un consulado',
	'option.A1.intermediary': 'Un intermediario',
	'option.A1.social_media_ads': 'Anuncios en las redes sociales',

	'battery.R.text': '¿Qué tan probable es que una persona como usted, si viaja al extranjero sin papeles, llegue a:',
	'item.R1.text': 'Morir en el camino',
	'item.R2.text': 'Sufrir violencia o abusos',
	'item.R3.text': 'Ser encerrada (detenida)',
	'item.R4.text': 'Ser secuestrada u obligada a pagar dinero',
	'item.R5.text': 'Ser obligada a trabajar sin pago',
	'scale.R.low': 'Muy poco probable',
	'scale.R.high': 'Muy probable',

	'item.T1.text': '¿Aconsejaría a un amigo, o a su hermano o hermana, que no viaje al extranjero sin papeles?',
	'item.M1.text': '¿Le gustaría irse a vivir a otro país?',
	'item.M2.text': '¿Piensa irse en los próximos 12 meses?',
	'item.M3.text': '¿Cómo piensa viajar?',
	'option.M3.regular': 'Con visado y papeles',
	'option.M3.irregular': 'Sin visado: por carretera o por mar, con un traficante o un «coxeur»',

	'battery.P.text': 'En los últimos 3 meses:',
	'item.P1.text': '¿Ha ahorrado dinero para viajar al extranjero?',
	'item.P2.text': '¿Ha contactado con un intermediario o un traficante?',
	'item.P3.text': '¿Ha vendido cosas suyas para pagar un viaje al extranjero?',
	'item.P4.text': '¿Ha buscado información sobre rutas para viajar al extranjero?',

	'battery.TR.text': '¿Cuánto confía en la información sobre migración que viene de:',
	'item.TR1.text': 'Personas que volvieron del extranjero',
	'item.TR2.text': 'ONG y asociaciones',
	'item.TR3.text': 'El gobierno',
	'item.TR4.text': 'La familia y los amigos',
	'item.TR5.text': 'Las redes sociales',
	'item.TR6.text': 'Intermediarios o traficantes',
	'scale.TR.low': 'Nada',
	'scale.TR.high': 'Totalmente',

	'item.S1.text': 'En el último mes, ¿ha hablado con alguien sobre los riesgos de viajar al extranjero sin papeles?',

	'end.complete': 'Gracias por sus respuestas. La encuesta ha terminado.',
	'end.refused': 'Gracias por su tiempo. La encuesta termina aquí, y sus respuestas no se guardarán.',
	'end.not_eligible': 'Gracias. Esta encuesta es solo para personas de 15 años o más, por eso termina aquí.',

	'problem.unknown_item': 'Esta pregunta no forma parte de la encuesta.',
	'problem.required': 'Por favor, responda a esta pregunta.',
	'problem.must_be_absent': 'Esta pregunta no debe tener respuesta.',
	'problem.not_an_option': 'Por favor, elija una de las respuestas propuestas.',
	'problem.dk_not_offered': '«No sé» no es una respuesta posible para esta pregunta.',
	'problem.not_an_integer': 'Por favor, escriba un número entero.',
	'problem.out_of_range': 'Por favor, escriba un número de {min} a {max}.',
	'problem.not_a_list': 'Por favor, elija una o más respuestas.',
	'problem.duplicate': 'Por favor, elija cada respuesta una sola vez.',
	'problem.dk_not_alone': 'Si elige «No sé», no elija otra respuesta.'
};
