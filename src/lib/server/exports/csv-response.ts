import type { ResponsesExport } from './responses-csv';

/** An export as a file to download: its stream, never cached. */
export function toCsvDownload({ filename, stream }: ResponsesExport): Response {
	return new Response(stream, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

/** `?hxl=1` (or `true`, `yes`) asks for the HXL hashtag row. */
export function wantsHxl(url: URL): boolean {
	return ['1', 'true', 'yes'].includes(url.searchParams.get('hxl') ?? '');
}
