import type { Session } from '$lib/server/auth/session';
import type { User } from '$lib/server/users/user';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			user: User | null;
			session: Session | null;
			locale: string;
		}
	}
}

export {};
