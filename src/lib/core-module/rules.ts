import type { CoreAnswers } from './answers';
import { CORE_ITEMS, listCampaignItems } from './questions';
import type { CampaignSettings, Condition, CoreItem, Ending, Outcome } from './types';

/** A condition on an item not answered (yet) is false: an item never shows on a guess. */
export function testCondition(condition: Condition, answers: CoreAnswers): boolean {
	const value = answers[condition.item];
	switch (condition.op) {
		case 'equals':
			return value === condition.value;
		case 'between':
			return typeof value === 'number' && value >= condition.min && value <= condition.max;
		case 'below':
			return typeof value === 'number' && value < condition.value;
	}
}

/** An answer left over from an item no longer asked (the respondent went back and changed one) counts for nothing. */
function walkItems(items: readonly CoreItem[], answers: CoreAnswers): { asked: CoreItem[]; ending: Ending | null } {
	const asked: CoreItem[] = [];
	const askedIds = new Set<string>();
	for (const item of items) {
		if (item.showIf && !(askedIds.has(item.showIf.item) && testCondition(item.showIf, answers))) continue;
		asked.push(item);
		askedIds.add(item.id);
		if (item.endsIf && testCondition(item.endsIf.when, answers)) return { asked, ending: item.endsIf.outcome };
	}
	return { asked, ending: null };
}

/** The items that apply given the answers so far, in order, up to and including one that ends the survey. */
export function listVisibleItems(answers: CoreAnswers, settings: CampaignSettings): CoreItem[] {
	return walkItems(listCampaignItems(settings), answers).asked;
}

/** The items that apply and why the survey stopped early (null while it goes on), in one walk: for every answer sent. */
export function walkSurvey(
	answers: CoreAnswers,
	settings: CampaignSettings
): { asked: CoreItem[]; ending: Ending | null } {
	return walkItems(listCampaignItems(settings), answers);
}

/** Why the survey stopped early, or null while it goes on. */
export function findEnding(answers: CoreAnswers): Ending | null {
	return walkItems(CORE_ITEMS, answers).ending;
}

export function findOutcome(answers: CoreAnswers): Outcome {
	return findEnding(answers) ?? 'complete';
}

/**
 * Shuffles the E3 messages among their own places and leaves every other item where it is.
 * `random` returns a number in [0, 1), as Math.random does; it is passed in so that a test can fix it.
 */
export function shuffleMessages(items: readonly CoreItem[], random: () => number): CoreItem[] {
	const places = items.flatMap((item, index) => (item.battery === 'E3' ? [index] : []));
	const messages = places.map((index) => items[index]);
	for (let i = messages.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[messages[i], messages[j]] = [messages[j], messages[i]];
	}
	const shuffled = [...items];
	places.forEach((place, i) => (shuffled[place] = messages[i]));
	return shuffled;
}
