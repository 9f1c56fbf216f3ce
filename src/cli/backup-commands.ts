import { z } from 'zod';
import { backUpSqlite, restoreSqlite, type BackupResult } from '../lib/server/db/backup';
import type { DatabaseConfig } from '../lib/server/db/connect';
import type { CliValues, Output } from './run';

/** Commands on the database's file itself: they run before (and instead of) opening and migrating it. */
export type FileCommand = (
	config: DatabaseConfig,
	values: CliValues,
	positionals: string[],
	output: Output
) => Promise<number>;

const fileArgument = z.tuple(
	[z.string({ error: 'Name the backup file.' }).min(1, { error: 'Name the backup file.' })],
	{
		error: 'Name the backup file.'
	}
);

const POSTGRES_ADVICE =
	'This database is PostgreSQL: back it up with pg_dump and restore it with pg_restore (see the README).';

export const backupCommand: FileCommand = async (config, _values, positionals, output) => {
	const [file] = fileArgument.parse(positionals);
	if (config.dialect === 'postgres') return refuse(output, POSTGRES_ADVICE);
	return report(output, backUpSqlite(config.path, file), `Backed up ${config.path} to ${file}`);
};

export const restoreCommand: FileCommand = async (config, values, positionals, output) => {
	const [file] = fileArgument.parse(positionals);
	if (config.dialect === 'postgres') return refuse(output, POSTGRES_ADVICE);
	return report(
		output,
		await restoreSqlite(file, config.path, values.force === true),
		`Restored ${file} to ${config.path}`
	);
};

function report(output: Output, result: BackupResult, done: string): number {
	if (!result.ok) return refuse(output, `Cannot do it: ${result.problem}.`);
	output.out(`${done} (${(result.bytes / 1_048_576).toFixed(1)} MB).`);
	return 0;
}

function refuse(output: Output, message: string): number {
	output.err(message);
	return 1;
}
