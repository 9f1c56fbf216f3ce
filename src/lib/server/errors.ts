import type { MessageKey, MessageParams } from '../i18n/types';
import { isDatabaseUnavailable } from './db/errors';

export type DomainErrorCode =
	| 'bad_request'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'invalid'
	| 'too_many_requests'
	| 'unavailable';

const STATUS: Record<DomainErrorCode, number> = {
	bad_request: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	invalid: 422,
	too_many_requests: 429,
	unavailable: 503
};

/** An expected failure: routes turn it into its status and the translated message, never a stack trace. */
export class DomainError extends Error {
	readonly code: DomainErrorCode;
	readonly messageKey: MessageKey;
	readonly params: MessageParams;
	/** The form field the failure belongs to, when it belongs to one. */
	readonly field: string | undefined;

	constructor(code: DomainErrorCode, messageKey: MessageKey, options: { params?: MessageParams; field?: string } = {}) {
		super(messageKey);
		this.name = 'DomainError';
		this.code = code;
		this.messageKey = messageKey;
		this.params = options.params ?? {};
		this.field = options.field;
	}

	get status(): number {
		return STATUS[this.code];
	}
}

export function isDomainError(error: unknown): error is DomainError {
	return error instanceof DomainError;
}

/**
 * The failure as an expected one, when it is: a DomainError as it is, a database out of reach (a connection
 * ended or refused) as `unavailable`, a 503 asking to try again. Anything else is a fault: null.
 */
export function asDomainError(error: unknown): DomainError | null {
	if (isDomainError(error)) return error;
	if (isDatabaseUnavailable(error)) return new DomainError('unavailable', 'errors.database_unavailable');
	return null;
}
