import { z } from 'zod';

/** An API body of these fields only: a misspelt or unknown field is refused with its own message, not ignored. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
	return z.strictObject(shape, {
		error: (issue) => (issue.code === 'unrecognized_keys' ? 'errors.field_unknown' : undefined)
	});
}
