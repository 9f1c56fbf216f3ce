import type { LayoutServerLoad } from './$types';

/** Respondents' pages are plain HTML forms: no JavaScript of the framework's, so they stay light and work without it. */
export const csr = false;

/** A survey page carries its respondent's submission id: no cache may hand it to another. */
export const load: LayoutServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
};
