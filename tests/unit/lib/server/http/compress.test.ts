import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressResponse } from '$lib/server/http/compress';

describe('acceptsGzip', () => {
	it.each<[string | null, boolean]>([
		['gzip, deflate, br', true],
		['br;q=1, gzip;q=0.5', true],
		['*', true],
		['gzip;q=0', false],
		['identity', false],
		['', false],
		[null, false]
	])('%s → %s', (header, expected) => {
		expect(acceptsGzip(header)).toBe(expected);
	});
});

describe('compressResponse', () => {
	const page = '<!doctype html><p>' + 'Bonjour '.repeat(500) + '</p>';
	const request = (encoding: string, method = 'GET') =>
		new Request('http://x.test/s/t', { method, headers: { 'accept-encoding': encoding } });
	const html = () =>
		new Response(page, {
			headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(page.length), etag: '"abc"' }
		});

	it('gzips a page for a client that takes gzip, and the page reads the same', async () => {
		const response = compressResponse(request('gzip'), html());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
		expect(response.headers.get('etag')).toBe('W/"abc"');
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(page.length / 10);
		expect(gunzipSync(bytes).toString()).toBe(page);
	});

	it.each([
		['a client without gzip', request('identity'), html()],
		['a HEAD request', request('gzip', 'HEAD'), html()],
		['an image', request('gzip'), new Response(new Uint8Array(100), { headers: { 'content-type': 'image/png' } })],
		['a redirect', request('gzip'), new Response(null, { status: 303, headers: { location: '/done' } })]
	])('leaves %s as it is', (_, req, response) => {
		expect(compressResponse(req, response).headers.get('content-encoding')).toBeNull();
	});
});
