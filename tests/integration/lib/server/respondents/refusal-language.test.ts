import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDatabase } from '$lib/server/db/connect';
import { chooseRefusalLanguage } from '$lib/server/respondents/send';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { publishCampaign } from '../../../../helpers/responses';

/** A port nothing listens on. */
async function findClosedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	await new Promise((done) => server.close(done));
	if (!address || typeof address === 'string') throw new Error('no port');
	return address.port;
}

describe('chooseRefusalLanguage: the language of the page refusing a last page too large to be read', () => {
	let t: TestDatabase;
	let token: string;

	beforeEach(async () => {
		t = await openTestDatabase('sqlite');
		const owner = (await setUpSahelInfo(t.db)).user;
		token = (await publishCampaign(t.db, owner.id)).link('baseline', 'exposed').token;
	});
	afterEach(async () => t.close());

	it('is the one the survey’s page would speak: asked for among its languages, or the browser’s, or its first', async () => {
		expect((await chooseRefusalLanguage(t.db, { token, language: 'en', acceptLanguage: 'fr' })).language).toBe('en');
		expect((await chooseRefusalLanguage(t.db, { token, language: 'ar', acceptLanguage: 'en;q=0.5' })).language).toBe(
			'en'
		);
		expect((await chooseRefusalLanguage(t.db, { token, language: null, acceptLanguage: 'ar' })).language).toBe('fr');
	});

	it('is the one asked for, or the browser’s, when the link does not exist or the database is out of reach', async () => {
		expect(
			(await chooseRefusalLanguage(t.db, { token: 'a'.repeat(24), language: 'pt', acceptLanguage: null })).language
		).toBe('pt');
		const unreachable = connectDatabase({
			dialect: 'postgres',
			url: `postgres://postgres@127.0.0.1:${await findClosedPort()}/none`,
			poolSize: 1
		});
		// The pool says once that it cannot connect.
		vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			expect((await chooseRefusalLanguage(unreachable, { token, language: null, acceptLanguage: 'es' })).language).toBe(
				'es'
			);
		} finally {
			vi.restoreAllMocks();
			await unreachable.destroy();
		}
	});
});
