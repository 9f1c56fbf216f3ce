import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

function randomBase32(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

/** A random, unguessable id for rows whose id shows in URLs (15 bytes: 24 characters). */
export function generateId(): string {
	return randomBase32(15);
}

/** Random bytes drawn a few kilobytes at a time: one call each is slow next to the work of a response. */
let pool = new Uint8Array(0);
let taken = 0;

function takeRandomBytes(count: number): Uint8Array {
	if (taken + count > pool.length) {
		pool = crypto.getRandomValues(new Uint8Array(4096));
		taken = 0;
	}
	taken += count;
	return pool.subarray(taken - count, taken);
}

/**
 * A random id that begins with the time it was made (6 bytes of milliseconds, then 9 random bytes: 24
 * characters, like generateId's). Ids made within minutes share their first characters, so rows added all
 * day long go to a few places of their index instead of anywhere in it, which keeps each insert cheap.
 */
export function generateOrderedId(now = Date.now()): string {
	const buffer = new Uint8Array(15);
	buffer.set(takeRandomBytes(9), 6);
	let time = now;
	for (let i = 5; i >= 0; i--) {
		buffer[i] = time % 256;
		time = Math.floor(time / 256);
	}
	return encodeBase32LowerCaseNoPadding(buffer);
}

/** A bearer secret (sessions, invitations, API tokens): 20 random bytes, as Lucia's guide advises. */
export function generateSecret(): string {
	return randomBase32(20);
}

/** What is stored in place of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}
