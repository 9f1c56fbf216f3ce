import type { Dk, TrueFalseDk, YesNo, YesNoDk } from './options';
import type { CoreItemData as Item } from './questions';

type AnswerOf<I> = I extends { kind: 'yes_no' }
	? YesNo
	: I extends { kind: 'yes_no_dk' }
		? YesNoDk
		: I extends { kind: 'true_false_dk' }
			? TrueFalseDk
			: I extends { kind: 'single'; options: readonly (infer Code)[] }
				? Code
				: I extends { kind: 'region' }
					? string
					: I extends { kind: 'multiple'; options: readonly (infer Code)[] }
						? readonly Code[]
						: I extends { kind: 'scale'; dk: true }
							? number | Dk
							: I extends { kind: 'integer' | 'scale' }
								? number
								: never;

/** A respondent's core answers in the codes of docs/standard.md §2b; an item not asked or not answered is absent. */
export type CoreAnswers = { readonly [I in Item as I['id']]?: AnswerOf<I> };

export type AnswerValue = string | number | readonly string[];
