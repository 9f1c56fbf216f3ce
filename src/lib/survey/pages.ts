import type { ItemId } from '../core-module';
import type { CustomQuestion } from './custom-question';

/**
 * Core module v1 in short pages, for a phone. An item that depends on another never shares its page, so
 * that without JavaScript the server, deciding the next page, can leave it out.
 */
export const CORE_PAGES: readonly (readonly ItemId[])[] = [
	['C0'],
	['D1', 'D2'],
	['C1'],
	['D3', 'D4', 'D5'],
	['E1'],
	['E2'],
	['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5', 'E3_P'],
	['I1'],
	['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'],
	['A1'],
	['R1', 'R2', 'R3', 'R4', 'R5'],
	['T1', 'M1'],
	['M2'],
	['M3'],
	['P1', 'P2', 'P3', 'P4'],
	['TR1', 'TR2', 'TR3', 'TR4', 'TR5', 'TR6'],
	['S1']
];

/** Custom questions per page at most. */
export const CUSTOM_PAGE_SIZE = 4;

/** Question ids per page: the campaign's core items (those `inSurvey` holds), then its custom questions. */
export function planPages(inSurvey: ReadonlySet<string>, customQuestions: readonly CustomQuestion[]): string[][] {
	const pages: string[][] = CORE_PAGES.map((page) => page.filter((id) => inSurvey.has(id))).filter(
		(page) => page.length > 0
	);
	let current: string[] = [];
	for (const question of customQuestions) {
		const dependsOnThisPage = question.showIf !== null && current.includes(question.showIf.question);
		if (current.length === CUSTOM_PAGE_SIZE || dependsOnThisPage) {
			pages.push(current);
			current = [];
		}
		current.push(question.code);
	}
	if (current.length > 0) pages.push(current);
	return pages;
}

/** The index of the page that holds a question, or -1. */
export function findPageOf(pages: readonly (readonly string[])[], id: string): number {
	return pages.findIndex((page) => page.includes(id));
}

/** A page is shown when at least one of its questions is asked. */
export function listShownPages(pages: readonly (readonly string[])[], asked: ReadonlySet<string>): number[] {
	return pages.flatMap((page, index) => (page.some((id) => asked.has(id)) ? [index] : []));
}
