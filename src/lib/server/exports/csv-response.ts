import type { ResponsesExport } from './responses-csv';

/** An export as a file to download (a stream, or the whole text), never cached. */
export function toCsvDownload(filename: string, body: ReadableStream<Uint8Array> | string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

export function toResponsesDownload({ filename, stream }: ResponsesExport): Response {
	return toCsvDownload(filename, stream);
}

/** `?hxl=1` (or `true`, `yes`) asks for the HXL hashtag row. */
export function wantsHxl(url: URL): boolean {
	return ['1', 'true', 'yes'].includes(url.searchParams.get('hxl') ?? '');
}
