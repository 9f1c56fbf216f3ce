import { parseBuffer } from 'music-metadata';
import { DomainError } from '../errors';

/** A question's recording costs respondents' data: a short one, in a format every phone plays. */
export const RECORDING_MAX_BYTES = 300 * 1024;
export const RECORDING_MAX_SECONDS = 60;
/** Encoders pad a recording's last frame: one cut at a minute may read a few hundredths longer. */
const PADDING_SECONDS = 0.5;

export type RecordingMediaType = 'audio/ogg' | 'audio/webm' | 'audio/aac' | 'audio/mp4' | 'audio/mpeg';

export interface CheckedAudio {
	mediaType: RecordingMediaType;
	durationMs: number;
}

interface Format {
	container?: string;
	codec?: string;
	hasVideo?: boolean;
}

/** What the bytes are, as music-metadata read them: Opus (Ogg or WebM), AAC (ADTS or MP4) or MP3; null for anything else. */
export function classifyAudio(format: Format, bytes: Uint8Array): RecordingMediaType | null {
	const container = format.container ?? '';
	const codec = format.codec ?? '';
	if (format.hasVideo) return null;
	if (container === 'Ogg' && codec === 'Opus') return 'audio/ogg';
	if (/webm/i.test(container) && /^opus$/i.test(codec)) return 'audio/webm';
	if (container.startsWith('ADTS') && codec === 'AAC') return 'audio/aac';
	if (codec.startsWith('MPEG-4/AAC') && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'audio/mp4';
	if (container === 'MPEG' && /^MPEG (1|2|2\.5) Layer 3$/.test(codec)) return 'audio/mpeg';
	return null;
}

/**
 * The recording's format and length, read from its bytes (never from its name or what the browser claims); a
 * DomainError, field `file`, for an empty file, one over RECORDING_MAX_BYTES, one that is not Opus, AAC or MP3
 * audio, or one longer than RECORDING_MAX_SECONDS.
 */
export async function checkRecordingAudio(bytes: Uint8Array): Promise<CheckedAudio> {
	if (bytes.length === 0) throw new DomainError('invalid', 'errors.recording_missing', { field: 'file' });
	if (bytes.length > RECORDING_MAX_BYTES)
		throw new DomainError('invalid', 'errors.recording_too_large', {
			field: 'file',
			params: { size: RECORDING_MAX_BYTES / 1024 }
		});
	let format: Format & { duration?: number };
	try {
		// Whatever the parser cannot read is not a recording it can vouch for: every failure of it is a refusal.
		format = (await parseBuffer(bytes, undefined, { duration: true, skipCovers: true })).format;
	} catch {
		throw new DomainError('invalid', 'errors.recording_type', { field: 'file' });
	}
	const mediaType = classifyAudio(format, bytes);
	if (!mediaType) throw new DomainError('invalid', 'errors.recording_type', { field: 'file' });
	const seconds = format.duration;
	if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0)
		throw new DomainError('invalid', 'errors.recording_unreadable', { field: 'file' });
	if (seconds > RECORDING_MAX_SECONDS + PADDING_SECONDS)
		throw new DomainError('invalid', 'errors.recording_too_long', {
			field: 'file',
			params: { seconds: RECORDING_MAX_SECONDS, duration: Math.round(seconds) }
		});
	return { mediaType, durationMs: Math.round(seconds * 1000) };
}
