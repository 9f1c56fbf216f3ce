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

/** A bearer secret (sessions, invitations, API tokens): 20 random bytes, as Lucia's guide advises. */
export function generateSecret(): string {
	return randomBase32(20);
}

/** What is stored in place of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}
