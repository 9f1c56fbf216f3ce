import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBody } from '../../../scripts/lib/read-body.js';

const BOUNDS = { limit: 1000, discard: { bytes: 4000, milliseconds: 10_000 } };

/** A request as node:http gives it to npm start's server: its body written in chunks of 100 bytes. */
function incoming(headers: Record<string, string> = {}): PassThrough & { headers: Record<string, string> } {
	return Object.assign(new PassThrough(), { headers });
}
const chunk = () => Buffer.from(`a=${'x'.repeat(97)}&`);

describe('readBody (npm start’s fast path)', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('reads a body within the limit', async () => {
		const req = incoming();
		const reading = readBody(req as unknown as IncomingMessage, BOUNDS);
		for (let i = 0; i < 9; i++) req.write(chunk());
		req.end();
		expect(new URLSearchParams((await reading) ?? '').getAll('a')).toHaveLength(9);
	});

	it('answers null for a body over the limit only once it has read the whole of it', async () => {
		const req = incoming();
		let answer: string | null | undefined;
		const reading = readBody(req as unknown as IncomingMessage, BOUNDS).then((body) => (answer = body));
		for (let i = 0; i < 30; i++) req.write(chunk());
		await new Promise((resolve) => setImmediate(resolve));
		expect(answer).toBeUndefined();
		req.end();
		await reading;
		expect(answer).toBeNull();
	});

	it('stops at the bytes it drops, and after the time to drop them', async () => {
		const endless = incoming();
		const bytes = readBody(endless as unknown as IncomingMessage, BOUNDS);
		for (let i = 0; i < 41; i++) endless.write(chunk());
		expect(await bytes).toBeNull();

		vi.useFakeTimers();
		const stalled = incoming();
		let answer: string | null | undefined;
		const reading = readBody(stalled as unknown as IncomingMessage, BOUNDS).then((body) => (answer = body));
		for (let i = 0; i < 15; i++) stalled.write(chunk());
		await vi.advanceTimersByTimeAsync(BOUNDS.discard.milliseconds - 1);
		expect(answer).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		await reading;
		expect(answer).toBeNull();
	});

	it('answers null at once for a body whose length is given past the bytes it would drop, reading nothing', async () => {
		const req = incoming({ 'content-length': String(BOUNDS.discard.bytes + 1) });
		expect(await readBody(req as unknown as IncomingMessage, BOUNDS)).toBeNull();
		expect(req.listenerCount('data')).toBe(0);
	});
});
