import type { RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { attempt, submitForm } from '$lib/server/http/form';
import { publishPublicReport, withdrawPublicReport } from '$lib/server/public-reports/service';
import { shareBodySchema } from '$lib/server/sharing/schema';
import { revokeShare, shareCampaign } from '$lib/server/sharing/service';

/** The campaign page's sharing section: shares with donors, and the public report (owners; the services check). */
export const sharingActions = {
	share: async ({ locals, url, params, request }: RequestEvent) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, shareBodySchema, async ({ organisationId }) => {
			const shares = await shareCampaign(getDb(), user.id, params.id, organisationId);
			return shares.find((share) => share.organisationId === organisationId)?.organisationName ?? '';
		});
		return result.ok ? { sharedWith: result.value } : result.failure;
	},
	revoke: async ({ locals, url, params, request }: RequestEvent) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, shareBodySchema, ({ organisationId }) =>
			revokeShare(getDb(), user.id, params.id, organisationId)
		);
		return result.ok ? { revoked: true } : result.failure;
	},
	publishReport: async ({ locals, url, params }: RequestEvent) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => publishPublicReport(getDb(), user.id, params.id, url.origin));
		return result.ok ? { publicReportUrl: result.value.url } : result.failure;
	},
	withdrawReport: async ({ locals, url, params }: RequestEvent) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => withdrawPublicReport(getDb(), user.id, params.id));
		return result.ok ? { publicReportWithdrawn: true } : result.failure;
	}
};
