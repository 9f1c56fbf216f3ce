import type { ItemId } from '../core-module';
import type { CustomQuestion } from './custom-question';
import { listReferences } from './question-rules';
import { isCountedRepeat } from './repeats';

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

/**
 * Question ids per page: the campaign's core items (those `inSurvey` holds), then its custom questions. A
 * question that looks at another on the page (or at a calculation that does) starts a new one. Calculated
 * questions, never shown, ride on the page of the questions around them and do not count towards its size.
 * Questions of one named page (an XLSForm `field-list` group) share a page of their own, whatever their number.
 */
export function planPages(inSurvey: ReadonlySet<string>, customQuestions: readonly CustomQuestion[]): string[][] {
	const pages: string[][] = CORE_PAGES.map((page) => page.filter((id) => inSurvey.has(id))).filter(
		(page) => page.length > 0
	);
	let current: string[] = [];
	let currentPage: string | undefined;
	let shown = 0;
	/** What the page's questions settle: themselves and the calculations made from them. */
	let settled = new Set<string>();
	let afterGroup = false;
	for (const question of customQuestions) {
		const references = listReferences(question);
		const dependsOnThisPage = references.some((name) => settled.has(name));
		const calculated = question.type === 'calculate' || isCountedRepeat(question);
		const samePage = question.page !== undefined && question.page === currentPage;
		const full = question.page === undefined ? shown >= CUSTOM_PAGE_SIZE : !samePage;
		const leavesPage = (currentPage !== undefined && !samePage) || afterGroup;
		if (!calculated && (full || leavesPage || dependsOnThisPage) && shown > 0) {
			pages.push(current);
			current = [];
			shown = 0;
			settled = new Set();
		}
		current.push(question.code);
		if (!calculated) {
			shown++;
			currentPage = question.page;
		}
		if (!calculated || dependsOnThisPage) settled.add(question.code);
		// A repeat group's instances come right after the page of its own question, however many they are.
		afterGroup = question.type === 'repeat' || (afterGroup && calculated);
	}
	if (current.length > 0 && shown > 0) pages.push(current);
	else if (current.length > 0) (pages.at(-1) ?? (pages[0] = [])).push(...current);
	return pages;
}

/** The index of the page that holds a question, or -1. */
export function findPageOf(pages: readonly (readonly string[])[], id: string): number {
	return pages.findIndex((page) => page.includes(id));
}

/** Where each question is, for finding many at once: the index of its page, or -1. */
export function placeOnPages(pages: readonly (readonly string[])[]): (id: string) => number {
	const places = new Map<string, number>();
	pages.forEach((page, index) => page.forEach((id) => places.has(id) || places.set(id, index)));
	return (id) => places.get(id) ?? -1;
}

/** A page is shown when at least one of its questions is asked. */
export function listShownPages(pages: readonly (readonly string[])[], asked: ReadonlySet<string>): number[] {
	return pages.flatMap((page, index) => (page.some((id) => asked.has(id)) ? [index] : []));
}
