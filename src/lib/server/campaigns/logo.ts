import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { deleteLogo, findLogo, findLogoByLinkToken, upsertLogo } from './logo-repository';
import { getCampaign } from './service';
import { EDITORS } from '../organisations/guards';

/** A logo costs respondents' data: a small one, in a format every phone shows. */
export const LOGO_MAX_BYTES = 20 * 1024;

export interface Logo {
	contentType: 'image/png' | 'image/jpeg' | 'image/webp';
	bytes: Uint8Array;
	updatedAt: string;
}

/** The format, read from the file's first bytes (never from its name or what the browser claims). */
export function sniffImageType(bytes: Uint8Array): Logo['contentType'] | null {
	const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
	if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
	if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp';
	return null;
}

/** Owners and editors give the campaign a logo for its respondents' pages, or change it. */
export async function setCampaignLogo(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	bytes: Uint8Array,
	now = new Date()
): Promise<void> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (bytes.length === 0) throw new DomainError('invalid', 'errors.logo_missing', { field: 'file' });
	if (bytes.length > LOGO_MAX_BYTES)
		throw new DomainError('invalid', 'errors.logo_too_large', {
			field: 'file',
			params: { size: Math.round(LOGO_MAX_BYTES / 1024) }
		});
	const contentType = sniffImageType(bytes);
	if (!contentType) throw new DomainError('invalid', 'errors.logo_type', { field: 'file' });
	await upsertLogo(db, {
		campaign_id: campaign.id,
		content_type: contentType,
		data: Buffer.from(bytes).toString('base64'),
		updated_at: now.toISOString()
	});
}

export async function removeCampaignLogo(db: Kysely<Database>, actorId: string, campaignId: string): Promise<void> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	await deleteLogo(db, campaign.id);
}

/** The campaign's logo for its members; undefined when it has none. */
export async function getCampaignLogo(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<Logo | undefined> {
	const campaign = await getCampaign(db, actorId, campaignId);
	return findLogo(db, campaign.id);
}

/** The logo respondents' pages show: anyone with the link may see it. */
export function getLinkLogo(db: Kysely<Database>, token: string): Promise<Logo | undefined> {
	return findLogoByLinkToken(db, token);
}
