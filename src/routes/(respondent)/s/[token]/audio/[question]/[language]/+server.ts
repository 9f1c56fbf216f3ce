import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { answerAudio } from '$lib/server/http/audio-response';
import { readRecordingTarget, versionOf } from '$lib/server/recordings/recording';
import { getLinkRecording } from '$lib/server/recordings/service';

/**
 * A question read aloud, on its campaign's respondents' pages: only a recording of the link's campaign. Its address
 * names its version (`?v=`), so phones keep it a year; without it (or with an older one), the current recording,
 * checked again each time.
 */
export const GET: RequestHandler = async ({ params, request, url }) => {
	const target = readRecordingTarget(params.question, params.language);
	const recording = target && (await getLinkRecording(getDb(), params.token, target));
	if (!recording) error(404, 'Not found');
	const version = versionOf(recording.hash);
	const cache = url.searchParams.get('v') === version ? 'public, max-age=31536000, immutable' : 'public, no-cache';
	return answerAudio(request, { bytes: recording.bytes, mediaType: recording.mediaType, version }, cache);
};
