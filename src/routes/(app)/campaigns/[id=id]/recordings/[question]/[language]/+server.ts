import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { answerAudio } from '$lib/server/http/audio-response';
import { orErrorPage } from '$lib/server/http/errors';
import { requireUser } from '$lib/server/http/require-user';
import { nameRecordingFile, readRecordingTarget, versionOf } from '$lib/server/recordings/recording';
import { getMemberRecording } from '$lib/server/recordings/service';

/** A recording as the campaign's members hear it on the recordings page, before any link exists. */
export const GET: RequestHandler = async ({ locals, url, params, request }) => {
	const { user } = requireUser(locals, url);
	const target = readRecordingTarget(params.question, params.language);
	if (!target) error(404, 'Not found');
	const recording = await orErrorPage(locals.locale, () => getMemberRecording(getDb(), user.id, params.id, target));
	if (!recording) error(404, 'Not found');
	const version = versionOf(recording.hash);
	const served = {
		bytes: recording.bytes,
		mediaType: recording.mediaType,
		version,
		fileName: nameRecordingFile(recording)
	};
	return answerAudio(request, served, 'private, no-cache');
};
