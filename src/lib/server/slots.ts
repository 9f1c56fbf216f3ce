/** A place taken, with what frees it (once, however often it is called); null while every place is taken. */
export type TakeSlot = () => (() => void) | null;

/**
 * At most `limit` of some work at once in this process: work that holds a worker or much memory waits for its
 * turn by being refused (503), rather than adding up.
 */
export function createSlots(limit: number): TakeSlot {
	let running = 0;
	return () => {
		if (running >= limit) return null;
		running += 1;
		let freed = false;
		return () => {
			if (freed) return;
			freed = true;
			running -= 1;
		};
	};
}
