import { say } from '$lib/survey/respondent-texts';
import type { Words } from '$lib/survey/words';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ENTITIES[character]);

/**
 * The page a survey's last page gets when its body is over the limit, in the respondent's language. It cannot send
 * the respondent back to the survey with the form as other problems do (a 307): the browser would send the same
 * body again, refused again; a 303 would lose every answer. So it says what to do, the browser's Back button
 * being what keeps the answers; the survey's script, which sends the page itself, shows the message on the form.
 * A page of its own, with no framework: `npm start` answers it before the app.
 */
export function renderTooLargePage(words: Words, token: string): string {
	const text = (key: Parameters<typeof say>[1]) => escapeHtml(say(words, key));
	const language = escapeHtml(words.language);
	return [
		'<!doctype html>',
		`<html lang="${language}" dir="${words.dir}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${text('too_large.title')}</title><link rel="icon" href="data:,"></head>`,
		'<body><main class="respondent" id="main">',
		`<h1>${text('too_large.title')}</h1>`,
		`<p class="notice" role="alert">${text('too_large.text')}</p>`,
		`<p>${text('too_large.how')}</p>`,
		`<p><a href="/s/${escapeHtml(token)}?lang=${language}">${text('too_large.back')}</a></p>`,
		'</main></body></html>'
	].join('\n');
}

/** The same page as the route's answer: a 413 after which the connection closes. */
export function tooLargeResponse(words: Words, token: string): Response {
	return new Response(renderTooLargePage(words, token), {
		status: 413,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'close',
			'content-security-policy': "default-src 'none'; img-src data:; frame-ancestors 'none'"
		}
	});
}
