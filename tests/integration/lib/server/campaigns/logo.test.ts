import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	getCampaignLogo,
	getLinkLogo,
	LOGO_MAX_BYTES,
	removeCampaignLogo,
	setCampaignLogo,
	sniffImageType
} from '$lib/server/campaigns/logo';
import { insertMembership } from '$lib/server/organisations/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { TINY_PNG } from '../../../../helpers/images';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const PNG = TINY_PNG;

describe('sniffImageType', () => {
	it.each<[string, number[], string | null]>([
		['PNG', [...PNG.slice(0, 8)], 'image/png'],
		['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
		['WebP', [...Buffer.from('RIFF\0\0\0\0WEBPVP8 ')], 'image/webp'],
		['SVG', [...Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')], null],
		['GIF', [...Buffer.from('GIF89a')], null]
	])('%s', (_, bytes, type) => {
		expect(sniffImageType(Uint8Array.from(bytes))).toBe(type);
	});
});

describe.each(DIALECTS)('campaign logos on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let viewer: string;
	let published: PublishedCampaign;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		viewer = (await createUser(t.db, 'viewer')).id;
		await insertMembership(t.db, {
			organisationId: setup.organisation.id,
			userId: viewer,
			role: 'viewer',
			createdAt: new Date().toISOString()
		});
		published = await publishCampaign(t.db, owner);
	});
	afterEach(async () => t.close());

	it('keeps a small image for the respondents’ pages, replaced and removed by editors', async () => {
		await setCampaignLogo(t.db, owner, published.campaignId, PNG);
		expect(await getCampaignLogo(t.db, viewer, published.campaignId)).toMatchObject({
			contentType: 'image/png',
			bytes: PNG
		});
		expect((await getLinkLogo(t.db, published.links[0].token))?.bytes).toEqual(PNG);
		await setCampaignLogo(t.db, owner, published.campaignId, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
		expect((await getCampaignLogo(t.db, viewer, published.campaignId))?.contentType).toBe('image/jpeg');
		await removeCampaignLogo(t.db, owner, published.campaignId);
		expect(await getLinkLogo(t.db, published.links[0].token)).toBeUndefined();
	});

	it.each<[string, () => Uint8Array, string]>([
		['an empty file', () => new Uint8Array(), 'errors.logo_missing'],
		[
			'an image over 20 KB',
			() => Uint8Array.from([...PNG, ...new Uint8Array(LOGO_MAX_BYTES)]),
			'errors.logo_too_large'
		],
		[
			'an SVG, which could carry script',
			() => Uint8Array.from(Buffer.from('<svg onload="alert(1)"/>')),
			'errors.logo_type'
		]
	])('refuses %s, and keeps nothing', async (_, bytes, messageKey) => {
		await expect(setCampaignLogo(t.db, owner, published.campaignId, bytes())).rejects.toMatchObject({
			code: 'invalid',
			messageKey
		});
		expect(await getCampaignLogo(t.db, owner, published.campaignId)).toBeUndefined();
	});

	it('lets viewers see it but not change it', async () => {
		await expect(setCampaignLogo(t.db, viewer, published.campaignId, PNG)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(removeCampaignLogo(t.db, viewer, published.campaignId)).rejects.toMatchObject({ code: 'forbidden' });
	});
});
