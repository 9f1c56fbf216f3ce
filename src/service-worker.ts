/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Enumerators' phones only: the interview page registers it. It answers from the offline cache that the page
// filled (the interview forms and their script) when the network does not answer, and passes everything else.
import { readByteRange } from '$lib/byte-range';

const worker = self as unknown as ServiceWorkerGlobalScope;
/** The same names as in the interview page's script (src/lib/survey/client/interviews.js). */
const OFFLINE_CACHE = 'mesure-interviews';
const SESSION_CHECK_HEADER = 'x-mesure-session-check';
const NETWORK_WAIT_MS = 6000;

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	// Who is signed in now is the server's answer alone: a kept copy of the form names whoever was signed in when it
	// was kept, and taking it for the answer of a slow network would send the queue under the wrong person.
	if (request.headers.has(SESSION_CHECK_HEADER)) return;
	if (url.pathname.startsWith('/_app/immutable/')) event.respondWith(fromCacheFirst(request));
	else if (/^\/s\/[^/]+\/audio\//.test(url.pathname)) event.respondWith(fromKeptAudio(request));
	else if (url.pathname.startsWith('/s/')) event.respondWith(fromNetworkFirst(request, url));
});

/** Hashed assets never change: the cached copy is the right one. */
async function fromCacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(OFFLINE_CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

/**
 * A question's recording: its address names its version, so the kept copy is the right one, network or not. Media
 * players ask for ranges of bytes (Safari on an iPhone plays nothing otherwise): the kept whole is cut to the
 * range asked, as the server does. One not kept is asked of the network as it is.
 */
async function fromKeptAudio(request: Request): Promise<Response> {
	const cache = await caches.open(OFFLINE_CACHE);
	const kept = await cache.match(request.url);
	if (!kept) return fetch(request);
	const asked = request.headers.get('range');
	if (asked === null) return kept;
	const bytes = new Uint8Array(await kept.arrayBuffer());
	const range = readByteRange(asked, bytes.length);
	const headers = new Headers(kept.headers);
	if (range.kind === 'whole') return new Response(bytes, { status: 200, headers });
	headers.delete('content-length');
	if (range.kind === 'unsatisfiable') {
		headers.set('content-range', `bytes */${bytes.length}`);
		return new Response(null, { status: 416, headers });
	}
	headers.set('content-range', `bytes ${range.start}-${range.end}/${bytes.length}`);
	headers.set('content-length', String(range.end - range.start + 1));
	return new Response(bytes.slice(range.start, range.end + 1), { status: 206, statusText: 'Partial Content', headers });
}

/** The newest form when the network answers in time (and it refreshes the kept copy); the kept one otherwise. */
async function fromNetworkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(OFFLINE_CACHE);
	const key = url.pathname + url.search;
	try {
		const response = await withTimeout(fetch(request), NETWORK_WAIT_MS);
		if (response.ok && response.headers.has('x-mesure-offline') && (await cache.match(key)))
			await cache.put(key, response.clone());
		return response;
	} catch {
		return (await cache.match(key)) ?? Response.error();
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timeout')), ms);
		promise.then(
			(value) => (clearTimeout(timer), resolve(value)),
			(error) => (clearTimeout(timer), reject(error))
		);
	});
}
