import type { Kysely } from 'kysely';
import type { CustomQuestion } from '$lib/survey/custom-question';
import type { Database, Group, Wave } from '$lib/server/db/schema';

/** A custom question as the editor saves it, with its wording in the fixture campaign's two languages. */
export function customQuestion(
	code: string,
	type: CustomQuestion['type'],
	options: string[] = [],
	extra: Partial<CustomQuestion> = {}
): CustomQuestion {
	return {
		code,
		type,
		label: { fr: `Question ${code}`, en: `Question ${code}` },
		hint: {},
		required: false,
		options: options.map((option) => ({ code: option, label: { fr: `Réponse ${option}`, en: `Answer ${option}` } })),
		min: null,
		max: null,
		showIf: null,
		...extra
	};
}

/**
 * Gives the responses of a wave and group, in submission-id order, the custom answers `answer(i)` makes for the
 * i-th; a response whose answers are null is rejected by its review.
 */
export async function writeCustomAnswers(
	db: Kysely<Database>,
	campaignId: string,
	wave: Wave,
	group: Group,
	answer: (i: number) => Record<string, unknown> | null
): Promise<void> {
	const rows = await db
		.selectFrom('responses')
		.select('id')
		.where('campaign_id', '=', campaignId)
		.where('wave', '=', wave)
		.where('group_name', '=', group)
		.orderBy('client_id')
		.execute();
	for (const [i, row] of rows.entries()) {
		const answers = answer(i);
		await db
			.updateTable('responses')
			.set(
				answers === null
					? { review_state: 'rejected', custom_answers: JSON.stringify({ heard: 'yes', comment: 'rejected text' }) }
					: { custom_answers: JSON.stringify(answers) }
			)
			.where('id', '=', row.id)
			.execute();
	}
}
