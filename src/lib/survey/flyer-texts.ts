import type { SurveyLanguage } from './custom-question';

/** What a printed flyer says to passers-by, in each survey language. */
export const FLYER_TEXTS: Record<SurveyLanguage, { heading: string; body: string; scan: string }> = {
	en: {
		heading: 'Give your opinion',
		body: 'A short, anonymous survey. No name is asked. You can stop at any time.',
		scan: 'Scan the code with your phone, or type the address:'
	},
	fr: {
		heading: 'Donnez votre avis',
		body: 'Une enquête courte et anonyme. On ne vous demande pas votre nom. Vous pouvez arrêter à tout moment.',
		scan: 'Scannez le code avec votre téléphone, ou tapez l’adresse :'
	},
	pt: {
		heading: 'Dê a sua opinião',
		body: 'Um inquérito curto e anónimo. Não pedimos o seu nome. Pode parar a qualquer momento.',
		scan: 'Leia o código com o seu telemóvel, ou escreva o endereço:'
	},
	es: {
		heading: 'Dé su opinión',
		body: 'Una encuesta corta y anónima. No le pedimos su nombre. Puede parar en cualquier momento.',
		scan: 'Escanee el código con su teléfono, o escriba la dirección:'
	},
	ar: {
		heading: 'شارك برأيك',
		body: 'استبيان قصير ومجهول الهوية. لا نسألك عن اسمك. يمكنك التوقف في أي وقت.',
		scan: 'امسح الرمز بهاتفك، أو اكتب العنوان:'
	}
};
