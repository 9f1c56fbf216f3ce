import type { Migration } from 'kysely';
import * as foundation from './20261127120000_foundation';

/** Every migration, by name; names sort in the order they apply. Listed in code so that bundling keeps them. */
export const migrations: Record<string, Migration> = {
	'20261127120000_foundation': foundation
};
