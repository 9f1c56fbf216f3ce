import { RECORDING_MAX_BYTES } from '../recordings/audio-check';
import { readLimitedForm } from './body';

/** The form around the file (its boundaries and part headers, the button) is small: this much over it at most. */
const FORM_OVERHEAD = 16 * 1024;
/** A larger upload is read on and dropped within these bounds, so that the browser gets the page that says so. */
const DISCARD = { bytes: 8 * 1024 * 1024, milliseconds: 10_000 };

/**
 * The recording sent in the form's `file`, read as it arrives and never held beyond RECORDING_MAX_BYTES and the
 * form around it: 'too_large' past that. An empty upload, or none, is empty bytes (the service says what is missing).
 */
export async function readRecordingUpload(request: Request): Promise<Uint8Array | 'too_large'> {
	const read = await readLimitedForm(request, RECORDING_MAX_BYTES + FORM_OVERHEAD, DISCARD);
	if (!read.ok) return 'too_large';
	const file = read.form.get('file');
	return file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
}
