/** What a download in progress has received: bytes, and line breaks (a CSV's rows, but for its header lines). */
export interface Received {
	bytes: number;
	lines: number;
}

export interface DownloadProgress {
	/** Rows received, when the file is counted in rows and its total is known; else null (an indeterminate bar). */
	rows: number | null;
	total: number | null;
	/** The share received, 0 to 1, or null when it cannot be known. */
	fraction: number | null;
}

export function countLineBreaks(chunk: Uint8Array): number {
	let count = 0;
	for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) count++;
	return count;
}

/**
 * The progress of a download: rows of the total for a CSV (its line breaks less its header lines, never past the
 * total, as a quoted answer may hold a line break), or no share at all for a file that is not read as lines.
 */
export function progressOf(
	received: Received,
	options: { countsRows: boolean; headerLines: number; total: number | null }
): DownloadProgress {
	const { countsRows, headerLines, total } = options;
	if (!countsRows || total === null) return { rows: null, total, fraction: null };
	const rows = Math.min(total, Math.max(0, received.lines - headerLines));
	return { rows, total, fraction: total === 0 ? 1 : rows / total };
}

/** The total a response announces in `X-Total-Rows`, or null. */
export function totalOf(header: string | null): number | null {
	if (header === null || !/^\d+$/.test(header.trim())) return null;
	return Number(header);
}

/** The file name of `Content-Disposition: attachment; filename="…"`, or null when the response is no attachment. */
export function attachmentName(header: string | null): string | null {
	const match = header?.match(/^\s*attachment\s*;.*filename="([^"]+)"/i);
	return match ? match[1] : null;
}
