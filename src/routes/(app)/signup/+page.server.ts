import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { startSession } from '$lib/server/http/start-session';
import { DomainError } from '$lib/server/errors';
import { readClientAddress } from '$lib/server/http/client-address';
import { attempt, failWith, parseForm, readForm } from '$lib/server/http/form';
import { lookUpInvitation } from '$lib/server/invitations/service';
import { invitationTokenSchema } from '$lib/server/invitations/schema';
import { getInstanceSettings } from '$lib/server/settings/service';
import { accountSchema, signUpSchema } from '$lib/server/users/schema';
import { signUp, signUpWithInvitation } from '$lib/server/accounts/sign-up';
import { isSetupNeeded } from '$lib/server/users/service';

type InvitationParam =
	| { status: 'none' }
	| { status: 'valid'; token: string; organisation: { name: string } }
	| { status: 'expired' | 'used' | 'unknown' };

/** `?invite=<token>`: an account that joins the inviting organisation, allowed even when open sign-up is off. */
async function readInvitation(url: URL): Promise<InvitationParam> {
	const raw = url.searchParams.get('invite');
	if (raw === null) return { status: 'none' };
	const token = invitationTokenSchema.safeParse(raw);
	if (!token.success) return { status: 'unknown' };
	const lookup = await lookUpInvitation(getDb(), token.data);
	return lookup.status === 'valid' ? { status: 'valid', token: token.data, organisation: lookup.organisation } : lookup;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	if (await isSetupNeeded(getDb())) redirect(303, '/setup');
	const invitation = await readInvitation(url);
	const { openSignup } = await getInstanceSettings(getDb());
	return {
		openSignup,
		invitedTo: invitation.status === 'valid' ? invitation.organisation.name : null,
		invitationProblem: invitation.status === 'none' || invitation.status === 'valid' ? null : invitation.status
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const values = await readForm(request);
		// Sign-ups are counted against the address: without it, none is made.
		const address = readClientAddress(event);
		if (address === null)
			return failWith(new DomainError('bad_request', 'errors.address_unknown'), locals.locale, values);
		const invitation = await readInvitation(url);
		const db = getDb();

		if (invitation.status === 'valid') {
			const parsed = parseForm(accountSchema, values, locals.locale);
			if (!parsed.ok) return parsed.failure;
			const result = await attempt(locals.locale, values, () =>
				signUpWithInvitation(db, parsed.data, invitation.token, address)
			);
			if (!result.ok) return result.failure;
			await startSession(db, cookies, url, result.value.user.id, result.value.organisationId);
			redirect(303, `/organisations/${result.value.organisationId}/members`);
		}

		const parsed = parseForm(signUpSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () => signUp(db, parsed.data, address));
		if (!result.ok) return result.failure;
		// The same answer whether the address was new or already had an account: no session, a sign-in page.
		redirect(303, '/signin?signed_up=1');
	}
};
