import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFailureCount, failureCountParameters } from '$lib/server/auth/throttle';
import {
	buildLinkQuery,
	buildResponseInsert,
	findLinkWithVersion,
	linkQueryParameters,
	newResponseRow
} from '$lib/server/responses/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign } from '../../../../helpers/responses';

// The queries of every respondent's answer keep their compiled text; the parameters they are run with must be
// those a fresh compilation gives, in its order, on each dialect.
describe.each(DIALECTS)('queries compiled once on %s', (dialect) => {
	let t: TestDatabase;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
	});
	afterEach(async () => t.close());

	it.each<[string, number | null]>([
		['a version asked for', 2],
		['the newest version', null]
	])('the link with %s', (_, version) => {
		expect(linkQueryParameters('token-1', version)).toEqual(
			buildLinkQuery(t.db, 'token-1', version).compile().parameters
		);
	});

	it('the count of an address’s submissions', () => {
		const now = '2026-06-01T10:00:00.000Z';
		const start = '2026-06-01T09:50:00.000Z';
		expect(failureCountParameters('collect:x:abc', now, start)).toEqual(
			buildFailureCount(t.db, 'collect:x:abc', now, start).compile().parameters
		);
	});

	it('the insert of a response made from the template, its values in the order of its columns', () => {
		const row = Object.assign(newResponseRow(), {
			id: 'a',
			campaign_id: 'b',
			client_id: 'c',
			d2: 22,
			e2: 'radio school',
			score_rsk1: 3.5
		}) as never;
		const compiled = buildResponseInsert(t.db, row).compile();
		expect(compiled.parameters).toEqual(Object.values(row));
		expect(compiled.parameters).toHaveLength(Object.keys(newResponseRow()).length);
	});

	it('finds the same link as the query built each time, for the version asked or the newest', async () => {
		const { user } = await setUpSahelInfo(t.db);
		const { links } = await publishCampaign(t.db, user.id);
		for (const version of [1, 7, null]) {
			const built = await buildLinkQuery(t.db, links[0].token, version).executeTakeFirst();
			expect(await findLinkWithVersion(t.db, links[0].token, version)).toEqual(built);
		}
		expect(await findLinkWithVersion(t.db, 'no-such-token', null)).toBeUndefined();
	});
});
