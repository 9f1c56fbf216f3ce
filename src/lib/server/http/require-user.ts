import { redirect } from '@sveltejs/kit';
import type { Session } from '../auth/session';
import type { User } from '../users/user';

/** The signed-in user, or a redirect to sign in that comes back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): { user: User; session: Session } {
	if (!locals.user || !locals.session) {
		redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return { user: locals.user, session: locals.session };
}
