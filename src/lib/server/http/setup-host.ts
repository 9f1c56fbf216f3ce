import { hostname, networkInterfaces } from 'node:os';

/** Loopback, the machine's name and every address of its own network interfaces. */
function ownHosts(): Set<string> {
	const hosts = new Set([
		'localhost',
		'127.0.0.1',
		'::1',
		hostname().toLowerCase(),
		`${hostname().toLowerCase()}.local`
	]);
	for (const addresses of Object.values(networkInterfaces())) {
		for (const address of addresses ?? []) hosts.add(address.address.toLowerCase());
	}
	return hosts;
}

/**
 * Until ORIGIN is set, the app trusts the Host its browser sends. On /setup, a page that DNS rebinding could
 * point at this machine under another name, only loopback and the machine's own names and addresses pass.
 */
export function isSetupHostAllowed(url: URL): boolean {
	if (process.env.ORIGIN) return true;
	const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return host.endsWith('.localhost') || host.startsWith('127.') || ownHosts().has(host);
}
