import { gzipSync } from 'node:zlib';
import { Kept } from '$lib/kept';

/** A public report's page as it was rendered once, with its gzipped bytes, served again until its key moves. */
export interface RenderedPage {
	html: Uint8Array<ArrayBuffer>;
	gzipped: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
}

// A page is about 150 KB (30 KB gzipped): a few hundred reports, languages and splits cost under 100 MB.
const keptPages = new Kept<RenderedPage>(400);
const rendering = new Map<string, Promise<RenderedPage | null>>();

// Headers that belong to one answer, not to the page.
const PER_ANSWER = new Set(['set-cookie', 'date', 'etag', 'content-length', 'content-encoding', 'vary']);

/**
 * The page kept under `key`, or the one `render` makes (null when it is not a page to keep: an error, a redirect).
 * Visitors who arrive together while it is made wait for the one rendering.
 */
export async function readRenderedPage(key: string, render: () => Promise<Response>): Promise<RenderedPage | Response> {
	const kept = keptPages.get(key);
	if (kept) return kept;
	const pending = rendering.get(key);
	if (pending) {
		const page = await pending;
		if (page) return page;
	}
	let response: Response | undefined;
	const made = (async () => {
		response = await render();
		if (
			response.status !== 200 ||
			!response.headers.get('content-type')?.startsWith('text/html') ||
			response.headers.has('content-encoding')
		)
			return null;
		const html = new Uint8Array(await response.arrayBuffer());
		const page: RenderedPage = {
			html,
			gzipped: new Uint8Array(gzipSync(html, { level: 6 })),
			headers: [...response.headers].filter(([name]) => !PER_ANSWER.has(name))
		};
		keptPages.set(key, page);
		return page;
	})();
	rendering.set(key, made);
	try {
		return (await made) ?? response!;
	} finally {
		rendering.delete(key);
	}
}
