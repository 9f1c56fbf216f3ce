import type { CoreTexts } from './types';

export const texts: CoreTexts = {
	'answer.yes': 'Oui',
	'answer.no': 'Non',
	'answer.true': 'Vrai',
	'answer.false': 'Faux',
	'answer.dk': 'Je ne sais pas / je préfère ne pas répondre',

	'item.C0.intro':
		'Bonjour. {organisation} fait une enquête pour savoir ce que les gens connaissent des risques de partir à l’étranger sans papiers. Vos réponses sont anonymes : nous ne demandons pas votre nom. Vous choisissez de répondre ou non, et vous pouvez arrêter à tout moment.',
	'item.C0.text': 'Acceptez-vous de répondre aux questions ?',
	'item.D1.text': 'Quel est votre sexe ?',
	'option.D1.female': 'Féminin',
	'option.D1.male': 'Masculin',
	'option.D1.other_or_dk': 'Autre, ou je préfère ne pas le dire',
	'item.D2.text': 'Quel âge avez-vous ?',
	'item.D2.hint': 'Votre âge en années.',
	'item.C1.text':
		'Comme vous avez moins de 18 ans, un parent ou un tuteur doit être d’accord. Un parent ou un tuteur a-t-il accepté que vous répondiez à cette enquête ?',
	'item.C1.text_enumerator':
		'Pour l’enquêteur : un parent ou un tuteur de ce jeune a-t-il accepté qu’il ou elle réponde à cette enquête ?',
	'item.D3.text': 'Dans quelle région habitez-vous ?',
	'item.D4.text': 'Quel est le plus haut niveau d’école que vous avez fréquenté ?',
	'option.D4.none': 'Aucun',
	'option.D4.primary': 'École primaire',
	'option.D4.secondary': 'École secondaire (collège, lycée)',
	'option.D4.higher': 'Université ou autres études après le secondaire',
	'item.D5.text': 'Avez-vous déjà vécu ou voyagé dans un autre pays, puis êtes-vous revenu ici ?',

	'item.E1.text':
		'Au cours des 3 derniers mois, avez-vous vu ou entendu des messages sur les dangers de partir à l’étranger sans papiers ?',
	'item.E2.text': 'Où avez-vous vu ou entendu ces messages ?',
	'item.E2.hint': 'Vous pouvez choisir plusieurs réponses.',
	'option.E2.radio': 'Radio',
	'option.E2.tv': 'Télévision',
	'option.E2.social_media': 'Réseaux sociaux (WhatsApp, Facebook, TikTok…)',
	'option.E2.community_event': 'Une réunion, un spectacle ou une pièce de théâtre dans votre communauté',
	'option.E2.school': 'À l’école',
	'option.E2.returnee_testimony': 'Une personne revenue de l’étranger qui a raconté son histoire',
	'option.E2.poster': 'Une affiche ou un panneau',
	'option.E2.other': 'Ailleurs',
	'battery.E3.text': 'Avez-vous déjà entendu ou vu ce message ?',
	'battery.E3.hint':
		'Voici quelques messages courts. Certains sont peut-être nouveaux pour vous. Pour chacun, dites si vous l’avez déjà entendu ou vu.',

	'item.I1.text': 'À quel point vous sentez-vous bien informé sur les risques de partir à l’étranger sans papiers ?',
	'scale.I1.low': 'Pas du tout',
	'scale.I1.high': 'Très bien',

	'battery.K.text': 'Est-ce vrai ou faux ?',
	'battery.K.hint': 'Dites ce que vous pensez. Si vous ne savez pas, ce n’est pas grave.',
	'item.K1.text': 'Beaucoup de gens meurent en traversant le désert pour aller en Afrique du Nord.',
	'item.K2.text': 'Les passeurs disent la vérité sur la façon dont le voyage va se passer.',
	'item.K3.text':
		'Les migrants sans papiers sont souvent enfermés dans des centres de détention dans les pays qu’ils traversent.',
	'item.K4.text': 'Les bateaux que les passeurs utilisent pour traverser la mer sont en général sûrs.',
	'item.K5.text': 'Les migrants qui voyagent sans papiers risquent d’être enlevés contre une rançon.',
	'item.K6.text': 'Une personne qui arrive en Europe sans papiers peut facilement obtenir le droit d’y travailler.',
	'item.K7.text': 'Les femmes qui voyagent sans papiers courent un grand risque de violences sexuelles.',
	'item.K8.text': 'Une dette envers un passeur peut finir en travail forcé.',

	'item.A1.text':
		'Où pouvez-vous trouver des informations fiables sur les façons légales de migrer ou de travailler à l’étranger ?',
	'item.A1.hint': 'Vous pouvez choisir plusieurs réponses.',
	'option.A1.gov_office': 'Un bureau de l’État',
	'option.A1.ngo': 'Une ONG ou une association',
	'option.A1.un_agency': 'Une agence des Nations unies (comme l’OIM)',
	'option.A1.embassy': 'Une ambassade ou un consulat',
	'option.A1.intermediary': 'Un intermédiaire ou un démarcheur',
	'option.A1.social_media_ads': 'Des publicités sur les réseaux sociaux',

	'battery.R.text':
		'Pour une personne comme vous qui part à l’étranger sans papiers, à quel point est-il probable de :',
	'item.R1.text': 'Mourir en route',
	'item.R2.text': 'Subir des violences ou des abus',
	'item.R3.text': 'Être enfermé (détenu)',
	'item.R4.text': 'Être enlevé ou forcé à payer de l’argent',
	'item.R5.text': 'Être forcé à travailler sans être payé',
	'scale.R.low': 'Très peu probable',
	'scale.R.high': 'Très probable',

	'item.T1.text':
		'Conseilleriez-vous à un ami, ou à votre frère ou votre sœur, de ne pas partir à l’étranger sans papiers ?',
	'item.M1.text': 'Aimeriez-vous aller vivre dans un autre pays ?',
	'item.M2.text': 'Prévoyez-vous de partir dans les 12 prochains mois ?',
	'item.M3.text': 'Comment prévoyez-vous de voyager ?',
	'option.M3.regular': 'Avec un visa et des papiers',
	'option.M3.irregular': 'Sans visa : par la route ou par la mer, avec un passeur ou un « coxeur »',

	'battery.P.text': 'Au cours des 3 derniers mois, avez-vous :',
	'item.P1.text': 'Économisé de l’argent pour partir à l’étranger',
	'item.P2.text': 'Contacté un intermédiaire ou un passeur',
	'item.P3.text': 'Vendu des choses à vous pour payer un départ à l’étranger',
	'item.P4.text': 'Cherché des informations sur les routes pour partir à l’étranger',

	'battery.TR.text': 'Quelle confiance faites-vous aux informations sur la migration qui viennent :',
	'item.TR1.text': 'Des personnes revenues de l’étranger',
	'item.TR2.text': 'Des ONG et des associations',
	'item.TR3.text': 'Du gouvernement',
	'item.TR4.text': 'De la famille et des amis',
	'item.TR5.text': 'Des réseaux sociaux',
	'item.TR6.text': 'Des intermédiaires ou des passeurs',
	'scale.TR.low': 'Pas du tout',
	'scale.TR.high': 'Totalement',

	'item.S1.text':
		'Au cours du dernier mois, avez-vous parlé avec quelqu’un des risques de partir à l’étranger sans papiers ?',

	'end.complete': 'Merci pour vos réponses. L’enquête est terminée.',
	'end.refused': 'Merci pour votre temps. L’enquête s’arrête ici, et vos réponses ne seront pas gardées.',
	'end.not_eligible':
		'Merci. Cette enquête est seulement pour les personnes de 15 ans ou plus, elle s’arrête donc ici.',

	'problem.unknown_item': 'Cette question ne fait pas partie de l’enquête.',
	'problem.required': 'Merci de répondre à cette question.',
	'problem.must_be_absent': 'Cette question ne doit pas avoir de réponse.',
	'problem.not_an_option': 'Merci de choisir une des réponses proposées.',
	'problem.dk_not_offered': '« Je ne sais pas » n’est pas une réponse possible à cette question.',
	'problem.not_an_integer': 'Merci de donner un nombre entier.',
	'problem.out_of_range': 'Merci de donner un nombre de {min} à {max}.',
	'problem.not_a_list': 'Merci de choisir une ou plusieurs réponses.',
	'problem.duplicate': 'Merci de ne choisir chaque réponse qu’une seule fois.',
	'problem.dk_not_alone': 'Si vous choisissez « Je ne sais pas », ne choisissez pas d’autre réponse.'
};
