import type { ParamMatcher } from '@sveltejs/kit';
import { QUESTION_CODE } from '$lib/survey/custom-question';

/** A custom question's code in a URL: anything else is a 404 before any code runs. */
export const match: ParamMatcher = (param) => QUESTION_CODE.test(param);
