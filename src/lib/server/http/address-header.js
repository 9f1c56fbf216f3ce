// Plain JavaScript so that scripts/lib/fast-path.js, which answers respondents' requests before the app, reads the
// client's address as the app does. The rules are adapter-node's (its getClientAddress), said here in words an
// operator can act on when a request does not follow them.

/**
 * @typedef {{ ok: true, address: string } | { ok: false, problem: string }} AddressRead
 */

/**
 * The client's address from the header named by ADDRESS_HEADER (for x-forwarded-for, the XFF_DEPTH-th from the end),
 * or what keeps it from being read; null when ADDRESS_HEADER is not set (the connection's own address is the client's).
 * @param {(name: string) => string | string[] | null | undefined} readHeader
 * @param {Record<string, string | undefined>} env
 * @returns {AddressRead | null}
 */
export function readAddressHeader(readHeader, env) {
	const name = (env.ADDRESS_HEADER ?? '').toLowerCase();
	if (!name) return null;
	const raw = readHeader(name);
	if (raw === null || raw === undefined) {
		return {
			ok: false,
			problem: `ADDRESS_HEADER ${name} is set but a request came without it: is the proxy setting it?`
		};
	}
	const value = String(raw);
	if (name !== 'x-forwarded-for') return { ok: true, address: value };
	const depth = parseInt(env.XFF_DEPTH ?? '1');
	if (!(depth >= 1))
		return { ok: false, problem: `XFF_DEPTH is ${env.XFF_DEPTH} but must be a whole number of 1 or more` };
	const addresses = value.split(',');
	if (depth > addresses.length) {
		return {
			ok: false,
			problem: `XFF_DEPTH is ${depth} but a request came with fewer addresses in x-forwarded-for: does each proxy in front of Mesure add one?`
		};
	}
	return { ok: true, address: addresses[addresses.length - depth].trim() };
}
