/** Pages and JSON are made per request: adapter-node only compresses the static files it serves. */
const COMPRESSIBLE = /^(text\/html|application\/json|text\/csv|text\/plain|image\/svg\+xml)\b/;

/** Whether the request accepts gzip: named (or `*`) with a quality above 0. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	return (acceptEncoding ?? '').split(',').some((part) => {
		const [coding, ...parameters] = part.trim().toLowerCase().split(';');
		if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
		const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((q) => q !== undefined);
		return quality === undefined || Number(quality) > 0;
	});
}

/** The response gzipped on the fly when the client takes it and the body is text worth compressing. */
export function compressResponse(
	request: { method: string; headers: Pick<Headers, 'get'> },
	response: Response
): Response {
	if (request.method === 'HEAD' || !response.body || response.headers.has('content-encoding')) return response;
	if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return response;
	if (!acceptsGzip(request.headers.get('accept-encoding'))) {
		try {
			response.headers.append('vary', 'Accept-Encoding');
		} catch {
			// A response passed through from fetch has immutable headers; caches then simply keep one variant.
		}
		return response;
	}
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	headers.set('content-encoding', 'gzip');
	// Gzip is another representation of the same page: a strong validator would claim the same bytes.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	headers.delete('content-length');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
