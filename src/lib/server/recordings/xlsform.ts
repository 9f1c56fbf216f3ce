import type { Kysely } from 'kysely';
import { getCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { exportSurveyAsXlsForm } from '../surveys/xlsform';
import { nameRecordingFile, toSummary } from './recording';
import { listRecordingSummaries } from './repository';

/** The XLSForm of the campaign's survey, each recorded question naming its files in the media column `audio`. */
export async function exportXlsFormWithRecordings(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<{ bytes: Uint8Array; fileName: string }> {
	const campaign = await getCampaign(db, actorId, campaignId);
	const audio: Record<string, Record<string, string>> = {};
	for (const recording of (await listRecordingSummaries(db, campaign.id)).map(toSummary))
		(audio[recording.question] ??= {})[recording.language] = nameRecordingFile(recording);
	return exportSurveyAsXlsForm(db, actorId, campaign.id, Object.keys(audio).length > 0 ? audio : undefined);
}
