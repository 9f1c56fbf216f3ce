import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLimitedForm } from '$lib/server/http/body';

const LIMIT = 1000;
const DISCARD = { bytes: 4000, milliseconds: 10_000 };
const CHUNK = 100;

/** A form posted in chunks of 100 bytes: `total` of them, then the end, or then nothing more for as long as one waits. */
function postedForm(
	total: number,
	then: 'end' | 'stall' | 'endless' = 'end'
): { request: Request; pulled: () => number } {
	let sent = 0;
	const body = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				if (sent >= total * CHUNK && then !== 'endless') {
					if (then === 'end') controller.close();
					return new Promise(() => {});
				}
				sent += CHUNK;
				controller.enqueue(new TextEncoder().encode(`a=${'x'.repeat(CHUNK - 3)}&`));
			}
		},
		{ highWaterMark: 0 }
	);
	const request = new Request('http://localhost/s/abc/send', {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		duplex: 'half'
	} as RequestInit);
	return { request, pulled: () => sent };
}

describe('readLimitedForm', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('reads a form within the limit', async () => {
		const read = await readLimitedForm(postedForm(9).request, LIMIT, DISCARD);
		expect(read.ok && read.form.getAll('a')).toHaveLength(9);
	});

	it('refuses a form over the limit once it has read the whole of it, so that the connection closes cleanly', async () => {
		const posted = postedForm(30);
		expect(await readLimitedForm(posted.request, LIMIT, DISCARD)).toEqual({ ok: false, reason: 'too_large' });
		expect(posted.pulled()).toBe(30 * CHUNK);
	});

	it('stops reading a body that goes on past the bytes it drops', async () => {
		const posted = postedForm(0, 'endless');
		expect(await readLimitedForm(posted.request, LIMIT, DISCARD)).toEqual({ ok: false, reason: 'too_large' });
		expect(posted.pulled()).toBeLessThanOrEqual(DISCARD.bytes + CHUNK);
	});

	it('stops waiting for a body over the limit that stalls, once the time to drop it has passed', async () => {
		vi.useFakeTimers();
		const posted = postedForm(15, 'stall');
		let answer: unknown = null;
		const reading = readLimitedForm(posted.request, LIMIT, DISCARD).then((read) => (answer = read));
		await vi.advanceTimersByTimeAsync(DISCARD.milliseconds - 1);
		expect(answer).toBeNull();
		await vi.advanceTimersByTimeAsync(1);
		await reading;
		expect(answer).toEqual({ ok: false, reason: 'too_large' });
	});

	it('refuses at once a body whose length is given past the bytes it would drop', async () => {
		const request = new Request('http://localhost/s/abc/send', {
			method: 'POST',
			body: 'a=1',
			headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(DISCARD.bytes + 1) }
		});
		expect(await readLimitedForm(request, LIMIT, DISCARD)).toEqual({ ok: false, reason: 'too_large' });
	});
});
