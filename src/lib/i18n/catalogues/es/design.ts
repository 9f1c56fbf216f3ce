import type { Messages } from '../../types';

export const design = {
	'design.column.code': 'code',
	'design.column.name': 'name',
	'design.column.stratum': 'stratum',
	'design.column.weight': 'weight',
	'design.problem.code_missing': 'Cada conglomerado necesita un código.',
	'design.problem.code_invalid': 'Un código tiene de 1 a 40 letras (de la a a la z, sin tildes ni ñ), cifras, - o _.',
	'design.problem.code_duplicate':
		'Este código ya lo tiene otro conglomerado (sin distinguir mayúsculas y minúsculas).',
	'design.problem.name_too_long': 'Un nombre tiene como máximo 200 caracteres.',
	'design.problem.stratum_too_long': 'Un estrato tiene como máximo 80 caracteres.',
	'design.problem.weight_too_small': 'Un peso vale como mínimo 0,000000001: uno más pequeño es un error de escritura.',
	'design.problem.weight_too_large': 'Un peso vale como máximo 1.000.000.000.',
	'design.problem.not_text': 'Escriba este valor como texto.',
	'design.problem.weight_not_number': 'Un peso es un número, como 12,5.',
	'design.problem.weight_not_positive': 'Un peso es mayor que 0.',
	'design.problem.cluster_removed_in_use':
		'Este conglomerado ya tiene respuestas: no se puede quitar de la lista, así que el archivo debe conservarlo.',
	'design.problem.cluster_removed_linked':
		'Este conglomerado tiene su propio enlace, cuyo cartel quizá ya esté colocado en el pueblo: no se puede quitar de la lista, así que el archivo debe conservarlo.',
	'design.problem.stratum_changed_in_use': 'Este conglomerado ya tiene respuestas: su estrato no puede cambiar.',
	'design.problem.weight_locked':
		'Las respuestas brutas de esta campaña se han eliminado: el peso de un conglomerado que tenía respuestas no puede cambiar.',
	'errors.design_invalid': 'No se ha guardado el diseño muestral: se indica cada problema.',
	'errors.design_too_many_clusters': 'Una campaña declara como máximo 5000 conglomerados.',
	'errors.no_clusters': 'Declare primero los conglomerados de la campaña, en su diseño muestral.',
	'errors.cluster_self_link':
		'Un enlace autoadministrado no puede elegir un conglomerado: envíe las respuestas por el enlace creado para ese conglomerado, o por un enlace de encuestador.',
	'errors.cluster_unknown': 'Este conglomerado no es uno de los que declaró la campaña.',
	'errors.panel_code_invalid':
		'Un código de panel tiene de 3 a 40 letras, cifras, - o _, con al menos una letra y una cifra: nunca un nombre ni un número de teléfono.',
	'errors.panel_code_taken': 'Este código de panel ya tiene una respuesta en esta ola y este grupo.',
	'errors.panel_off': 'Esta campaña no sigue un panel: deje vacío el código de panel.',
	'audit.action.design_updated':
		'Modificó el diseño muestral de «{campaign}»: {clusters, plural, one {# conglomerado} other {# conglomerados}}',
	'design.file.no_rows': 'Este archivo tiene una fila de encabezado, pero ningún conglomerado debajo.',
	'design.file.repeated_column':
		'Dos columnas de la primera línea nombran lo mismo (code, name, stratum o weight): deje solo una.',
	'design.file.extra_values':
		'La línea {line} tiene más celdas que la primera. En un archivo separado por comas, una coma decimal debe ir entre comillas ("12,5"); si no, separe el archivo con punto y coma.',
	'design.file.no_code_column':
		'El archivo necesita una columna «code» en su primera línea (y puede tener «name», «stratum» y «weight»).',
	'design.title': 'Diseño muestral',
	'design.link': 'Diseño muestral',
	'design.lead':
		'Declare los conglomerados en los que hace la encuesta (pueblos, barrios, escuelas), el estrato en el que se seleccionó cada uno y su peso, y si sigue a las mismas personas a lo largo del tiempo. Mesure calcula entonces cada intervalo como lo hace el paquete survey de R.',
	'design.clusters_title': 'Conglomerados',
	'design.clusters_count':
		'{count, plural, one {# conglomerado} other {# conglomerados}} en {strata, plural, one {# estrato} other {# estratos}}',
	'design.none':
		'No hay ningún conglomerado declarado: las personas encuestadas cuentan como una muestra aleatoria simple, salvo que tengan un peso o un código de panel.',
	'design.linked': 'tiene enlace',
	'design.in_use': 'tiene respuestas',
	'design.remove': 'Quitar {code}',
	'design.add_title': 'Añadir un conglomerado',
	'design.add': 'Añadir',
	'design.code_hint': 'De 1 a 40 letras, cifras, - o _, como V01.',
	'design.weight_hint':
		'Su peso de diseño: las personas a las que representa cada persona encuestada. Si lo deja vacío, vale 1.',
	'design.upload_title': 'Reemplazar la lista con un archivo',
	'design.upload_hint':
		'Un archivo CSV con las columnas code, name, stratum y weight (las tres últimas, opcionales). Reemplaza toda la lista, así que el archivo debe incluir todos los conglomerados que tengan respuestas o un enlace. Todo se comprueba antes de guardar nada.',
	'design.file': 'Archivo CSV',
	'design.upload': 'Comprobar y guardar',
	'design.problems_title': 'No se ha guardado nada: corrija estos problemas y vuelva a enviar el archivo.',
	'design.problem.line': 'Línea',
	'design.problem.column': 'Columna',
	'design.problem.value': 'Valor',
	'design.problem.why': 'Problema',
	'design.problem.not_in_list': 'ausente',
	'design.panel_title': 'Panel',
	'design.panel':
		'Las personas encuestadas tienen un código de panel que las acompaña desde la línea de base hasta la línea final',
	'design.panel_hint':
		'Un código escrito en una tarjeta, nunca un nombre ni un número de teléfono. Los encuestadores lo escriben; en la línea final, la entrevista lo busca entre los de la línea de base.',
	'design.save_panel': 'Guardar',
	'design.saved': 'El diseño muestral está guardado.',
	'design.read_only': 'Solo los propietarios y los editores pueden cambiar el diseño muestral.',
	'design.summary_title': 'Cómo se seleccionó la muestra de la campaña',
	'design.sampled_clusters':
		'{clusters, plural, one {# conglomerado} other {# conglomerados}} (pueblos, barrios) en {strata, plural, one {# estrato} other {# estratos}}; los intervalos lo tienen en cuenta.',
	'design.sampled_clusters_weighted':
		'{clusters, plural, one {# conglomerado} other {# conglomerados}} (pueblos, barrios) en {strata, plural, one {# estrato} other {# estratos}}, con ponderación; los intervalos lo tienen en cuenta.',
	'design.sampled_panel':
		'Se preguntó a las mismas personas en la línea de base y en la línea final (un panel): cada cambio compara a una persona consigo misma, y los intervalos lo tienen en cuenta.',
	'design.sampled_weighted': 'Una muestra ponderada: los intervalos tienen en cuenta los pesos.',
	'design.explained':
		'Las personas de un mismo pueblo tienden a responder de forma parecida, así que cada una suele aportar menos información que alguien seleccionado al azar, y los intervalos son más amplios que los de una muestra aleatoria simple.',
	'design.effects_explained':
		'El efecto de diseño compara la varianza de una cifra con la de una muestra aleatoria simple del mismo número de personas encuestadas: 2 significa el doble de varianza; por debajo de 1, los estratos o los pesos la han hecho más precisa que esa muestra. El tamaño efectivo de la muestra es el número de personas seleccionadas al azar que daría la misma precisión.',
	'design.sampled_outside':
		'Personas entrevistadas fuera de cualquier conglomerado, cada una contada como un conglomerado propio: {count}.',
	'design.deff': 'deff',
	'design.deff_title':
		'Efecto de diseño: la varianza frente a la de una muestra aleatoria simple del mismo número de personas encuestadas',
	'design.effective_n': 'n efectivo',
	'design.retention_caption': 'Miembros del panel localizados de nuevo en la línea final',
	'design.retention_baseline': 'En la línea de base',
	'design.retention_retained': 'Localizados en la línea final',
	'design.retention': 'Retención',
	'design.retention_hidden': 'no se muestra',
	'design.retention_hidden_note':
		'Los recuentos de un grupo no se muestran cuando ellos, o los miembros perdidos entre una ola y otra, son de 1 a 4: tan pocos podrían permitir identificar a personas.',
	'design.retention_difference':
		'Retención, expuesto − comparación: {points, plural, one {# punto} other {# puntos}} (intervalo del 95 %: de {low} a {high}).',
	'design.links_title': 'Enlaces por conglomerado',
	'design.links_lead':
		'Un enlace autoadministrado para un conglomerado: cada respuesta que llega por él lleva ese conglomerado. Imprima el cartel con el código QR de cada uno para su pueblo.',
	'design.links_cell': 'Ola y grupo',
	'design.links_cluster': 'Conglomerado',
	'design.links_every': 'Todos los conglomerados que aún no tienen enlace',
	'design.links_make': 'Crear los enlaces',
	'design.links_made': '{count, plural, one {# enlace creado} other {# enlaces creados}}.',
	'design.links_none_made':
		'No se ha creado ningún enlace: cada conglomerado elegido ya tiene uno para esta ola y este grupo, con su cartel, en la lista de abajo.',
	'design.links_publish_first':
		'Publique primero la encuesta: el enlace de un conglomerado recoge su versión publicada.'
} satisfies Partial<Messages>;
