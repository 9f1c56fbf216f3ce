import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): OWASP's recommended minimum.
export async function hashPassword(password: string): Promise<string> {
	return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let decoyHash: Promise<string> | undefined;

/** Spends the time a real check would, so that an unknown e-mail answers as slowly as a wrong password. */
export async function verifyDecoyPassword(password: string): Promise<false> {
	decoyHash ??= hashPassword('decoy password that matches nothing');
	await verifyPassword(await decoyHash, password);
	return false;
}
