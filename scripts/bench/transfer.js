// What goes over the wire for one page: its HTML as sent, and the scripts and stylesheets a browser
// fetches for it. node:http rather than fetch, which decompresses and so hides the bytes sent.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export const BROWSER_ENCODINGS = 'gzip, br';

/**
 * @typedef {object} Transfer
 * @property {number} status
 * @property {string} encoding content-encoding, or "identity"
 * @property {number} sent body bytes as sent (compressed when encoded)
 * @property {Buffer} body the body decoded
 * @property {import('node:http').IncomingHttpHeaders} headers
 */

/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<Transfer>}
 */
export function transfer(url, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((done, fail) => {
		const outgoing = request(
			url,
			{ method, headers: { 'accept-encoding': BROWSER_ENCODINGS, ...headers } },
			(response) => {
				/** @type {Buffer[]} */
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('error', fail);
				response.on('end', () => {
					const raw = Buffer.concat(chunks);
					const encoding = String(response.headers['content-encoding'] ?? 'identity');
					const decoded = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
					done({
						status: response.statusCode ?? 0,
						encoding,
						sent: raw.length,
						body: decoded,
						headers: response.headers
					});
				});
			}
		);
		outgoing.on('error', fail);
		outgoing.end(body);
	});
}

/**
 * The scripts and stylesheets an HTML page makes a browser fetch, as absolute URLs. A stylesheet link
 * with `disabled` is not fetched (HTML: "fetch and process the linked resource" returns early), so it
 * comes back apart, to be shown but not counted.
 * @param {string} html
 * @param {string} pageUrl
 * @returns {{ fetched: string[], disabled: string[] }}
 */
export function findLinkedAssets(html, pageUrl) {
	const fetched = new Set();
	const disabled = new Set();
	const resolve = (/** @type {string} */ href) => new URL(href.replace(/&amp;/g, '&'), pageUrl).href;
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attribute(tag, 'src');
		if (src && !src.startsWith('data:')) fetched.add(resolve(src));
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attribute(tag, 'href');
		if (!href || href.startsWith('data:')) continue;
		if (!rel.some((kind) => kind === 'stylesheet' || kind === 'modulepreload' || kind === 'preload')) continue;
		if (rel.includes('stylesheet') && /\sdisabled(\s|=|\/?>)/i.test(tag)) disabled.add(resolve(href));
		else fetched.add(resolve(href));
	}
	return { fetched: [...fetched], disabled: [...disabled] };
}

/**
 * The modules a module script imports statically (a browser fetches them before running it).
 * @param {string} source
 * @param {string} scriptUrl
 */
export function findStaticImports(source, scriptUrl) {
	const imports = new Set();
	for (const match of source.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) {
		if (match[1].startsWith('.') || match[1].startsWith('/')) imports.add(new URL(match[1], scriptUrl).href);
	}
	return [...imports];
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : null;
}
