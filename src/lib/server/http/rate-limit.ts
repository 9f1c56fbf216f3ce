/** How often one address may ask within a minute; 0 lifts the limit. */
export type RateLimitSetting = { ok: true; perMinute: number } | { ok: false; problem: string };

export const DEFAULT_PUBLIC_REPORT_RATE_LIMIT = 120;

/** PUBLIC_REPORT_RATE_LIMIT: requests a minute per address to public reports (120 unless set; 0 for none). */
export function readPublicReportRateLimit(env: Record<string, string | undefined>): RateLimitSetting {
	const value = env.PUBLIC_REPORT_RATE_LIMIT?.trim();
	if (value === undefined || value === '') return { ok: true, perMinute: DEFAULT_PUBLIC_REPORT_RATE_LIMIT };
	if (!/^\d{1,9}$/.test(value))
		return {
			ok: false,
			problem: `PUBLIC_REPORT_RATE_LIMIT must be a whole number of requests a minute (0 for no limit), not "${value.slice(0, 40)}"`
		};
	return { ok: true, perMinute: Number(value) };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;
// Each address costs a few dozen bytes; past this many in one minute the oldest windows are dropped first.
const MAX_ADDRESSES = 100_000;

/**
 * Counts each address's requests in a fixed window of a minute, in this process. With several processes behind a
 * balancer each counts its own share, so an address gets at most the limit times the number of processes.
 */
export class AddressRateLimiter {
	readonly #windows = new Map<string, { startedAt: number; count: number }>();

	constructor(readonly perMinute: number) {}

	take(address: string, now = Date.now()): RateDecision {
		if (this.perMinute === 0) return { allowed: true };
		let window = this.#windows.get(address);
		if (!window || now - window.startedAt >= WINDOW_MS) {
			this.#windows.delete(address);
			if (this.#windows.size >= MAX_ADDRESSES) this.#dropExpired(now);
			window = { startedAt: now, count: 0 };
			this.#windows.set(address, window);
		}
		window.count += 1;
		if (window.count <= this.perMinute) return { allowed: true };
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000)) };
	}

	#dropExpired(now: number): void {
		// Insertion order is the order windows started: the expired ones come first.
		for (const [address, window] of this.#windows) {
			if (now - window.startedAt < WINDOW_MS && this.#windows.size < MAX_ADDRESSES) break;
			this.#windows.delete(address);
		}
	}
}
