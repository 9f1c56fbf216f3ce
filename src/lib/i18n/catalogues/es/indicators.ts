import type { Messages } from '../../types';

export const indicators = {
	'indicator.EXP1.name': 'Recuerdo de la campaña',
	'indicator.EXP0.name': 'Recuerdo del mensaje placebo',
	'indicator.INF1.name': 'Se siente bien informado',
	'indicator.KNW1.name': 'Conoce los riesgos',
	'indicator.KNW1M.name': 'Puntuación de conocimiento de los riesgos',
	'indicator.KNW2.name': 'Conoce una fuente fiable sobre la migración legal',
	'indicator.RSK1.name': 'Riesgo percibido',
	'indicator.ATT1.name': 'Desaconsejaría el viaje irregular',
	'indicator.INT1.name': 'Tiene intención de migrar de forma irregular',
	'indicator.INT2.name': 'Se prepara para irse',
	'indicator.TRU1.name': 'Confía en fuentes fiables',
	'indicator.TRU2.name': 'Confía en la información de los traficantes',
	'indicator.SHR1.name': 'Habla de los riesgos',
	'sentence.group.exposed': 'el grupo expuesto',
	'sentence.group.comparison': 'el grupo de comparación',
	'sentence.points': '{value, plural, one {# punto} other {# puntos}}',
	'sentence.change_up':
		'{indicator}: sube de {from} a {to} en {group}, un cambio de {change} (intervalo del 95 %: de {low} a {high}).',
	'sentence.change_down':
		'{indicator}: baja de {from} a {to} en {group}, un cambio de {change} (intervalo del 95 %: de {low} a {high}).',
	'sentence.change_unclear':
		'{indicator}: de {from} a {to} en {group}. El cambio, {change} (intervalo del 95 %: de {low} a {high}), no supera lo que podría producir el azar por sí solo.',
	'sentence.change_suppressed':
		'{indicator} en {group}: respuestas insuficientes (menos de 25 en una ola) para saber cómo ha cambiado.',
	'sentence.change_hidden':
		'{indicator} en {group}: no se muestra, para que las respuestas de un grupo pequeño no puedan deducirse de las demás cifras.',
	'sentence.impact_clear':
		'{indicator}: frente al grupo de comparación, el impacto estimado de la campaña es de {impact} (intervalo del 95 %: de {low} a {high}).',
	'sentence.impact_unclear':
		'{indicator}: frente al grupo de comparación, el impacto estimado, {impact} (intervalo del 95 %: de {low} a {high}), no se distingue de la ausencia de impacto.',
	'sentence.impact_suppressed':
		'{indicator}: respuestas insuficientes (menos de 25 en una celda) para estimar el impacto de la campaña.',
	'sentence.impact_hidden':
		'{indicator}: el impacto no se muestra, para que las respuestas de un grupo pequeño no puedan deducirse de las demás cifras.',
	'flag.placebo_recall_high':
		'El {share} ({count, plural, one {# persona encuestada} other {# personas encuestadas}}) dice haber oído el mensaje placebo, que la campaña nunca usó: las respuestas pueden no ser fiables.',
	'flag.placebo_recall_high_share':
		'El {share} dice haber oído el mensaje placebo, que la campaña nunca usó: las respuestas pueden no ser fiables.',
	'flag.placebo_recall_high_beyond':
		'Más del {limit} dice haber oído el mensaje placebo, que la campaña nunca usó: las respuestas pueden no ser fiables.',
	'flag.sample_mix_sex':
		'La distribución por sexo difiere hasta en {points} respecto a la línea de base: un cambio puede deberse a quién se entrevistó.',
	'flag.sample_mix_age_band':
		'La distribución por edad difiere hasta en {points} respecto a la línea de base: un cambio puede deberse a quién se entrevistó.',
	'flag.sample_mix_sex_beyond':
		'La distribución por sexo difiere en más de {limit} respecto a la línea de base: un cambio puede deberse a quién se entrevistó.',
	'flag.sample_mix_age_band_beyond':
		'La distribución por edad difiere en más de {limit} respecto a la línea de base: un cambio puede deberse a quién se entrevistó.',
	'flag.retention_low':
		'Menos del {limit} de los miembros del panel de la línea de base se volvieron a encontrar en la línea final: las personas perdidas pueden diferir de las que siguieron, y con ellas también el cambio.',
	'flag.retention_differs':
		'La retención difiere entre los grupos en más de {limit}: una atrición desigual puede simular u ocultar un impacto.',
	'flag.quick_responses':
		'{count, plural, one {# respuesta ({share}) se completó} other {# respuestas ({share}) se completaron}} en menos de 2 minutos.',
	'flag.quick_responses_most': 'Casi todas las respuestas se completaron en menos de 2 minutos.',
	'errors.plan_cluster_size_invalid':
		'El tamaño de un conglomerado es un número entero de personas encuestadas, de 1 a 1000.',
	'errors.plan_icc_invalid': 'Una correlación intraconglomerado está entre 0 y 1, como 0,05.',
	'errors.plan_deff_with_clusters':
		'Indique un efecto de diseño, o bien las personas encuestadas por conglomerado y la correlación intraconglomerado que lo determinan, pero no ambas cosas.',
	'errors.plan_cluster_pair':
		'Indique tanto las personas encuestadas por conglomerado como la correlación intraconglomerado, o ninguna de las dos.',
	'errors.dimension_unknown': 'Desagregue por sex, age_band, region, education, returnee, exposure o intention.',
	'errors.indicator_unknown': 'Elija un indicador del módulo básico, como KNW1.',
	'errors.campaign_id_invalid': 'Un identificador de campaña tiene 24 caracteres: letras minúsculas a–z y cifras 2–7.',
	'errors.campaigns_too_many': 'Compare como máximo 500 campañas a la vez.',
	'compare.excluded.not_found': 'Esta campaña no existe, o no tiene permiso para verla.',
	'compare.excluded.one_wave':
		'Su grupo expuesto solo tiene respuestas de una ola: todavía no hay ningún cambio que comparar.',
	'compare.excluded.suppressed':
		'Respuestas insuficientes (menos de 25 en una ola del grupo expuesto) para comparar su cambio.',
	'plan.title': '¿Cuántas personas encuestar?',
	'plan.lead':
		'Antes de la recogida de datos, calcule a cuántas personas entrevistar en cada ola (línea de base, línea final) y en cada grupo (expuesto, de comparación) para que el cambio que espera pueda distinguirse del azar.',
	'plan.p1': 'Proporción actual (%)',
	'plan.p1_hint':
		'Su mejor estimación del indicador antes de la campaña; por ejemplo, 40 si 4 de cada 10 personas conocen los riesgos.',
	'plan.p2': 'Proporción que espera alcanzar (%)',
	'plan.p2_hint': 'La proporción tras la campaña que quiere poder detectar; por ejemplo, 50.',
	'plan.more': 'Confianza, potencia y efecto de diseño',
	'plan.alpha': 'Confianza',
	'plan.alpha_option': '{level} (habitual)',
	'plan.power': 'Potencia',
	'plan.power_option': '{power}: la probabilidad de detectar el cambio si es real',
	'plan.deff': 'Efecto de diseño',
	'plan.deff_hint':
		'1 para una muestra aleatoria simple; de 1,5 a 2 cuando las personas encuestadas se eligen por conglomerados (pueblos, escuelas).',
	'plan.clusters': 'Conglomerados',
	'plan.clusters_hint':
		'Cuando las personas encuestadas se eligen en pueblos, barrios o escuelas: cuántas en cada uno y cuánto se parecen sus respuestas. Estos dos valores determinan el efecto de diseño. Deje ambos vacíos para una muestra aleatoria simple.',
	'plan.cluster_size': 'Personas encuestadas por conglomerado',
	'plan.icc': 'Correlación intraconglomerado (ICC)',
	'plan.icc_hint': 'De 0 a 1; en torno a 0,05 es habitual para lo que la gente sabe y piensa hacer.',
	'plan.icc_observed':
		'Las campañas anteriores por conglomerados de su organización apuntan a {icc} (campañas: {campaigns}; conglomerados en ellas: {clusters}).',
	'plan.icc_observed_few':
		'Las campañas anteriores por conglomerados de su organización apuntan a {icc} (campañas: {campaigns}; conglomerados en ellas: {clusters}), una orientación aproximada con tan pocos conglomerados: en torno a 0,05 es habitual para lo que la gente sabe y piensa hacer.',
	'plan.result_clusters':
		'Es decir, {clusters, plural, one {# conglomerado} other {# conglomerados}} de {size, plural, one {# persona} other {# personas}} en cada ola y grupo (efecto de diseño {deff}).',
	'plan.submit': 'Calcular',
	'plan.fix_errors': 'Hay valores que corregir: véalos más abajo.',
	'plan.result_title': 'Personas encuestadas necesarias',
	'plan.result':
		'{n, plural, one {# persona encuestada} other {# personas encuestadas}} en cada ola y grupo para detectar un cambio de {from} a {to}.',
	'plan.total_without':
		'{total} en total para una línea de base y una línea final sin grupo de comparación (un cambio).',
	'plan.total_with': '{total} en total con un grupo de comparación (una estimación del impacto).',
	'plan.formula_note':
		'La fórmula del estándar (docs/standard.md §4.5), redondeada al alza. Prevea más si algunas personas pueden negarse a responder.',
	'plan.alternatives_title': 'Para otros cambios desde el mismo punto de partida',
	'plan.per_cell': 'Por ola y grupo',
	'plan.with_comparison': 'En total, con un grupo de comparación',
	'nav.plan': 'Tamaño de la muestra',
	'errors.plan_share_invalid': 'Indique una proporción como fracción de 0 a 1, como 0.4.',
	'errors.plan_percent_invalid': 'Indique una proporción de 0 a 100.',
	'errors.plan_alpha_invalid': 'Indique un alfa entre 0.001 y 0.2, como 0.05.',
	'errors.plan_power_invalid': 'Indique una potencia entre 0.5 y 0.99, como 0.8.',
	'errors.plan_deff_invalid': 'Indique un efecto de diseño de 1 a 10.',
	'errors.plan_same_share': 'La proporción que espera alcanzar debe ser distinta de la actual.',
	'errors.indicator_not_pooled':
		'El recuerdo del mensaje placebo (EXP0) es un control de calidad de los datos: nunca se combina entre campañas.',
	'chart.download_png': 'Descargar el gráfico (PNG)'
} satisfies Partial<Messages>;
