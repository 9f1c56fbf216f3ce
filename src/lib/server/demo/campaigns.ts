import type { CreateCampaignInput } from '../campaigns/schema';
import type { Profile } from './synthetic';

export interface DemoCampaign {
	input: Omit<CreateCampaignInput, 'audience' | 'languages' | 'startDate' | 'endDate'> & {
		startDate: string;
		endDate: string;
	};
	/** Respondents per wave and group. */
	perCell: number;
	/** How far the campaign moved its exposed group (0 none, 1 strong). */
	effect: number;
	/** What the endline's exposed respondents are like, beyond the campaign's effect. */
	endline?: Partial<Profile>;
	/** How its respondents were sampled (docs/standard.md §4.6): in villages, or followed from baseline to endline. */
	design?: DemoDesign;
}

export type DemoDesign =
	| { clusters: { code: string; name: string; stratum: string; weight: number }[] }
	/** Of the baseline's panel, the share found again at endline; the rest of the endline is new respondents. */
	| { panelRetained: number };

/** Twenty villages of the Kayes region, ten where the theatre played and ten kept for comparison, in three strata. */
const KAYES_VILLAGES = [
	['Kayes N’Di', 'kayes'],
	['Khasso', 'kayes'],
	['Liberté', 'kayes'],
	['Samé', 'kayes'],
	['Nioro Tougouné', 'nioro'],
	['Gavinané', 'nioro'],
	['Youri', 'nioro'],
	['Diéma', 'diema'],
	['Béma', 'diema'],
	['Fatao', 'diema'],
	['Médine', 'kayes'],
	['Dialla', 'kayes'],
	['Koniakary', 'kayes'],
	['Ambidédi', 'kayes'],
	['Sandaré', 'nioro'],
	['Troungoumbé', 'nioro'],
	['Diabigué', 'nioro'],
	['Dioumara', 'diema'],
	['Lakamané', 'diema'],
	['Grouméra', 'diema']
].map(([name, stratum], index) => ({
	code: `KY${String(index + 1).padStart(2, '0')}`,
	name,
	stratum,
	// The inverse of each village's chance of being drawn: bigger villages, smaller weights.
	weight: 40 + ((index * 37) % 90)
}));

const messages = (...lines: string[]) => lines;

/** Six campaigns in five countries of the Rabat Process: strong and weak ones, with and without a comparison group. */
export const CAMPAIGNS: DemoCampaign[] = [
	{
		input: {
			title: 'La mer ne pardonne pas — radio drama in Tambacounda',
			description: 'A twelve-episode radio drama on community radio, with call-in shows after each episode.',
			countries: ['SN'],
			regions: [
				{ code: 'tamba', name: 'Tambacounda' },
				{ code: 'kedougou', name: 'Kédougou' }
			],
			channels: ['radio'],
			signatureMessages: messages(
				'La mer ne pardonne pas.',
				'Le passeur ne te dit pas tout.',
				'Ta vie vaut plus qu’un voyage.'
			),
			placeboMessage: 'Le désert est doux la nuit.',
			comparisonGroup: true,
			startDate: '2026-02-01',
			endDate: '2026-07-31'
		},
		perCell: 320,
		effect: 0.9
	},
	{
		input: {
			title: 'Théâtre forum in Kayes',
			description: 'Community theatre in twenty villages, the audience stepping in to change how the story ends.',
			countries: ['ML'],
			regions: [
				{ code: 'kayes', name: 'Kayes' },
				{ code: 'nioro', name: 'Nioro du Sahel' },
				{ code: 'diema', name: 'Diéma' }
			],
			channels: ['community_event'],
			signatureMessages: messages('Le voyage sans papiers est un piège.', 'Parle avec ceux qui sont revenus.'),
			placeboMessage: 'Le fleuve monte en août.',
			comparisonGroup: true,
			startDate: '2026-03-01',
			endDate: '2026-09-30'
		},
		perCell: 260,
		effect: 0.5,
		design: { clusters: KAYES_VILLAGES }
	},
	{
		input: {
			title: 'Returnees speak — testimonies in Conakry',
			description: 'Returnees tell their journeys in neighbourhood meetings and short videos shared by phone.',
			countries: ['GN'],
			regions: [
				{ code: 'ratoma', name: 'Ratoma' },
				{ code: 'matoto', name: 'Matoto' }
			],
			channels: ['returnee_testimony', 'social_media'],
			signatureMessages: messages('J’ai vu la Libye, je ne la souhaite à personne.', 'Mon frère n’est jamais arrivé.'),
			placeboMessage: 'Le marché ouvre à l’aube.',
			comparisonGroup: false,
			startDate: '2026-01-15',
			endDate: '2026-06-30'
		},
		perCell: 280,
		effect: 0.6,
		// The same young people asked again: most were found at endline, some had moved or left.
		design: { panelRetained: 0.82 }
	},
	{
		input: {
			title: 'Safe futures — school sessions in Abidjan',
			description: 'Two sessions in each of forty secondary schools, led by teachers and a returnee.',
			countries: ['CI'],
			regions: [
				{ code: 'abobo', name: 'Abobo' },
				{ code: 'yopougon', name: 'Yopougon' },
				{ code: 'treichville', name: 'Treichville' }
			],
			channels: ['school'],
			signatureMessages: messages(
				'Ton avenir se construit ici aussi.',
				'Renseigne-toi avant de partir.',
				'Les voies légales existent.'
			),
			placeboMessage: 'La lagune est calme le matin.',
			comparisonGroup: true,
			startDate: '2026-02-15',
			endDate: '2026-06-15'
		},
		perCell: 240,
		effect: 0.3
	},
	{
		input: {
			title: 'Agadez online — social media messages',
			description: 'Short videos and posts in Hausa and French, boosted to young people around Agadez.',
			countries: ['NE'],
			regions: [
				{ code: 'agadez', name: 'Agadez' },
				{ code: 'arlit', name: 'Arlit' }
			],
			channels: ['social_media'],
			signatureMessages: messages('Le désert tue en silence.', 'Les passeurs abandonnent.'),
			placeboMessage: 'Le thé se boit en trois verres.',
			comparisonGroup: false,
			startDate: '2026-04-01',
			endDate: '2026-10-31'
		},
		perCell: 260,
		effect: 0.1,
		// Respondents who say they saw anything: a placebo recall that makes the endline's recall doubtful.
		endline: { placebo: 0.34 }
	},
	{
		input: {
			title: 'Kolda caravan — a first try',
			description:
				'A caravan with music and testimonies in six villages; too few were interviewed to say anything yet.',
			countries: ['SN'],
			regions: [{ code: 'kolda', name: 'Kolda' }],
			channels: ['community_event', 'radio'],
			signatureMessages: messages('Reste et construis.', 'Informe-toi avant de partir.'),
			placeboMessage: 'La pluie arrive en juin.',
			comparisonGroup: false,
			startDate: '2026-05-01',
			endDate: '2026-08-31'
		},
		perCell: 18,
		effect: 0.7
	}
];
