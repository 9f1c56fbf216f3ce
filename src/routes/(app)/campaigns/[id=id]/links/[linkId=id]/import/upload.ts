import { deserialize } from '$app/forms';
import type { ActionResult } from '@sveltejs/kit';

/** Where an upload is: its bytes sent, then the file's bytes and rows checked by the server. */
export interface UploadState {
	phase: 'upload' | 'check';
	done: number;
	/** 0 while it is not known. */
	total: number;
	rows: number;
}

const POLL_MS = 400;

/**
 * Posts a form to its action as `enhance` would, but with XMLHttpRequest, whose upload tells its progress,
 * then asks `progressUrl` how far the server's checking is until the answer comes.
 */
export function sendWithProgress(
	action: string,
	data: FormData,
	progressUrl: string,
	onState: (state: UploadState) => void
): Promise<ActionResult> {
	return new Promise((resolve) => {
		const request = new XMLHttpRequest();
		let answered = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const poll = async () => {
			try {
				const response = await fetch(progressUrl, { headers: { accept: 'application/json' }, cache: 'no-store' });
				const progress = response.ok
					? ((await response.json()) as { bytes: number; total: number; rows: number })
					: null;
				if (progress && !answered)
					onState({ phase: 'check', done: progress.bytes, total: progress.total, rows: progress.rows });
			} catch {
				// The bar waits for the next answer; the upload's own answer is what counts.
			}
			if (!answered) timer = setTimeout(poll, POLL_MS);
		};
		request.upload.addEventListener('progress', (event) =>
			onState({ phase: 'upload', done: event.loaded, total: event.lengthComputable ? event.total : 0, rows: 0 })
		);
		request.upload.addEventListener('load', () => {
			onState({ phase: 'check', done: 0, total: 0, rows: 0 });
			timer = setTimeout(poll, POLL_MS);
		});
		const finish = (result: ActionResult) => {
			answered = true;
			clearTimeout(timer);
			resolve(result);
		};
		request.addEventListener('load', () => {
			try {
				finish(deserialize(request.responseText));
			} catch {
				finish({ type: 'error', status: request.status || 500, error: new Error(request.statusText) });
			}
		});
		request.addEventListener('error', () =>
			finish({ type: 'error', status: 503, error: new Error('The connection failed.') })
		);
		request.open('POST', action);
		request.setRequestHeader('accept', 'application/json');
		request.setRequestHeader('x-sveltekit-action', 'true');
		request.send(data);
	});
}
