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
		}
		interface Locals {
			user: User | null;
			session: Session | null;
			locale: string;
			/** The language of the page when it is not the interface's: a respondent's page in Portuguese, say. */
			documentLanguage?: string;
		}
	}
}

export {};
