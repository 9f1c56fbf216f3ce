import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importXlsForm } from '$lib/server/xlsform/import';
import { checkUnpackedSize, readUnpackedSize } from '$lib/server/xlsform/zip-size';
import { readFixture } from './workbooks';

/**
 * A zip of the files given, deflated, as any zip tool writes it (CRC left at 0: it is not read), or declaring the
 * sizes given instead of the real ones, as a hostile file may.
 */
function zipOf(
	files: { name: string; bytes: Buffer; declared?: number; packed?: Buffer }[],
	end: { count?: number; size?: number } = {}
): Uint8Array {
	const locals: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const file of files) {
		const packed = file.packed ?? deflateRawSync(file.bytes);
		const name = Buffer.from(file.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(packed.length, 18);
		local.writeUInt32LE(file.declared ?? file.bytes.length, 22);
		local.writeUInt16LE(name.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(packed.length, 20);
		entry.writeUInt32LE(file.declared ?? file.bytes.length, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		locals.push(local, name, packed);
		directory.push(entry, name);
		offset += local.length + name.length + packed.length;
	}
	const size = directory.reduce((sum, part) => sum + part.length, 0);
	const record = Buffer.alloc(22);
	record.writeUInt32LE(0x06054b50, 0);
	record.writeUInt16LE(end.count ?? files.length, 8);
	record.writeUInt16LE(end.count ?? files.length, 10);
	record.writeUInt32LE(end.size ?? size, 12);
	record.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, ...directory, record]));
}

const BOMB = Buffer.alloc(60 * 1024 * 1024);

describe('the unpacked size of a workbook, checked before the workbook library unpacks it', () => {
	it.each([
		{
			name: 'a small file',
			files: [{ name: 'a.xml', bytes: Buffer.alloc(1000, 'a') }],
			entries: 1,
			size: 1000,
			check: 'safe'
		},
		{
			name: 'a 60 MB bomb in a few kB',
			files: [{ name: 'xl/worksheets/sheet1.xml', bytes: BOMB }],
			entries: 1,
			size: BOMB.length,
			check: 'too_large'
		},
		{
			name: 'a 60 MB bomb declaring 1 kB',
			files: [{ name: 'xl/worksheets/sheet1.xml', bytes: BOMB, declared: 1000 }],
			entries: 1,
			size: 1000,
			check: 'too_large'
		},
		{
			name: 'bombs of 30 MB declaring 1 kB each',
			files: [0, 1].map((i) => ({ name: `s${i}.xml`, bytes: BOMB.subarray(0, 30 * 1024 * 1024), declared: 1000 })),
			entries: 2,
			size: 2000,
			check: 'too_large'
		},
		{
			name: 'a small file declaring more than it holds',
			files: [{ name: 'a.xml', bytes: Buffer.alloc(1000, 'a'), declared: 5000 }],
			entries: 1,
			size: 5000,
			check: 'safe'
		},
		{
			name: '2,001 files',
			files: Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, bytes: Buffer.from('x') })),
			entries: 2001,
			size: 2001,
			check: 'too_large'
		}
	])('$name: declares $entries files, $size bytes; $check', ({ files, entries, size, check }) => {
		const zip = zipOf(files);
		expect(zip.byteLength).toBeLessThan(200_000);
		expect(readUnpackedSize(zip)).toEqual({ entries, bytes: size });
		expect(checkUnpackedSize(zip)).toBe(check);
	});

	it.each([
		{ name: 'a directory that holds more entries than its count says (a bomb after the first)', end: { count: 1 } },
		{ name: 'a directory shorter than the entries it holds', end: { size: 46 + 'small.xml'.length } }
	])('refuses $name: the workbook library would read what this check did not', ({ end }) => {
		const zip = zipOf(
			[
				{ name: 'small.xml', bytes: Buffer.alloc(10, 'a') },
				{ name: 'sheet1.xml', bytes: BOMB }
			],
			end
		);
		expect(checkUnpackedSize(zip)).toBe('unreadable');
	});

	it('takes an empty file however it is stored', () => {
		expect(checkUnpackedSize(zipOf([{ name: 'empty.xml', bytes: Buffer.alloc(0), packed: Buffer.alloc(0) }]))).toBe(
			'safe'
		);
	});

	it('cannot read what is not a zip, nor a zip whose data is broken', () => {
		expect(readUnpackedSize(new TextEncoder().encode('type,name,label\ntext,q1,Hello'))).toBeNull();
		expect(checkUnpackedSize(new Uint8Array(10))).toBe('unreadable');
		const zip = zipOf([{ name: 'a.xml', bytes: Buffer.alloc(1000, 'a') }]);
		// The first byte after the 30-byte header and the 5-byte name starts the deflated data: 0xff is no block type.
		zip.fill(0xff, 35, 36);
		expect(checkUnpackedSize(zip)).toBe('unreadable');
	});

	it('reads a real XLSForm as safe, and refuses a bomb with its own reason', async () => {
		const fixture = await readFixture('specify_other.xlsx');
		expect(checkUnpackedSize(fixture)).toBe('safe');
		for (const declared of [undefined, 1000]) {
			const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', bytes: BOMB, declared }]);
			expect(await importXlsForm(bomb, { languages: ['fr'] })).toEqual({ ok: false, error: 'too_large_unpacked' });
		}
	});
});
