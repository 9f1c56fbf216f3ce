import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { getDb } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { prepareDatabase } from '$lib/server/db/prepare';
import { describeFailure } from '$lib/server/describe-failure';
import { authenticateRequest } from '$lib/server/http/authenticate';
import { resolveLocale } from '$lib/server/http/locale-cookie';
import { getCatalogue, isSupportedLocale } from '$lib/server/i18n/catalogues';
import { addSecurityHeaders } from '$lib/server/http/security-headers';
import { startHousekeeping } from '$lib/server/housekeeping';
import { announceSetupCode } from '$lib/server/users/announce-setup-code';
import { compressResponse } from '$lib/server/http/compress';
import { answerPublicReportPage, isPublicReportRequest } from '$lib/server/http/public-report-pages';
import { readPublicReportRateLimit } from '$lib/server/http/rate-limit';
import { localiseMessage } from '$lib/server/http/messages';
import { answerUnavailable, keepUnavailableStatus } from '$lib/server/http/unavailable';
import { collectFast } from '$lib/server/http/fast-collect';
import { refuseTooLargeFast, sendSurveyFast } from '$lib/server/http/fast-send';
import { registerFastPath } from '$lib/server/respondents/fast-path';
import { isCoreLanguage } from '$lib/core-module';
import { languageDirection } from '$lib/languages';

export const init: ServerInit = async () => {
	if (building) return;
	let db;
	try {
		db = getDb();
	} catch (error) {
		// A setting the process cannot use (DATABASE_URL, SQLITE_SYNCHRONOUS): its message names it, and holds no secret.
		console.error(
			`Mesure cannot start: ${error instanceof Error ? error.message : 'the database settings are not valid'}.`
		);
		process.exit(1);
	}
	const rateLimit = readPublicReportRateLimit(process.env);
	if (!rateLimit.ok) {
		console.error(`Mesure cannot start: ${rateLimit.problem}.`);
		process.exit(1);
	}
	const prepared = await prepareDatabase(db);
	if (!prepared.ok) {
		console.error(`Mesure cannot start: ${prepared.problem}.`);
		process.exit(1);
	}
	await announceSetupCode(db);
	startHousekeeping(getDb());
	registerFastPath({ send: sendSurveyFast, refuseTooLarge: refuseTooLargeFast, collect: collectFast });
};

const locale: Handle = ({ event, resolve }) => {
	event.locals.locale = resolveLocale(event.cookies, event.request.headers);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const language = event.locals.documentLanguage;
			// Read as the page is sent: the signed-in person's own language is known only after `auth`.
			const { code, dir } = getCatalogue(event.locals.locale).locale;
			if (!language) return html.replace('%lang%', code).replace('%dir%', dir);
			return html.replace('%lang%', language).replace('%dir%', languageDirection(language));
		}
	});
};

const auth: Handle = async ({ event, resolve }) => {
	try {
		await authenticateRequest(getDb(), event);
		const chosen = event.locals.user?.locale;
		if (chosen && isSupportedLocale(chosen)) event.locals.locale = chosen;
	} catch (caught) {
		if (!isDatabaseUnavailable(caught)) throw caught;
		const response = answerUnavailable(event);
		addSecurityHeaders(response, event.url, false);
		return response;
	}
	return keepUnavailableStatus(event, await resolve(event));
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	addSecurityHeaders(response, event.url, event.locals.user !== null);
	return compressResponse(event.request, response);
};

const publicReports: Handle = ({ event, resolve }) =>
	isPublicReportRequest(event.url) ? answerPublicReportPage(event, async () => resolve(event)) : resolve(event);

export const handle = sequence(locale, auth, headers, publicReports);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// A respondent's page says it in the respondent's language, when the address tells it.
	const asked = event.url.searchParams.get('lang');
	const lang = event.route.id?.startsWith('/(respondent)')
		? (event.locals.documentLanguage ?? (asked && isCoreLanguage(asked) ? asked : undefined))
		: undefined;
	if (lang) event.locals.documentLanguage = lang;
	// Not a fault of the app: the connection's loss is logged once by the pool, the request gets a 503.
	if (isDatabaseUnavailable(error)) {
		event.locals.unavailable = true;
		return {
			message: localiseMessage(event.locals.locale ?? 'en', 'errors.database_unavailable'),
			code: 'unavailable',
			...(lang ? { lang } : {})
		};
	}
	const id = crypto.randomUUID();
	if (status >= 500) {
		console.error(
			`error ${id}: ${event.request.method} ${event.route.id ?? '(no route)'} failed (${describeFailure(error)})`
		);
	}
	return { message: status >= 500 ? 'Internal Error' : message, id, ...(lang ? { lang } : {}) };
};
