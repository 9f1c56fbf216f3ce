import type { MessageKey, MessageParams } from '../i18n/types';

export type DomainErrorCode =
	| 'bad_request'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'invalid'
	| 'too_many_requests';

const STATUS: Record<DomainErrorCode, number> = {
	bad_request: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	invalid: 422,
	too_many_requests: 429
};

/** An expected failure: routes turn it into its status and the translated message, never a stack trace. */
export class DomainError extends Error {
	readonly code: DomainErrorCode;
	readonly messageKey: MessageKey;
	readonly params: MessageParams;
	/** The form field the failure belongs to, when it belongs to one. */
	readonly field: string | undefined;

	constructor(
		code: DomainErrorCode,
		messageKey: MessageKey,
		options: { params?: MessageParams; field?: string } = {}
	) {
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
