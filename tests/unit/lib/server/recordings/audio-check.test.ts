import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkRecordingAudio,
	RECORDING_MAX_BYTES,
	RECORDING_MAX_SECONDS,
	type RecordingMediaType
} from '$lib/server/recordings/audio-check';

/** Made by tests/fixtures/audio/make.sh: a two-second tone in each format, and files to refuse. */
const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../fixtures/audio', name)));

describe('checkRecordingAudio', () => {
	it.each<[string, RecordingMediaType]>([
		['tone.opus', 'audio/ogg'],
		['tone.webm', 'audio/webm'],
		['tone.aac', 'audio/aac'],
		['tone.m4a', 'audio/mp4'],
		['tone.mp3', 'audio/mpeg']
	])('takes %s as %s and reads its length', async (name, mediaType) => {
		const checked = await checkRecordingAudio(fixture(name));
		expect(checked.mediaType).toBe(mediaType);
		expect(checked.durationMs).toBeGreaterThan(1900);
		expect(checked.durationMs).toBeLessThan(2200);
	});

	it.each<[string, () => Uint8Array, string, Record<string, unknown>]>([
		['an empty file', () => new Uint8Array(), 'errors.recording_missing', {}],
		[
			'a file over the limit, before reading it',
			() => new Uint8Array(RECORDING_MAX_BYTES + 1),
			'errors.recording_too_large',
			{ size: 300 }
		],
		[
			'a recording over a minute',
			() => fixture('long.opus'),
			'errors.recording_too_long',
			{
				seconds: RECORDING_MAX_SECONDS,
				duration: 65
			}
		],
		['a WAV file', () => fixture('tone.wav'), 'errors.recording_type', {}],
		['Ogg Vorbis', () => fixture('tone.ogg'), 'errors.recording_type', {}],
		['a video with an AAC sound track', () => fixture('video.mp4'), 'errors.recording_type', {}],
		['a PNG image named .mp3', () => fixture('image.mp3'), 'errors.recording_type', {}],
		['text', () => new TextEncoder().encode('ID3 is not enough to be audio'), 'errors.recording_type', {}],
		['an MP3 cut after its first bytes', () => fixture('tone.mp3').slice(0, 40), 'errors.recording_type', {}]
	])('refuses %s', async (_, bytes, messageKey, params) => {
		await expect(checkRecordingAudio(bytes())).rejects.toMatchObject({
			code: 'invalid',
			messageKey,
			field: 'file',
			params
		});
	});
});
