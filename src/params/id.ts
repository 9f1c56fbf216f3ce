import type { ParamMatcher } from '@sveltejs/kit';
import { z } from 'zod';
import { ID_PATTERN } from '$lib/ids';

const idSchema = z.string().regex(ID_PATTERN);

/** Route segments that hold a row id: anything else is a 404 before any code runs. */
export const match: ParamMatcher = (param) => idSchema.safeParse(param).success;
