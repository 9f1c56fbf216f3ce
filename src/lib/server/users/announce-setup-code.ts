import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { issueSetupCode } from './setup-code';

/**
 * While the instance has no administrator, prints on the console a one-time code that /setup asks for (as
 * Jupyter and Grafana do): whoever reaches a fresh instance over the network first cannot take it.
 */
export async function announceSetupCode(db: Kysely<Database>): Promise<void> {
	const code = await issueSetupCode(db);
	if (!code) return;
	const port = process.env.PORT ?? '3000';
	const where = process.env.ORIGIN ? `${process.env.ORIGIN}/setup` : `http://localhost:${port}/setup`;
	console.log(`\nMesure has no administrator yet. Open ${where} and enter this one-time set-up code:\n\n    ${code}\n`);
}
