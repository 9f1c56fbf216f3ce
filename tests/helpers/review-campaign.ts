import { expect } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp, signUpOverHttp } from './accounts';
import type { HttpClient } from './http';
import { respondentAnswers } from './responses';
import { publishOverHttp, type PublishedLink } from './survey-http';

export interface ReviewCampaign {
	campaignId: string;
	owner: HttpClient;
	editor: HttpClient;
	viewer: HttpClient;
	enumerator: HttpClient;
	donor: HttpClient;
	/** Baseline, exposed group: self-completed, 6 responses, 3 of them in 40 seconds. */
	self: PublishedLink;
	/** Baseline, comparison group: enumerators' interviews, one by the enumerator (40 s), one by the owner. */
	interviews: PublishedLink;
	/** Endline, exposed group: 2 responses in 40 seconds. */
	endline: PublishedLink;
}

/**
 * The fixture campaign (French and Arabic) with its team (owner, editor, viewer, enumerator), shared with a donor,
 * and responses sent through the collection API in June 2026, within the campaign's dates: quick ones (40 s) and
 * slow ones (10 min) on several links.
 */
export async function makeReviewCampaign(url: string): Promise<ReviewCampaign> {
	const owner = await setUpOverHttp(url, 'officer@example.org', 'Sahel Info');
	const organisation = await activeOrganisationId(owner);
	const editor = await inviteOverHttp(owner, organisation, 'editor', 'editor@example.org');
	const viewer = await inviteOverHttp(owner, organisation, 'viewer', 'viewer@example.org');
	const enumerator = await inviteOverHttp(owner, organisation, 'enumerator', 'enumerator@example.org');
	const donor = await signUpOverHttp(url, 'donor@example.org', 'Fonds Sahel', 'donor');
	const token = await createTokenOverHttp(owner);
	const published = await publishOverHttp(url, token);
	const { campaignId } = published;
	const self = published.link('baseline', 'exposed');
	const interviews = published.link('baseline', 'comparison');
	const endline = published.link('endline', 'exposed');
	const settings = { mode: 'enumerator', opensAt: '', closesAt: '' };
	expect((await owner.post(`/campaigns/${campaignId}/links/${interviews.id}?/settings`, settings)).status).toBe(200);
	const donorToken = await createTokenOverHttp(donor);
	const donorOrganisation = (
		await (await fetch(`${url}/api/v1/organisations`, { headers: { authorization: `Bearer ${donorToken}` } })).json()
	).organisations[0].id;
	const shared = await fetch(`${url}/api/v1/campaigns/${campaignId}/shares`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: JSON.stringify({ organisationId: donorOrganisation })
	});
	expect(shared.status).toBe(200);

	let sent = 0;
	const collect = async (link: PublishedLink, seconds: number, headers: Record<string, string> = {}) => {
		sent += 1;
		const at = Date.parse('2026-06-10T10:00:00.000Z') + sent * 60_000;
		const response = await fetch(`${url}/api/v1/collect/${link.token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: url, ...headers },
			body: JSON.stringify({
				clientId: `review-${String(sent).padStart(3, '0')}`,
				language: 'fr',
				startedAt: new Date(at - seconds * 1000).toISOString(),
				submittedAt: new Date(at).toISOString(),
				answers: respondentAnswers({ D2: 20 + sent })
			})
		});
		expect(response.status).toBe(201);
	};
	for (let i = 0; i < 6; i++) await collect(self, i % 2 === 0 ? 40 : 600);
	await collect(endline, 40);
	await collect(endline, 40);
	await collect(interviews, 40, { cookie: `mesure_session=${enumerator.cookie('mesure_session')}` });
	await collect(interviews, 600, { authorization: `Bearer ${token}` });
	return { campaignId, owner, editor, viewer, enumerator, donor, self, interviews, endline };
}
