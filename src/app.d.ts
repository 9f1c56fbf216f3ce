import type { Session } from '$lib/server/auth/session';
import type { User } from '$lib/server/users/user';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
			/** Respondents' pages: a heading, and the respondent's language (not the interface's). */
			title?: string;
			lang?: string;
			/** The database could not be reached: the page says so, and the answer is a 503. */
			code?: 'unavailable';
		}
		interface Locals {
			user: User | null;
			session: Session | null;
			locale: string;
			/** The language of the page when it is not the interface's: a respondent's page in Portuguese, say. */
			documentLanguage?: string;
			/** Set when the database could not serve the request: its 500 becomes a 503. */
			unavailable?: boolean;
		}
	}
}

export {};
