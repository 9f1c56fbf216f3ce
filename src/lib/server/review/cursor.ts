import { readCursor as readKeys, writeCursor as writeKeys } from '../cursor';
import type { Position } from './repository';

/** Where the next page starts, as an opaque text the caller sends back. */
export function writeCursor(position: Position): string {
	return writeKeys([position.submittedAt, position.id]);
}

/** The position a cursor names; a cursor this app did not write is refused. */
export function readCursor(cursor: string): Position {
	const [submittedAt, id] = readKeys(cursor, 2);
	return { submittedAt, id };
}
