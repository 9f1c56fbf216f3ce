import type { Kysely } from 'kysely';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { checkCollector } from './access';
import type { RespondentView } from '$lib/respondents/types';
import { listDefaultAnswers } from '$lib/survey/default-answers';
import { describeInterviewDesign } from './interview-design';
import { describeTargetAudio } from './audio';
import { describeState, describeSurvey, describeTop, listOfferedLanguages } from './view';
import { chooseLanguage, findOpenTarget, type Visit } from './visit';

/** The survey page of a link, as a respondent opens it (GET). */
export async function openSurvey(db: Kysely<Database>, visit: Visit): Promise<RespondentView> {
	const target = await findOpenTarget(db, visit, null);
	const chosen = chooseLanguage(target, visit);
	const base = describeTop(target, chosen.language);
	const access = await checkCollector(db, target, visit.actor);
	if (!access.allowed) return { kind: 'sign_in', ...base, reason: access.reason };
	if (!chosen.chosen)
		return { kind: 'language', ...base, mode: target.link.mode, languages: listOfferedLanguages(target) };
	const answers = listDefaultAnswers(target.version.definition.customQuestions);
	const survey = describeSurvey(target, chosen.language, visit.actor, answers);
	const interview = target.link.mode === 'enumerator' ? await describeInterviewDesign(db, target) : null;
	const audio = await describeTargetAudio(db, target, chosen.language);
	const view = { ...survey, interview, ...(audio && { audio }) };
	const state = describeState(target, view, {
		clientId: generateId(),
		startedAt: visit.now.toISOString(),
		page: -1,
		answers,
		problems: []
	});
	return { ...view, state };
}
