import type { Role } from '../db/schema';
import { EDITORS } from '../organisations/guards';
import type { Campaign } from './campaign';

/** What a member's role lets them do with a campaign, as its pages offer it. */
export interface MemberRights {
	canEdit: boolean;
	canExport: boolean;
}

export function describeMemberRights(campaign: Campaign, role: Role): MemberRights {
	const editor = EDITORS.includes(role);
	return { canEdit: editor && campaign.status !== 'closed', canExport: editor };
}
