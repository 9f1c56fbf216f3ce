import type { RecordingRow, RecordingSummaryRow } from './repository';
import type { RecordingMediaType } from './audio-check';

/** A recording as pages list it: what it is, not its bytes. */
export interface RecordingSummary {
	question: string;
	language: string;
	mediaType: RecordingMediaType;
	size: number;
	durationMs: number;
	/** SHA-256 of the bytes, hex: addresses carry its start, so that phones keep each version for good. */
	hash: string;
	updatedAt: string;
}

export interface Recording extends RecordingSummary {
	bytes: Uint8Array;
}

/** The part of the hash an address carries (64 bits: two versions of one question never share it). */
export function versionOf(hash: string): string {
	return hash.slice(0, 16);
}

export function toSummary(row: RecordingSummaryRow): RecordingSummary {
	return {
		question: row.question,
		language: row.language,
		mediaType: row.media_type as RecordingMediaType,
		size: Number(row.size),
		durationMs: Number(row.duration_ms),
		hash: row.hash,
		updatedAt: row.updated_at
	};
}

/** The drivers give a Buffer: a plain view of the same bytes. */
export function toRecording(row: RecordingRow): Recording {
	return { ...toSummary(row), bytes: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
}

/** A question's code (a core item's id, a custom question's code) and a BCP 47 language, as addresses carry them. */
export function readRecordingTarget(question: string, language: string): { question: string; language: string } | null {
	if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(question)) return null;
	if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/.test(language)) return null;
	return { question, language };
}

const EXTENSIONS: Record<RecordingMediaType, string> = {
	'audio/ogg': 'opus',
	'audio/webm': 'webm',
	'audio/aac': 'aac',
	'audio/mp4': 'm4a',
	'audio/mpeg': 'mp3'
};

/** The recording's file name, as a download and an XLSForm's media column give it: `K1-fr.opus`. */
export function nameRecordingFile(recording: Pick<RecordingSummary, 'question' | 'language' | 'mediaType'>): string {
	return `${recording.question}-${recording.language}.${EXTENSIONS[recording.mediaType]}`;
}
