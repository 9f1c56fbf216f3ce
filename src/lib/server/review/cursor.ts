import { DomainError } from '../errors';
import type { Position } from './repository';

/** Where the next page starts, as an opaque text the caller sends back. */
export function writeCursor(position: Position): string {
	return Buffer.from(JSON.stringify([position.submittedAt, position.id])).toString('base64url');
}

/** The position a cursor names; a cursor this app did not write is refused. */
export function readCursor(cursor: string): Position {
	try {
		const [submittedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		if (typeof submittedAt === 'string' && typeof id === 'string' && submittedAt.length <= 40 && id.length <= 100)
			return { submittedAt, id };
	} catch {
		// Refused below, as any other text.
	}
	throw new DomainError('invalid', 'errors.cursor_invalid', { field: 'cursor' });
}
