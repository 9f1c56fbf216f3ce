import { readUploadForm } from './body';
import { PROGRESS_TOKEN } from '../imports/import-progress';
import { importLanguageSchema } from '../responses/schema';

export interface ImportForm {
	/** The file chosen, or the text a report page carried on to the import; null when there is neither. */
	bytes: Uint8Array | null;
	language: string | null;
	/** The language sent is not one the survey could be in. */
	languageInvalid: boolean;
	/** The request is over the server's limit: nothing of it was read. */
	tooLarge: boolean;
	/** The page's token to ask how far the checking is; null without script, or when it is not one. */
	progressToken: string | null;
	/** The valid rows alone are asked for (`skipInvalid=1`), the others left out… */
	skipInvalid: boolean;
	/** …and the box saying so is ticked. */
	leaveOutConfirmed: boolean;
}

/**
 * The import page's form: a file (`file`) to check, or the CSV text (`csv`) a report page sends back to be
 * imported, since a browser cannot keep a chosen file across pages; it is read and checked again whole.
 */
export async function readImportForm(request: Request): Promise<ImportForm> {
	const read = await readUploadForm(request);
	const form = read.ok ? read.form : null;
	const file = form?.get('file');
	const text = form?.get('csv');
	const bytes =
		file instanceof File && file.size > 0
			? new Uint8Array(await file.arrayBuffer())
			: typeof text === 'string' && text !== ''
				? new TextEncoder().encode(text)
				: null;
	const language = importLanguageSchema.safeParse(form?.get('language') ?? undefined);
	const token = form?.get('progress');
	return {
		bytes,
		language: language.success ? language.data : null,
		languageInvalid: !language.success,
		tooLarge: !read.ok && read.reason === 'too_large',
		progressToken: typeof token === 'string' && PROGRESS_TOKEN.test(token) ? token : null,
		skipInvalid: form?.get('skipInvalid') === '1',
		leaveOutConfirmed: form?.get('confirmLeaveOut') === 'on'
	};
}
