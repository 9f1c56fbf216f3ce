import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { readRecordingUpload } from '$lib/server/http/recording-upload';
import { requireUser } from '$lib/server/http/require-user';
import { RECORDING_MAX_BYTES, RECORDING_MAX_SECONDS } from '$lib/server/recordings/audio-check';
import { readRecordingTarget } from '$lib/server/recordings/recording';
import { getRecordingsPage, removeRecording, setReadAloud, setRecording } from '$lib/server/recordings/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const page = await orErrorPage(locals.locale, () => getRecordingsPage(getDb(), user.id, params.id, locals.locale));
	return { ...page, limits: { kilobytes: RECORDING_MAX_BYTES / 1024, seconds: RECORDING_MAX_SECONDS } };
};

/** Which recording a form names: in its address, so that it is known even when its body is refused unread. */
function targetOf(url: URL) {
	return readRecordingTarget(url.searchParams.get('question') ?? '', url.searchParams.get('language') ?? '');
}

export const actions: Actions = {
	upload: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const target = targetOf(url);
		const bytes = await readRecordingUpload(request);
		if (bytes === 'too_large') {
			const message = localiseMessage(locals.locale, 'errors.recording_too_large', {
				size: RECORDING_MAX_BYTES / 1024
			});
			return fail(413, { target, errors: { file: message } });
		}
		// A form that names no recording is refused by the service, once it has checked who asks.
		const named = target ?? { question: '', language: '' };
		const result = await attempt(locals.locale, {}, () => setRecording(getDb(), user.id, params.id, named, bytes));
		return result.ok ? { saved: target } : fail(result.failure.status, { ...result.failure.data, target });
	},
	remove: async ({ locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const target = targetOf(url);
		const named = target ?? { question: '', language: '' };
		const result = await attempt(locals.locale, {}, () => removeRecording(getDb(), user.id, params.id, named));
		return result.ok ? { removed: target } : fail(result.failure.status, { ...result.failure.data, target });
	},
	/** Sent from the campaign's settings page, where the setting is shown; back there once saved. */
	readAloud: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const form = await request.formData().catch(() => new FormData());
		const on = form.get('readAloud') === 'on';
		const result = await attempt(locals.locale, {}, () => setReadAloud(getDb(), user.id, params.id, on));
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${params.id}/edit?read_aloud=saved#read-aloud`);
	}
};
