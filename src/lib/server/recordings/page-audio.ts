import type { Kysely } from 'kysely';
import type { PageAudio } from '$lib/respondents/types';
import type { Database } from '../db/schema';
import { versionOf } from './recording';
import { findPageRecordings } from './repository';

/** A recording's address under a collection link: it changes with the recording, so phones keep each for good. */
export function recordingAddress(token: string, question: string, language: string, hash: string): string {
	return `/s/${token}/audio/${encodeURIComponent(question)}/${encodeURIComponent(language)}?v=${versionOf(hash)}`;
}

/** The recordings a page of the link's survey plays in `language` (one query, no bytes); null when there are none. */
export async function describePageAudio(
	db: Kysely<Database>,
	link: { campaignId: string; token: string; languages: readonly string[]; enumerator: boolean },
	language: string
): Promise<PageAudio | null> {
	const found = await findPageRecordings(db, link.campaignId);
	if (!found || found.recordings.length === 0) return null;
	const address = (recording: { question: string; language: string; hash: string }) =>
		recordingAddress(link.token, recording.question, recording.language, recording.hash);
	const recordings = Object.fromEntries(
		found.recordings.filter((one) => one.language === language).map((one) => [one.question, address(one)])
	);
	return {
		recordings,
		readAloud: found.readAloud,
		...(link.enumerator && {
			offline: found.recordings.filter((one) => link.languages.includes(one.language)).map(address)
		})
	};
}
