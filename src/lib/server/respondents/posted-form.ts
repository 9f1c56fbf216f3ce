/** The form's own fields, as a browser posts them (FormData) or as the server's fast path reads them. */
export type PostedForm = Pick<FormData, 'get'> & Iterable<[string, FormDataEntryValue]>;

/** The submission id the form carries: made by the server when it first showed the form, or by the enumerators' queue. */
export const FORM_CLIENT_ID = /^[a-z0-9]{8,40}$/;

export function readText(form: PostedForm, name: string, pattern: RegExp): string | null {
	const value = form.get(name);
	return typeof value === 'string' && pattern.test(value) ? value : null;
}

/** The time the form was first shown, as it carried it; unknown when it is not a time, or in the future. */
export function readStartedAt(form: PostedForm, now: Date): string | null {
	const value = Date.parse(String(form.get('_started') ?? ''));
	return Number.isFinite(value) && value <= now.getTime() ? new Date(value).toISOString() : null;
}

/** The survey version the form was made from, when it says. */
export function readVersion(form: PostedForm): number | null {
	const version = Number(form.get('_version'));
	return Number.isInteger(version) ? version : null;
}
