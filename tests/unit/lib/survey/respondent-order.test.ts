import { describe, expect, it } from 'vitest';
import { listSurveyFields } from '$lib/survey/fields';
import { planPages } from '$lib/survey/pages';
import { orderPages, seededRandom } from '$lib/survey/respondent-order';
import { findWords } from '$lib/survey/words';

const fields = listSurveyFields(
	findWords('fr'),
	{
		regions: [{ code: 'dakar', name: 'Dakar' }],
		signatureMessages: [{ fr: 'Un' }, { fr: 'Deux' }, { fr: 'Trois' }, { fr: 'Quatre' }],
		placeboMessage: { fr: 'Leurre' },
		organisation: 'Sahel Info'
	},
	[]
);
const byId = new Map(fields.map((field) => [field.id, field]));
const pages = planPages(new Set(byId.keys()), []).map((page) => page.map((id) => byId.get(id)!));
const messagesPage = pages.findIndex((page) => page.some((field) => field.id === 'E3_P'));
const orderOf = (clientId: string) =>
	orderPages(pages, clientId)
		[messagesPage].map((field) => field.id)
		.join(' ');

describe('orderPages', () => {
	it('keeps the same order for the same submission id, page after page', () => {
		// The order comes from the submission id alone: the same after other respondents' orders were drawn, and
		// the same in every version of the app (a page drawn before an update and the next one drawn after it agree).
		const table = [
			{ clientId: 'abcdefgh12345678', order: 'E3_P E3_2 E3_1 E3_3 E3_4' },
			{ clientId: 'zyxwvuts87654321', order: 'E3_P E3_1 E3_3 E3_2 E3_4' }
		];
		for (const { clientId, order } of table) {
			expect(orderOf(clientId), clientId).toBe(order);
			orderOf(`${clientId}-other`);
			expect(orderOf(clientId), `${clientId}, drawn again`).toBe(order);
		}
	});

	it('shuffles the messages among respondents, every message in every place', () => {
		const orders = Array.from({ length: 200 }, (_, i) => orderOf(`respondent-${i}`));
		expect(new Set(orders).size).toBeGreaterThan(20);
		for (const id of ['E3_1', 'E3_P']) {
			const places = new Set(orders.map((order) => order.split(' ').indexOf(id)));
			expect(places.size, id).toBe(5);
		}
	});

	it('keeps the battery’s question above the first message shown', () => {
		const page = orderPages(pages, 'x1y2z3w4v5')[messagesPage];
		expect(page[0].intro).toBe(byId.get('E3_1')!.intro);
		expect(page.slice(1).every((field) => field.intro === null)).toBe(true);
	});

	it('leaves every other page as it is', () => {
		const ordered = orderPages(pages, 'another-one-1234');
		pages.forEach((page, index) => {
			if (index !== messagesPage) expect(ordered[index]).toEqual(page);
		});
	});
});

describe('seededRandom', () => {
	it('gives numbers in [0, 1), the same for the same seed', () => {
		const a = seededRandom('seed');
		const b = seededRandom('seed');
		const values = Array.from({ length: 1000 }, () => a());
		expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
		expect(new Set(values).size).toBeGreaterThan(990);
		expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
		const other = seededRandom('another seed');
		expect(Array.from({ length: 1000 }, () => other())).not.toEqual(values);
	});
});
