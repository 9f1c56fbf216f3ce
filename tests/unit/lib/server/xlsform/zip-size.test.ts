import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importXlsForm } from '../../../../../src/lib/server/xlsform/import';
import { isSafeToUnpack, readUnpackedSize } from '../../../../../src/lib/server/xlsform/zip-size';
import { readFixture } from './workbooks';

/** A zip of the files given, deflated, as any zip tool writes it (CRC left at 0: only the directory is read). */
function zipOf(files: { name: string; bytes: Buffer }[]): Uint8Array {
	const locals: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const file of files) {
		const packed = deflateRawSync(file.bytes);
		const name = Buffer.from(file.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(packed.length, 18);
		local.writeUInt32LE(file.bytes.length, 22);
		local.writeUInt16LE(name.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(packed.length, 20);
		entry.writeUInt32LE(file.bytes.length, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		locals.push(local, name, packed);
		directory.push(entry, name);
		offset += local.length + name.length + packed.length;
	}
	const size = directory.reduce((sum, part) => sum + part.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(size, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

describe('the unpacked size of a workbook, read before unpacking it', () => {
	it.each([
		{ name: 'a small file', files: [{ name: 'a.xml', bytes: Buffer.alloc(1000, 'a') }], entries: 1, size: 1000, safe: true },
		{ name: 'a 60 MB bomb in a few kB', files: [{ name: 'xl/worksheets/sheet1.xml', bytes: Buffer.alloc(60 * 1024 * 1024) }], entries: 1, size: 60 * 1024 * 1024, safe: false },
		{ name: '2,001 files', files: Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, bytes: Buffer.from('x') })), entries: 2001, size: 2001, safe: false }
	])('$name: $entries files, $size bytes, safe $safe', ({ files, entries, size, safe }) => {
		const zip = zipOf(files);
		expect(readUnpackedSize(zip)).toEqual({ entries, bytes: size });
		expect(isSafeToUnpack(zip)).toBe(safe);
	});

	it('cannot read what is not a zip, and calls it unsafe', () => {
		expect(readUnpackedSize(new TextEncoder().encode('type,name,label\ntext,q1,Hello'))).toBeNull();
		expect(isSafeToUnpack(new Uint8Array(10))).toBe(false);
	});

	it('reads a real XLSForm as safe, and refuses a bomb with its own reason', async () => {
		const fixture = await readFixture('specify_other.xlsx');
		expect(isSafeToUnpack(fixture)).toBe(true);
		const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', bytes: Buffer.alloc(60 * 1024 * 1024) }]);
		expect(bomb.byteLength).toBeLessThan(100_000);
		expect(await importXlsForm(bomb, { languages: ['fr'] })).toEqual({ ok: false, error: 'too_large_unpacked' });
	});
});
