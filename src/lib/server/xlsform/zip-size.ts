/** The most a workbook may hold once unpacked: an XLSForm is a few hundred kB; this is 40 times the largest seen. */
export const MOST_UNPACKED_BYTES = 50 * 1024 * 1024;
/** The most files a workbook may hold: an XLSForm has a dozen. */
export const MOST_ENTRIES = 2_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * What a zip file (an .xlsx is one) says it holds once unpacked, read from its central directory without
 * unpacking anything; null when the directory cannot be read, or is a ZIP64 one (never needed by an XLSForm).
 */
export function readUnpackedSize(bytes: Uint8Array): { entries: number; bytes: number } | null {
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
	const entries = view.getUint16(end + 10, true);
	const directoryOffset = view.getUint32(end + 16, true);
	if (entries === 0xffff || directoryOffset === 0xffffffff) return null;
	let at = directoryOffset;
	let total = 0;
	for (let i = 0; i < entries; i++) {
		if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
		const unpacked = view.getUint32(at + 24, true);
		if (unpacked === 0xffffffff) return null;
		total += unpacked;
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return { entries, bytes: total };
}

/** Whether a workbook is small enough to unpack: a "zip bomb" of a few kB would otherwise fill the memory. */
export function isSafeToUnpack(bytes: Uint8Array): boolean {
	const size = readUnpackedSize(bytes);
	return size !== null && size.entries <= MOST_ENTRIES && size.bytes <= MOST_UNPACKED_BYTES;
}
