import type { CoreItemSummary } from './core-summary';
import { SHOW_IF_CORE_ITEMS } from './core-summary';
import type { CustomQuestion } from './custom-question';

export interface ShowIfChoice {
	value: string;
	label: string;
}

const shorten = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** The questions a show-if rule may look at, as a select lists them: core items, then earlier custom questions. */
export function showIfChoices(
	core: CoreItemSummary[],
	earlier: CustomQuestion[],
	language: string
): { core: ShowIfChoice[]; custom: ShowIfChoice[] } {
	const texts = new Map(core.map((item) => [item.id, item.text]));
	return {
		core: SHOW_IF_CORE_ITEMS.map((id) => ({ value: id, label: `${id} · ${shorten(texts.get(id) ?? '')}` })),
		custom: earlier.map((q) => {
			const label = q.label[language as keyof CustomQuestion['label']] ?? Object.values(q.label)[0] ?? '';
			return { value: q.code, label: label ? `${q.code} · ${shorten(label)}` : q.code };
		})
	};
}
