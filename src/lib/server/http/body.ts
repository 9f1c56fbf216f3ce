/**
 * Whether reading a request's body failed because it is over `BODY_SIZE_LIMIT`: the adapter stops reading
 * there and says so with a 413, before the length given or once the body read passes the limit.
 */
export function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;
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
export async function readUploadedFile(request: Request, field: string): Promise<Uint8Array | 'too_large' | null> {
	const read = await readUploadForm(request);
	if (!read.ok) return read.reason === 'too_large' ? 'too_large' : null;
	const file = read.form.get(field);
	if (!(file instanceof File) || file.size === 0) return null;
	return new Uint8Array(await file.arrayBuffer());
}
