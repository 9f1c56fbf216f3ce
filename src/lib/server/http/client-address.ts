import type { RequestEvent } from '@sveltejs/kit';
import { readAddressHeader } from './address-header.js';

/** What was said to the operator already: once each per process, not at every request. */
const said = new Set<string>();

/**
 * The client's address as the adapter reads it, or null when the request does not carry what ADDRESS_HEADER and
 * XFF_DEPTH promise (the adapter throws then): a proxy that does not set the header. The operator is told once;
 * whoever needs the address refuses the request with a 400 and its message, never a 500. Every use of the
 * client's address goes through here.
 */
export function readClientAddress(event: Pick<RequestEvent, 'getClientAddress' | 'request'>): string | null {
	try {
		return event.getClientAddress();
	} catch {
		const read = readAddressHeader((name) => event.request.headers.get(name), process.env);
		tellOperator(read && !read.ok ? read.problem : 'The client’s address could not be read from ADDRESS_HEADER');
		return null;
	}
}

function tellOperator(problem: string): void {
	if (said.has(problem)) return;
	said.add(problem);
	console.error(`${problem} (Such requests are refused with a 400; this is said once.)`);
}
