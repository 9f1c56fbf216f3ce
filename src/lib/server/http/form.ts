import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n/types';
import { asDomainError, DomainError } from '../errors';
import { messagesFor } from '../i18n/catalogues';
import { localiseMessage } from './messages';

export type FormValues = Record<string, string>;

/** What a failed form action returns: one translated message per field (`form` for the whole form) and the answers given, bar passwords. */
export interface FormFailure {
	errors: Record<string, string>;
	values: FormValues;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; failure: ActionFailure<FormFailure> };

/** The request's form, or an empty one when its body is not a form (text, broken multipart): then every field is missing. */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		return new FormData();
	}
}

export async function readForm(request: Request): Promise<FormValues> {
	const formData = await readFormData(request);
	const values: FormValues = {};
	for (const [key, value] of formData) {
		if (typeof value === 'string' && !(key in values)) values[key] = value;
	}
	return values;
}

export function keepableValues(values: FormValues): FormValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/** Validates a form against its schema; on failure, a 400 with a message per field in the user's language. */
export function parseForm<S extends z.ZodType>(schema: S, values: FormValues, locale: string): Parsed<z.output<S>> {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		failure: fail(400, { errors: fieldErrors(result.error, locale), values: keepableValues(values) })
	};
}

/** One translated message per top-level field (the first problem found); `form` for the whole. */
export function fieldErrors(error: z.ZodError, locale: string): Record<string, string> {
	const messages = messagesFor(locale);
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (field in errors) continue;
		const key = (issue.message in messages ? issue.message : 'errors.invalid') as MessageKey;
		errors[field] = localiseMessage(locale, key);
	}
	return errors;
}

export function failWith(error: DomainError, locale: string, values: FormValues): ActionFailure<FormFailure> {
	return fail(error.status, {
		errors: { [error.field ?? 'form']: localiseMessage(locale, error.messageKey, error.params) },
		values: keepableValues(values)
	});
}

/** Runs a service call from a form action: an expected failure (the database out of reach too) becomes its status and message, the form kept; anything else propagates. */
export async function attempt<T>(locale: string, values: FormValues, run: () => Promise<T>): Promise<Submitted<T>> {
	try {
		return { ok: true, value: await run() };
	} catch (error) {
		const expected = asDomainError(error);
		if (expected) return { ok: false, failure: failWith(expected, locale, values) };
		throw error;
	}
}

export type Submitted<T> = { ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure> };

/** The whole of a form action's work: read the form, validate it, run one service call, map expected failures. */
export async function submitForm<S extends z.ZodType, T>(
	request: Request,
	locale: string,
	schema: S,
	run: (data: z.output<S>) => Promise<T>
): Promise<Submitted<T>> {
	const values = await readForm(request);
	const parsed = parseForm(schema, values, locale);
	if (!parsed.ok) return parsed;
	return attempt(locale, values, () => run(parsed.data));
}
