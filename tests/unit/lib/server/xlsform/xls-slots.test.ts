import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '$lib/server/errors';
import { CONCURRENT_XLS_READS, readXlsAside } from '$lib/server/xlsform/xls-thread';

const XLS = new Uint8Array(
	readFileSync(join(import.meta.dirname, '../../../../fixtures/xlsform/pyxform/allow_comment_rows_test.xls'))
);

describe('.xls workbooks read at once', () => {
	it(`reads ${CONCURRENT_XLS_READS} at a time, refuses the next with a 503 to try again, then reads again`, async () => {
		const reads = await Promise.allSettled(Array.from({ length: CONCURRENT_XLS_READS + 1 }, () => readXlsAside(XLS)));
		expect(reads.slice(0, CONCURRENT_XLS_READS).map((read) => read.status)).toEqual(
			Array(CONCURRENT_XLS_READS).fill('fulfilled')
		);
		for (const read of reads.slice(0, CONCURRENT_XLS_READS))
			expect(read.status === 'fulfilled' && read.value.ok).toBe(true);
		const refused = reads[CONCURRENT_XLS_READS];
		expect(refused.status).toBe('rejected');
		const reason = (refused as PromiseRejectedResult).reason as DomainError;
		expect(reason).toBeInstanceOf(DomainError);
		expect([reason.code, reason.messageKey, reason.status]).toEqual(['unavailable', 'errors.xls_reads_busy', 503]);
		// Every place freed once its reading ended, however it ended.
		const again = await Promise.all(Array.from({ length: CONCURRENT_XLS_READS }, () => readXlsAside(XLS)));
		expect(again.every((read) => read.ok)).toBe(true);
		expect((await readXlsAside(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1]))).ok).toBe(false);
		expect((await readXlsAside(XLS)).ok).toBe(true);
	});
});
