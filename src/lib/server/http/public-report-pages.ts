import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { DIMENSIONS } from '$lib/indicators';
import type { MessageKey, MessageParams } from '$lib/i18n/types';
import { getDb } from '../db';
import { getCatalogue } from '../i18n/catalogues';
import { readRenderedPage } from '../public-reports/page-cache';
import { publicReportTokenSchema } from '../public-reports/schema';
import { PUBLIC_REPORT_PATH, readPublicReportVersion } from '../public-reports/service';
import { readClientAddress } from './client-address';
import { acceptsGzip } from './compress';
import { localiseMessage } from './messages';
import { AddressRateLimiter, readPublicReportRateLimit } from './rate-limit';

const limiter = new AddressRateLimiter(
	(() => {
		const setting = readPublicReportRateLimit(process.env);
		return setting.ok ? setting.perMinute : 0;
	})()
);

const REPORT_PAGE = new RegExp(`^${PUBLIC_REPORT_PATH}([^/]+)$`);
// Every split the page offers, and none: other queries are rendered as they come and never kept.
const KEPT_QUERIES = new Set(['', ...DIMENSIONS.map((dimension) => `?by=${dimension}`)]);

/** Whether the request is for a public report's page, the only pages anonymous visitors read in number. */
export function isPublicReportRequest(url: URL): boolean {
	return REPORT_PAGE.test(url.pathname);
}

/**
 * A public report's page: each address may ask it `PUBLIC_REPORT_RATE_LIMIT` times a minute (429 past that), a
 * returning visitor whose copy is current gets a 304, and the page is rendered once for each data version,
 * split and language, then served as it was rendered. A withdrawn report is looked up like any other: not found.
 */
export async function answerPublicReportPage(event: RequestEvent, render: () => Promise<Response>): Promise<Response> {
	const { locale } = event.locals;
	const address = readClientAddress(event);
	if (address === null) return plainAnswer(locale, 400, 'errors.address_unknown');
	const decision = limiter.take(address);
	if (!decision.allowed)
		return plainAnswer(
			locale,
			429,
			'errors.too_many_public_requests',
			{ seconds: decision.retryAfterSeconds },
			{ 'retry-after': String(decision.retryAfterSeconds) }
		);
	const token = REPORT_PAGE.exec(event.url.pathname)![1];
	if (
		!['GET', 'HEAD'].includes(event.request.method) ||
		!KEPT_QUERIES.has(event.url.search) ||
		!publicReportTokenSchema.safeParse(token).success
	)
		return render();
	const reportVersion = await readPublicReportVersion(getDb(), token);
	if (reportVersion === null) return render();
	const key = `${reportVersion}:${event.url.search}:${locale}:${buildVersion}`;
	const etag = `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
	const validators = { etag, 'cache-control': 'no-cache', vary: 'Accept-Language, Cookie' };
	if (matchesEtag(event.request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers: validators });
	const page = await readRenderedPage(key, render);
	if (page instanceof Response) return page;
	const gzip = acceptsGzip(event.request.headers.get('accept-encoding'));
	const headers = new Headers(page.headers);
	for (const [name, value] of Object.entries(validators)) headers.set(name, value);
	headers.append('vary', 'Accept-Encoding');
	if (gzip) headers.set('content-encoding', 'gzip');
	const body = gzip ? page.gzipped : page.html;
	headers.set('content-length', String(body.byteLength));
	return new Response(event.request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** `If-None-Match` names this ETag, alone or in a list, weakly compared (RFC 9110 §13.1.2). */
function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const opaque = etag.replace(/^W\//, '');
	return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/** A refusal as a page of its own in the reader's language: no framework, nothing rendered. */
function plainAnswer(
	locale: string,
	status: number,
	key: MessageKey,
	params: MessageParams = {},
	extra: Record<string, string> = {}
): Response {
	const message = localiseMessage(locale, key, params).replace(
		/[&<>"']/g,
		(character) => `&#${character.charCodeAt(0)};`
	);
	const { code, dir } = getCatalogue(locale).locale;
	const html = `<!doctype html><html lang="${code}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title><link rel="icon" href="data:,"></head><body><main><h1>${message}</h1></main></body></html>`;
	return new Response(html, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra }
	});
}
