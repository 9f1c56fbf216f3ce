import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { authenticateApiToken } from '$lib/server/api-tokens/service';
import { connectDatabase } from '$lib/server/db/connect';
import { signIn } from '$lib/server/accounts/sign-in';
import { DIALECTS } from '../../helpers/db';
import { createScratchDatabase } from '../../helpers/postgres';

async function cli(env: Record<string, string>, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out, err: err.join('\n') };
}

describe.each(DIALECTS)('command line on %s', (dialect) => {
	let env: Record<string, string>;
	let cleanup: () => Promise<void>;

	beforeEach(async () => {
		if (dialect === 'postgres') {
			const scratch = await createScratchDatabase();
			env = { DATABASE_URL: scratch.url };
			cleanup = scratch.drop;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'mesure-cli-'));
			env = { DATABASE_URL: `sqlite:${join(dir, 'm.db')}` };
			cleanup = async () => rmSync(dir, { recursive: true, force: true });
		}
	});
	afterEach(async () => cleanup());

	it('makes the demo once, printing accounts that sign in', async () => {
		const seeded = await cli(env, 'seed-demo');
		expect(seeded.code, seeded.err).toBe(0);
		expect(seeded.out.map((line) => line.split(' ').slice(0, 2))).toEqual([
			['ngo-owner', 'ngo-owner@demo.example.org'],
			['donor', 'donor@demo.example.org']
		]);
		const db = connectDatabase(
			dialect === 'postgres'
				? { dialect, url: env.DATABASE_URL, poolSize: 2 }
				: { dialect, path: env.DATABASE_URL.slice('sqlite:'.length) }
		);
		try {
			for (const line of seeded.out) {
				const [, email, password] = line.split(' ');
				expect(await signIn(db, { email, password }, '192.0.2.1')).toMatchObject({ ok: true });
			}
		} finally {
			await db.destroy();
		}
		const again = await cli(env, 'seed-demo');
		expect(again.code).toBe(1);
		expect(again.err).toContain('already here');
	});

	it('migrates, creates a user who can sign in, and a token that authenticates them', async () => {
		expect((await cli(env, 'migrate')).out.join()).toContain('20261127120000_foundation');
		expect((await cli(env, 'migrate')).out.join()).toContain('up to date');

		const created = await cli(
			env,
			'create-user',
			'--email',
			'Op@Example.org',
			'--password',
			'operator password',
			'--org',
			'Fonds Sahel',
			'--org-type',
			'donor',
			'--role',
			'owner',
			'--admin'
		);
		expect(created.code).toBe(0);
		const joined = await cli(
			env,
			'create-user',
			'--email',
			'ed@example.org',
			'--password',
			'editor password',
			'--org',
			'Fonds Sahel',
			'--org-type',
			'donor',
			'--role',
			'editor'
		);
		expect(joined.code).toBe(0);
		expect(joined.out.join()).toContain('Joined organisation "Fonds Sahel"');

		const token = await cli(env, 'create-token', '--email', 'op@example.org', '--name', 'backups');
		expect(token.code).toBe(0);
		const printed = token.out.at(-1)!;
		expect(printed).toMatch(/^mesure_[a-z2-7]{32}$/);

		const db = connectDatabase(
			dialect === 'postgres'
				? { dialect, url: env.DATABASE_URL, poolSize: 2 }
				: { dialect, path: env.DATABASE_URL.slice('sqlite:'.length) }
		);
		try {
			const user = await authenticateApiToken(db, printed);
			expect(user).toMatchObject({ email: 'op@example.org', isAdmin: true });
			expect(await signIn(db, { email: 'ed@example.org', password: 'editor password' }, '192.0.2.1')).toMatchObject({
				ok: true
			});
			const roles = await db.selectFrom('memberships').select('role').orderBy('role').execute();
			expect(roles.map((r) => r.role)).toEqual(['editor', 'owner']);
		} finally {
			await db.destroy();
		}
	});

	it.each([
		[[], 2, /Usage: npm run cli/],
		[['frobnicate'], 2, /Unknown command "frobnicate"/],
		[['create-user', '--email'], 2, /--email/],
		[['create-user', '--bogus', 'x'], 2, /Unknown option '--bogus'/],
		[
			['create-user', '--email', 'not-mail', '--password', 'short', '--org', 'X', '--org-type', 'bank'],
			2,
			/--email: Enter a valid e-mail[\s\S]*--password: Use at least 10[\s\S]*--org-type: Choose NGO or donor/
		],
		[
			[
				'create-user',
				'--email',
				'a@example.org',
				'--password',
				'long enough pw',
				'--org',
				'New',
				'--org-type',
				'ngo',
				'--role',
				'viewer'
			],
			1,
			/must start with an owner/
		],
		[['create-token', '--email', 'nobody@example.org'], 1, /No user has the e-mail address nobody@example.org/],
		[['set-signup', 'maybe'], 2, /Say "open" or "closed"/]
	] as const)('%j exits %i with a clear message', async (argv, code, message) => {
		const result = await cli(env, ...argv);
		expect(result.code).toBe(code);
		expect(result.err).toMatch(message);
	});

	it.each([
		['fr_SN.UTF-8', /Aucun utilisateur/],
		['pt_GW.UTF-8', /nobody@example\.org/],
		['ar_MA.UTF-8', /nobody@example\.org/],
		['C.UTF-8', /No user has the e-mail address/]
	])('says a refusal in the operator’s language (LANG=%s)', async (lang, message) => {
		const result = await cli({ ...env, LANG: lang }, 'create-token', '--email', 'nobody@example.org');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(message);
		if (lang !== 'C.UTF-8') expect(result.err).not.toMatch(/No user has the e-mail address/);
	});

	it('verifies a donor organisation named as it signed up, and only a donor', async () => {
		expect(
			(
				await cli(
					env,
					'create-user',
					'--email',
					'fund@example.org',
					'--password',
					'operator password',
					'--org',
					'Fonds Sahel',
					'--org-type',
					'donor'
				)
			).code
		).toBe(0);
		expect(
			(
				await cli(
					env,
					'create-user',
					'--email',
					'ngo@example.org',
					'--password',
					'operator password',
					'--org',
					'Sahel Info',
					'--org-type',
					'ngo'
				)
			).code
		).toBe(0);
		const verified = await cli(env, 'verify-org', '--org', 'fonds sahel');
		expect(verified.code, verified.err).toBe(0);
		expect(verified.out.join()).toMatch(
			/Donor organisation "Fonds Sahel" \([a-z2-7]{24}\) is verified since \d{4}-\d\d-\d\dT.* \(by command line\)/
		);
		expect(await cli(env, 'verify-org', '--org', 'Sahel Info')).toMatchObject({
			code: 1,
			err: 'Only donor organisations are verified.'
		});
		expect(await cli(env, 'verify-org', '--org', 'Nobody')).toMatchObject({ code: 1 });
		// The same name in other case or accents is another organisation's: refused.
		const twin = await cli(
			env,
			'create-user',
			'--email',
			'twin@example.org',
			'--password',
			'operator password',
			'--org',
			'FONDS SAHÉL',
			'--org-type',
			'ngo'
		);
		expect(twin.code).toBe(1);
	});

	it('prints a set-up code while the instance has no user, and not after', async () => {
		const issued = await cli(env, 'setup-code');
		expect(issued.code).toBe(0);
		expect(issued.out.at(-1)).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){7}$/);
		expect(
			(
				await cli(
					env,
					'create-user',
					'--email',
					'op@example.org',
					'--password',
					'operator password',
					'--org',
					'Ops',
					'--org-type',
					'ngo',
					'--admin'
				)
			).code
		).toBe(0);
		expect(await cli(env, 'setup-code')).toMatchObject({ code: 1, out: [] });
	});

	it('switches open sign-up', async () => {
		expect((await cli(env, 'set-signup', 'closed')).code).toBe(0);
		expect((await cli(env, 'set-signup', 'open')).out.join()).toContain('open');
	});
});

describe('command line without a database', () => {
	it('says the database did not answer, without the password in the address', async () => {
		const result = await cli({ DATABASE_URL: 'postgres://mesure:secret-word@127.0.0.1:9/none' }, 'migrate');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/the database did not answer \(.*ECONNREFUSED\): check DATABASE_URL/);
		expect(result.err).not.toContain('secret-word');
	});
});
