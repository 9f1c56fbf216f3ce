import { error } from '@sveltejs/kit';
import { formatDate } from '$lib/i18n/format';
import { say } from '$lib/survey/respondent-texts';
import { ClosedLinkError } from '../respondents/visit';

const PAGES = {
	not_found: ['link.not_found_title', 'link.not_found'],
	not_open: ['link.not_open_title', 'link.not_open'],
	closed: ['link.closed_title', 'link.closed']
} as const;

/** For respondents' pages: a link that cannot be answered becomes its error page, in the respondent's language. */
export async function orLinkPage<T>(locals: App.Locals, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (caught) {
		if (!(caught instanceof ClosedLinkError)) throw caught;
		const { words, reason, opensOn, status } = caught;
		locals.documentLanguage = words.language;
		const [title, text] = PAGES[reason];
		error(status, {
			title: say(words, title),
			message: say(words, text, { date: opensOn ? formatDate(opensOn, words.language) : '' }),
			lang: words.language
		});
	}
}
