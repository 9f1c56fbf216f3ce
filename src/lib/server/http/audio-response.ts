import { readByteRange } from '$lib/byte-range';

export interface ServedAudio {
	bytes: Uint8Array;
	mediaType: string;
	/** Names this version of the bytes: the ETag. */
	version: string;
	/** The name a download gets (`K1-fr.opus`: what an XLSForm's media column names). */
	fileName?: string;
}

/**
 * A recording as media players fetch it: the whole, or the one range of bytes asked (206), which Safari on an
 * iPhone requires before it plays anything; 304 when the player holds this version; 416 for a range past the end.
 */
export function answerAudio(request: Request, audio: ServedAudio, cacheControl: string): Response {
	const etag = `"${audio.version}"`;
	const size = audio.bytes.length;
	const headers = new Headers({
		'content-type': audio.mediaType,
		'accept-ranges': 'bytes',
		etag,
		'cache-control': cacheControl
	});
	if (audio.fileName)
		headers.set('content-disposition', `inline; filename="${audio.fileName.replace(/[^\w.-]/g, '_')}"`);
	if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
	// A range of another version than the player holds would splice two recordings: the whole instead.
	const ifRange = request.headers.get('if-range');
	const range =
		ifRange === null || ifRange === etag
			? readByteRange(request.headers.get('range'), size)
			: { kind: 'whole' as const };
	if (range.kind === 'unsatisfiable') {
		headers.set('content-range', `bytes */${size}`);
		return new Response(null, { status: 416, headers });
	}
	if (range.kind === 'whole') {
		headers.set('content-length', String(size));
		return new Response(audio.bytes.slice(), { status: 200, headers });
	}
	headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
	headers.set('content-length', String(range.end - range.start + 1));
	return new Response(audio.bytes.slice(range.start, range.end + 1), { status: 206, headers });
}

function matchesEtag(header: string | null, etag: string): boolean {
	if (header === null) return false;
	return header
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === etag || tag === '*');
}
