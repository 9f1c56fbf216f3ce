/**
 * Whether reading a request's body failed because it is over `BODY_SIZE_LIMIT`: the adapter stops reading
 * there and says so with a 413, before the length given or once the body read passes the limit.
 */
export function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;
}

export type TextRead = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'unreadable' };

/** A body as text, or why it could not be read. */
export async function readTextBody(request: Request): Promise<TextRead> {
	try {
		return { ok: true, text: await request.text() };
	} catch (error) {
		return { ok: false, reason: isBodyTooLarge(error) ? 'too_large' : 'unreadable' };
	}
}

export type FormRead = { ok: true; form: FormData } | { ok: false; reason: 'too_large' | 'unreadable' };

/** A form with its files, or why it could not be read. */
export async function readUploadForm(request: Request): Promise<FormRead> {
	try {
		return { ok: true, form: await request.formData() };
	} catch (error) {
		return { ok: false, reason: isBodyTooLarge(error) ? 'too_large' : 'unreadable' };
	}
}

/** The file sent in `field`; null when there is none, 'too_large' when the request is over the server's limit. */
export async function readUploadedFile(
	request: Request,
	field: string
): Promise<Uint8Array<ArrayBuffer> | 'too_large' | null> {
	const read = await readUploadForm(request);
	if (!read.ok) return read.reason === 'too_large' ? 'too_large' : null;
	const file = read.form.get(field);
	if (!(file instanceof File) || file.size === 0) return null;
	return new Uint8Array(await file.arrayBuffer());
}

export type LimitedForm = { ok: true; form: FormData } | { ok: false; reason: 'too_large' };

/**
 * A small form (a survey's last page) read within `limit` bytes. A body over it is read on and dropped within
 * `discard`'s bounds before the refusal is sent, so that the connection can close without being reset: the
 * browser then shows the answer (send it with `Connection: close`). A body that cannot be read (a client gone,
 * not a form) is an empty form, every field missing.
 */
export async function readLimitedForm(
	request: Request,
	limit: number,
	discard: { bytes: number; milliseconds: number }
): Promise<LimitedForm> {
	const read = await readLimitedBody(request, limit, discard);
	if (read === 'too_large') return { ok: false, reason: 'too_large' };
	if (read === null) return { ok: true, form: new FormData() };
	const type = request.headers.get('content-type') ?? '';
	const form = await new Response(read, { headers: { 'content-type': type } }).formData().catch(() => new FormData());
	return { ok: true, form };
}

async function readLimitedBody(
	request: Request,
	limit: number,
	discard: { bytes: number; milliseconds: number }
): Promise<Uint8Array<ArrayBuffer> | 'too_large' | null> {
	if (Number(request.headers.get('content-length')) > discard.bytes) return 'too_large';
	if (!request.body) return null;
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let late: Promise<'late'> | null = null;
	try {
		for (;;) {
			// Never cancelled: that would destroy the connection, and the answer with it.
			const next = await (late ? Promise.race([reader.read(), late]) : reader.read());
			if (next === 'late') return 'too_large';
			if (next.done) break;
			size += next.value.length;
			if (size <= limit) chunks.push(next.value);
			else {
				chunks.length = 0;
				late ??= new Promise((resolve) => (timer = setTimeout(() => resolve('late'), discard.milliseconds)));
				if (size > discard.bytes) return 'too_large';
			}
		}
	} catch (error) {
		// The adapter's own limit (BODY_SIZE_LIMIT) may come first.
		return isBodyTooLarge(error) ? 'too_large' : null;
	} finally {
		clearTimeout(timer);
	}
	if (size > limit) return 'too_large';
	const body = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.length;
	}
	return body;
}
