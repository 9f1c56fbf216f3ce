import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { MessageKey } from '../lib/i18n/types';
import { isMessageKey, isSupportedLocale, translator } from '../lib/server/i18n/catalogues';
import { connectDatabase, readDatabaseConfig } from '../lib/server/db/connect';
import { prepareDatabase } from '../lib/server/db/prepare';
import type { Database } from '../lib/server/db/schema';
import { describeFailure } from '../lib/server/describe-failure';
import { isDomainError } from '../lib/server/errors';
import { backupCommand, restoreCommand, type FileCommand } from './backup-commands';
import {
	createTokenCommand,
	createUserCommand,
	seedDemoCommand,
	setSignupCommand,
	setupCodeCommand,
	verifyOrgCommand
} from './commands';

export interface Output {
	out(line: string): void;
	err(line: string): void;
}

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                       apply every pending database migration
  create-user --email E --password P --org NAME --org-type ngo|donor
              [--role owner|editor|viewer|enumerator] [--name N] [--admin]
                                create a user in an organisation (created if no organisation has that name;
                                a new organisation needs --role owner, the default)
  create-token --email E [--name N]
                                create a personal API token; the token alone is printed on the last line
  set-signup open|closed        allow or refuse open sign-up (closed on a new instance)
  verify-org --org NAME         verify a donor organisation, so that NGOs are offered to share with it
  setup-code                    print a new one-time code for the administrator's set-up on /setup (only while
                                the instance has no user; npm start prints one too)
  seed-demo                     create a demo NGO and donor with six campaigns of synthetic responses; prints the
                                accounts, one a line: role email password
  backup FILE                   copy the SQLite database to FILE while the app runs (a consistent snapshot)
  restore FILE [--force]        put the SQLite backup FILE in place of the database; one that holds data is
                                replaced only with --force (stop the app first)
  help                          show this message

The database is the one the app uses: DATABASE_URL (postgres://… or sqlite:<path>), else ./data/mesure.db.`;

const OPTIONS = {
	email: { type: 'string' },
	password: { type: 'string' },
	org: { type: 'string' },
	'org-type': { type: 'string' },
	role: { type: 'string' },
	name: { type: 'string' },
	admin: { type: 'boolean' },
	force: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

export type CliValues = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

/** Runs one command; returns the exit code: 0 done, 1 failed, 2 bad usage. */
export async function runCli(argv: string[], env: Record<string, string | undefined>, output: Output): Promise<number> {
	let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>>;
	try {
		parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		output.err(`${error instanceof Error ? error.message : 'Bad arguments'}\n\n${USAGE}`);
		return 2;
	}
	const [command, ...rest] = parsed.positionals;
	if (!command || command === 'help' || parsed.values.help) {
		(command ? output.out : output.err)(USAGE);
		return command ? 0 : 2;
	}

	const onFile = FILE_COMMANDS[command];
	if (onFile) return runOnFile(onFile, env, parsed.values, rest, output);
	const run = COMMANDS[command];
	if (!run) {
		output.err(`Unknown command "${command}".\n\n${USAGE}`);
		return 2;
	}

	let db: Kysely<Database>;
	try {
		db = connectDatabase(readDatabaseConfig(env));
	} catch (error) {
		output.err(error instanceof Error ? error.message : 'Cannot open the database');
		return 1;
	}
	try {
		const prepared = await prepareDatabase(db);
		if (!prepared.ok) {
			output.err(`Cannot prepare the database: ${prepared.problem}.`);
			return 1;
		}
		return await run(db, parsed.values, rest, output, prepared.applied);
	} catch (error) {
		return reportFailure(error, output, readCliLocale(env));
	} finally {
		await db.destroy();
	}
}

async function runOnFile(
	command: FileCommand,
	env: Record<string, string | undefined>,
	values: CliValues,
	positionals: string[],
	output: Output
): Promise<number> {
	try {
		return await command(readDatabaseConfig(env), values, positionals, output);
	} catch (error) {
		return reportFailure(error, output, readCliLocale(env));
	}
}

/** The operator's language, as the shell says it (`LC_ALL`, `LC_MESSAGES`, `LANG`: `fr_SN.UTF-8`); English otherwise. */
function readCliLocale(env: Record<string, string | undefined>): string {
	const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	const language = setting.split(/[_.@-]/)[0].toLowerCase();
	return isSupportedLocale(language) ? language : 'en';
}

function reportFailure(error: unknown, output: Output, locale: string): number {
	const t = translator(locale);
	if (error instanceof z.ZodError) {
		for (const issue of error.issues) {
			const where = issue.path.length && typeof issue.path[0] === 'string' ? `--${issue.path.join('.')}: ` : '';
			output.err(`${where}${isMessageKey(issue.message) ? t(issue.message as MessageKey) : issue.message}`);
		}
		output.err(`\n${USAGE}`);
		return 2;
	}
	if (isDomainError(error)) {
		output.err(t(error.messageKey, error.params));
		return 1;
	}
	output.err(`Failed: ${describeFailure(error)}`);
	return 1;
}

type Command = (
	db: Kysely<Database>,
	values: CliValues,
	positionals: string[],
	output: Output,
	applied: string[]
) => Promise<number>;

const COMMANDS: Record<string, Command> = {
	migrate: async (_db, _values, _positionals, output, applied) => {
		output.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
		return 0;
	},
	'create-user': createUserCommand,
	'create-token': createTokenCommand,
	'set-signup': setSignupCommand,
	'verify-org': verifyOrgCommand,
	'setup-code': setupCodeCommand,
	'seed-demo': seedDemoCommand
};

const FILE_COMMANDS: Record<string, FileCommand> = { backup: backupCommand, restore: restoreCommand };
