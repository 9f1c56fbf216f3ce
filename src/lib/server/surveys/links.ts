import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getCampaign } from '../campaigns/service';
import { generateId, generateSecret } from '../crypto';
import type { Database, Group } from '../db/schema';
import { DomainError } from '../errors';
import * as repo from './repository';
import type { CollectionLink } from './survey';
import { EDITORS } from '../organisations/guards';

export const linkSettingsSchema = z
	.object({
		mode: z.enum(['self', 'enumerator'], { error: 'errors.invalid' }),
		opensAt: z.union([z.literal(''), z.iso.date({ error: 'errors.date_invalid' })]).transform((v) => v || null),
		closesAt: z.union([z.literal(''), z.iso.date({ error: 'errors.date_invalid' })]).transform((v) => v || null)
	})
	.refine((v) => !v.opensAt || !v.closesAt || v.opensAt <= v.closesAt, {
		error: 'errors.dates_order',
		path: ['closesAt']
	});

export type LinkSettings = z.infer<typeof linkSettingsSchema>;

/**
 * Owners and editors set who may use a link (`self`: anyone with it; `enumerator`: the
 * organisation's enumerators, editors and owners) and the days it is open, both included.
 */
export async function updateLinkSettings(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	linkId: string,
	settings: LinkSettings
): Promise<CollectionLink> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	if (!(await repo.updateLink(db, campaign.id, linkId, settings)))
		throw new DomainError('not_found', 'errors.link_not_found');
	return (await repo.listLinks(db, campaign.id)).find((link) => link.id === linkId)!;
}

/** The optional third wave: one more link per group, once the survey has links at all. */
export async function addFollowUpWave(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	now = new Date()
): Promise<CollectionLink[]> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const links = await repo.listLinks(db, campaign.id);
	if (links.length === 0) throw new DomainError('conflict', 'errors.publish_first');
	if (links.some((link) => link.wave === 'followup')) throw new DomainError('conflict', 'errors.followup_exists');
	const groups: Group[] = campaign.comparisonGroup ? ['exposed', 'comparison'] : ['exposed'];
	for (const group of groups) {
		await repo.insertLink(db, {
			id: generateId(),
			campaign_id: campaign.id,
			wave: 'followup',
			group_name: group,
			mode: links.find((link) => link.group === group)?.mode ?? 'self',
			token: generateSecret(),
			opens_at: null,
			closes_at: null,
			created_at: now.toISOString()
		});
	}
	return repo.listLinks(db, campaign.id);
}
