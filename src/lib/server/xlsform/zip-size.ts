import { inflateRawSync } from 'node:zlib';

/** The most a workbook may hold once unpacked: an XLSForm is a few hundred kB; this is 40 times the largest seen. */
export const MOST_UNPACKED_BYTES = 50 * 1024 * 1024;
/** The most files a workbook may hold: an XLSForm has a dozen. */
export const MOST_ENTRIES = 2_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
	method: number;
	packedBytes: number;
	/** What the directory says; a hostile file may lie. */
	declaredBytes: number;
	localHeaderAt: number;
}

export type UnpackCheck = 'safe' | 'too_large' | 'unreadable';

/** The entries of a zip's central directory; null when it cannot be read, or is a ZIP64 or a split one (never needed by an XLSForm). */
function readDirectory(bytes: Uint8Array): ZipEntry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is the last 22 bytes, but for a comment of up to 65,535 bytes after it.
	let end = -1;
	for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
		if (view.getUint32(at, true) === END_OF_DIRECTORY) {
			end = at;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	const directorySize = view.getUint32(end + 12, true);
	const directoryOffset = view.getUint32(end + 16, true);
	// The workbook library (JSZip) reads any directory entries it finds, whatever the count says, and ZIP64
	// records wherever a field is at its largest: a directory read here must be the one it would read, with
	// nothing before or after it.
	const oneDisk =
		view.getUint16(end + 4, true) === 0 &&
		view.getUint16(end + 6, true) === 0 &&
		view.getUint16(end + 8, true) === count;
	if (!oneDisk || count === 0xffff || directoryOffset + directorySize !== end) return null;
	const entries: ZipEntry[] = [];
	let at = directoryOffset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
		const entry = {
			method: view.getUint16(at + 10, true),
			packedBytes: view.getUint32(at + 20, true),
			declaredBytes: view.getUint32(at + 24, true),
			localHeaderAt: view.getUint32(at + 42, true)
		};
		if (entry.declaredBytes === 0xffffffff || entry.packedBytes === 0xffffffff) return null;
		entries.push(entry);
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return at === end ? entries : null;
}

/** What a zip file (an .xlsx is one) says it holds once unpacked, read from its central directory without unpacking anything. */
export function readUnpackedSize(bytes: Uint8Array): { entries: number; bytes: number } | null {
	const entries = readDirectory(bytes);
	return entries && { entries: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.declaredBytes, 0) };
}

/** The bytes an entry really unpacks to, unpacking no more than `most` + 1 of them; null when it cannot be unpacked. */
function measureEntry(bytes: Uint8Array, entry: ZipEntry, most: number): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localHeaderAt;
	if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const packed = bytes.subarray(start, start + entry.packedBytes);
	if (packed.byteLength !== entry.packedBytes) return null;
	if (entry.method === STORED || packed.byteLength === 0) return packed.byteLength;
	if (entry.method !== DEFLATED) return null;
	try {
		return inflateRawSync(packed, { maxOutputLength: most + 1 }).byteLength;
	} catch (error) {
		return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? most + 1 : null;
	}
}

/**
 * Whether a workbook is small enough to unpack: a "zip bomb" of a few kB would otherwise fill the memory. The
 * directory's sizes are checked first, then the real ones, unpacking at most the limit: a file may lie in its
 * directory.
 */
export function checkUnpackedSize(bytes: Uint8Array): UnpackCheck {
	const entries = readDirectory(bytes);
	if (!entries) return 'unreadable';
	if (
		entries.length > MOST_ENTRIES ||
		entries.reduce((sum, entry) => sum + entry.declaredBytes, 0) > MOST_UNPACKED_BYTES
	)
		return 'too_large';
	let total = 0;
	for (const entry of entries) {
		const size = measureEntry(bytes, entry, MOST_UNPACKED_BYTES - total);
		if (size === null) return 'unreadable';
		total += size;
		if (total > MOST_UNPACKED_BYTES) return 'too_large';
	}
	return 'safe';
}
