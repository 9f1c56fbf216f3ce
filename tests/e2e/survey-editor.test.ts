import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, inviteOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const CAMPAIGN = {
	title: 'Partir sans papiers ? Parlons-en',
	description: '',
	countries: ['SN'],
	regions: 'Tambacounda',
	channels: ['radio'],
	languages: ['fr', 'en'],
	messagesLanguage: 'fr',
	startDate: '2026-03-01',
	endDate: '2026-09-30',
	signatureMessages: ['La mer ne pardonne pas.', 'Le passeur ment.'],
	placeboMessage: 'Le désert est doux.',
	audienceSex: 'all'
};

const RADIO = {
	optionsLanguage: 'fr',
	code: 'heard_radio_show',
	type: 'single',
	required: 'on',
	label_fr: 'Avez-vous écouté l’émission ?',
	label_en: 'Did you listen to the show?',
	hint_fr: '',
	hint_en: '',
	options: 'often = Souvent\nnever = Jamais',
	options_en: 'Often\nNever',
	showIfQuestion: '',
	showIfOp: 'equals',
	showIfValue: ''
};

const AGE = {
	...RADIO,
	code: 'age_left',
	type: 'integer',
	required: '',
	label_fr: 'À quel âge êtes-vous parti ?',
	label_en: '',
	options: '',
	options_en: '',
	min: '10',
	max: '99',
	showIfQuestion: 'heard_radio_show',
	showIfOp: 'equals',
	showIfValue: 'often'
};

/** A question with an XLSForm expression that looks at RADIO, as the editor's advanced fields send it. */
const FOLLOW_UP = {
	...RADIO,
	code: 'follow_up',
	type: 'text',
	required: '',
	label_fr: 'Pourquoi ?',
	label_en: 'Why?',
	options: '',
	options_en: '',
	relevant: 'count-selected(${heard_radio_show}) = 1',
	constraint: 'string-length(.) < 300',
	constraintMessage_fr: 'Trop long',
	constraintMessage_en: 'Too long'
};

/** The question codes of the survey page, in the order shown. */
function codesOf(page: string): string[] {
	return [...page.matchAll(/<li class="row question-row[^"]*"[^>]*>\s*<div><strong><code>([a-z0-9_]+)<\/code>/g)].map(
		(m) => m[1]
	);
}

// The survey editor and the translations page with plain form posts, as a browser without JavaScript sends them.
describe('survey editor pages', () => {
	let server: RunningServer;
	let editor: HttpClient;
	let viewer: HttpClient;
	let outsider: HttpClient;

	/** A campaign of the editor's with these questions, for one test (each runs alone): its path and its survey's. */
	async function campaignWith(...questions: Record<string, string>[]): Promise<{ campaign: string; survey: string }> {
		const created = await editor.post('/campaigns/new', CAMPAIGN);
		expect(created.status).toBe(303);
		const campaign = created.headers.get('location')!;
		const survey = `${campaign}/survey`;
		for (const question of questions)
			expect((await editor.post(`${survey}?/add`, question)).status, question.code).toBe(200);
		return { campaign, survey };
	}
	const COMMENT = {
		...RADIO,
		code: 'comment',
		type: 'text',
		options: '',
		options_en: '',
		label_fr: '',
		label_en: 'Anything to add?'
	};

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(owner);
		editor = await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org');
		viewer = await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org');
		outsider = await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere');
	});
	afterAll(async () => server.stop());

	it('is linked from the campaign page and shows the locked core module in the interface language', async () => {
		const { campaign, survey } = await campaignWith();
		const page = mainOf(await (await editor.get(campaign)).text());
		expect(page).toContain(`href="${survey}"`);
		expect(page).toContain('Edit the survey');
		expect(page).toContain(`href="${campaign}/translations"`);

		const editorPage = mainOf(await (await editor.get(survey)).text());
		expect(editorPage).toContain('Core module (locked)');
		expect(editorPage).toContain('What is your sex?');
		expect(editorPage).toContain('your signature message 2');
		expect(editorPage).not.toContain('E3_3');
		expect(editorPage).toContain('No custom question yet.');
		const french = mainOf(await (await editor.get(survey, { 'accept-language': 'fr' })).text());
		expect(french).toContain('Module de base (verrouillé)');
		expect(french).toContain('Quel est votre sexe ?');
	});

	it('adds questions in order, with their texts per language, options and a show-if rule', async () => {
		const { survey } = await campaignWith();
		const added = await editor.post(`${survey}?/add`, RADIO);
		expect(added.status).toBe(200);
		expect(mainOf(await added.text())).toContain('Question heard_radio_show added.');
		expect((await editor.post(`${survey}?/add`, AGE)).status).toBe(200);

		const page = mainOf(await (await editor.get(survey)).text());
		expect(codesOf(page)).toEqual(['heard_radio_show', 'age_left']);
		expect(page).toContain('Avez-vous écouté l’émission ?');
		expect(page).toContain('Shown if heard_radio_show is often');
		expect(page).toContain('Add a question');
		expect(page).toContain('aria-label="Remove age_left"');
	});

	it('adds a repeat group and a question asked in it, and refuses one away from its group', async () => {
		const household = {
			...COMMENT,
			code: 'household',
			type: 'repeat',
			label_fr: 'Membres du foyer',
			label_en: 'Household members',
			repeatCount: ''
		};
		const name = { ...COMMENT, code: 'member_name', label_fr: 'Prénom', label_en: 'First name', repeat: 'household' };
		const { survey } = await campaignWith(household, name);
		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual(['household', 'member_name']);
		const away = await editor.post(`${survey}?/add`, { ...COMMENT, repeat: 'household' });
		expect((await editor.post(`${survey}?/add`, { ...COMMENT, code: 'after' })).status).toBe(200);
		expect(away.status).toBe(200);
		const late = await editor.post(`${survey}?/add`, { ...name, code: 'member_age' });
		expect(late.status).toBe(400);
		expect(mainOf(await late.text())).toContain('must follow the group’s own question');
		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual([
			'household',
			'member_name',
			'comment',
			'after'
		]);
	});

	it('answers 400 with each problem in the user’s language, keeps what was typed, and saves nothing', async () => {
		const { survey } = await campaignWith(RADIO, AGE);
		const badCode = await editor.post(`${survey}?/add`, { ...RADIO, code: 'Bad Code', label_fr: 'Gardé tel quel' });
		expect(badCode.status).toBe(400);
		const badPage = mainOf(await badCode.text());
		expect(badPage).toContain('A question code starts with a small letter and uses only a–z, 0–9 and _.');
		expect(badPage).toContain('value="Bad Code"');
		expect(badPage).toContain('Gardé tel quel');
		expect(badPage).toContain('often = Souvent');

		const duplicate = await editor.post(`${survey}?/add`, RADIO);
		expect(duplicate.status).toBe(400);
		expect(mainOf(await duplicate.text())).toContain('Another question already uses this code.');

		const oneOption = await editor.post(`${survey}?/add`, {
			...RADIO,
			code: 'lonely',
			options: 'only = Seule',
			options_en: ''
		});
		expect(oneOption.status).toBe(400);
		expect(mainOf(await oneOption.text())).toContain('A choice question needs at least 2 options.');

		const tooManyLabels = await editor.post(`${survey}?/add`, {
			...RADIO,
			code: 'extra',
			options_en: 'Often\nNever\nSometimes'
		});
		expect(tooManyLabels.status).toBe(400);
		expect(mainOf(await tooManyLabels.text())).toContain('There are more lines here than options.');

		// The same form in French says it in French.
		const french = await editor.post(`${survey}?/add`, { ...RADIO, code: '9lives' }, { 'accept-language': 'fr' });
		expect(french.status).toBe(400);
		expect(mainOf(await french.text())).toContain('Un code de question commence par une minuscule');

		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual(['heard_radio_show', 'age_left']);
	});

	it('edits a question on its own page; a new code carries over to the rules and expressions that look at it', async () => {
		const { survey } = await campaignWith(RADIO, AGE, FOLLOW_UP);
		const editPath = `${survey}/questions/heard_radio_show`;
		const form = mainOf(await (await editor.get(editPath)).text());
		expect(form).toContain('value="heard_radio_show"');
		expect(form).toMatch(/often = Souvent\s*never = Jamais/);
		expect(form).toContain('lang="en"');

		const refused = await editor.post(editPath, { ...RADIO, options: 'often = Souvent' });
		expect(refused.status).toBe(400);
		expect(mainOf(await refused.text())).toContain('A choice question needs at least 2 options.');

		const saved = await editor.post(editPath, {
			...RADIO,
			code: 'heard_show',
			label_fr: 'Avez-vous écouté l’émission de radio ?'
		});
		expect(saved.status).toBe(303);
		expect(saved.headers.get('location')).toBe(survey);
		const page = mainOf(await (await editor.get(survey)).text());
		expect(codesOf(page)).toEqual(['heard_show', 'age_left', 'follow_up']);
		expect(page).toContain('Avez-vous écouté l’émission de radio ?');
		expect(page).toContain('Shown if heard_show is often');
		expect(page).toContain('<code>count-selected(${heard_show}) = 1</code>');
		const followUp = mainOf(await (await editor.get(`${survey}/questions/follow_up`)).text());
		expect(followUp).toContain('value="count-selected(${heard_show}) = 1"');
		expect(followUp).toContain('value="Trop long"');

		expect((await editor.get(editPath)).status).toBe(404);
		expect((await editor.post(editPath, RADIO)).status).toBe(404);
	});

	it('moves and removes questions, but never above or without the question a rule looks at', async () => {
		const { survey } = await campaignWith(RADIO, AGE);
		// The first question renamed, as the test above leaves it: the rule follows the new code.
		expect((await editor.post(`${survey}/questions/heard_radio_show`, { ...RADIO, code: 'heard_show' })).status).toBe(
			303
		);
		const blocked = await editor.post(`${survey}?/move`, { code: 'age_left', direction: 'up' });
		expect(blocked.status).toBe(409);
		expect(mainOf(await blocked.text())).toContain('Question “age_left” depends on the answer to “heard_show”');
		expect((await editor.post(`${survey}?/remove`, { code: 'heard_show' })).status).toBe(409);

		const comment = {
			...RADIO,
			code: 'comment',
			type: 'text',
			options: '',
			options_en: '',
			label_fr: '',
			label_en: 'Anything to add?'
		};
		expect((await editor.post(`${survey}?/add`, comment)).status).toBe(200);
		const moved = await editor.post(`${survey}?/move`, { code: 'comment', direction: 'up' });
		expect(moved.status).toBe(200);
		expect(mainOf(await moved.text())).toContain('Question moved.');
		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual(['heard_show', 'comment', 'age_left']);
		// At the top, moving up changes nothing.
		expect((await editor.post(`${survey}?/move`, { code: 'heard_show', direction: 'up' })).status).toBe(200);

		const removed = await editor.post(`${survey}?/remove`, { code: 'age_left' });
		expect(removed.status).toBe(200);
		expect(mainOf(await removed.text())).toContain('Question removed.');
		expect((await editor.post(`${survey}?/remove`, { code: 'age_left' })).status).toBe(404);
		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual(['heard_show', 'comment']);
	});

	it('lets a viewer read the survey and its translations but change nothing; an outsider sees nothing', async () => {
		const { campaign, survey } = await campaignWith({ ...RADIO, code: 'heard_show' }, COMMENT);
		const page = mainOf(await (await viewer.get(survey)).text());
		expect(codesOf(page)).toEqual(['heard_show', 'comment']);
		for (const control of ['Add a question', 'Remove', 'Move up', 'Move down', '>Edit<', 'method="POST"'])
			expect(page).not.toContain(control);
		const translations = mainOf(await (await viewer.get(`${campaign}/translations`)).text());
		expect(translations).toContain('Did you listen to the show?');
		expect(translations).not.toContain('Save the translations');
		expect(mainOf(await (await viewer.get(campaign)).text())).not.toContain('Edit the survey');

		const attempts: [string, Record<string, string>][] = [
			[`${survey}?/add`, { ...RADIO, code: 'intruder' }],
			[`${survey}?/move`, { code: 'comment', direction: 'up' }],
			[`${survey}?/remove`, { code: 'comment' }],
			[`${survey}/questions/comment`, { ...RADIO, code: 'comment' }],
			[`${campaign}/translations`, { 'placeboMessage:en': 'Taken over' }]
		];
		for (const [path, form] of attempts) expect((await viewer.post(path, form)).status, path).toBe(403);
		expect((await viewer.get(`${survey}/questions/comment`)).status).toBe(403);

		for (const path of [survey, `${survey}/questions/comment`, `${campaign}/translations`]) {
			expect((await outsider.get(path)).status, path).toBe(404);
		}
		for (const [path, form] of attempts) expect((await outsider.post(path, form)).status, path).toBe(404);
		const anonymous = new HttpClient(server.url);
		for (const path of [survey, `${campaign}/translations`]) {
			expect((await anonymous.get(path)).headers.get('location')).toBe(
				`/signin?redirectTo=${encodeURIComponent(path)}`
			);
		}
		expect(codesOf(mainOf(await (await editor.get(survey)).text()))).toEqual(['heard_show', 'comment']);
	});

	it('saves every missing translation in one go, after which the survey publishes', async () => {
		const { campaign } = await campaignWith({ ...RADIO, code: 'heard_show' }, COMMENT);
		const path = `${campaign}/translations`;
		const before = mainOf(await (await editor.get(path)).text());
		// English lacks the three messages and the comment's French label.
		expect(before).toContain('4 translations missing');
		expect(before.match(/class="missing-flag"/g)).toHaveLength(4);
		expect(mainOf(await (await editor.get(campaign)).text())).toContain('Fill in the missing translations');

		const tooShort = await editor.post(path, {
			'placeboMessage:en': 'No',
			'questions.comment.label:fr': 'Autre chose ?'
		});
		expect(tooShort.status).toBe(400);
		const tooShortPage = mainOf(await tooShort.text());
		expect(tooShortPage).toContain('Write the message (at least 3 characters).');
		expect(tooShortPage).toContain('value="Autre chose ?"');
		expect(mainOf(await (await editor.get(path)).text())).toContain('4 translations missing');

		const saved = await editor.post(path, {
			'signatureMessages.1:en': 'The sea does not forgive.',
			'signatureMessages.2:en': 'The smuggler lies.',
			'placeboMessage:en': 'The desert is gentle.',
			'questions.comment.label:fr': 'Autre chose ?'
		});
		expect(saved.status).toBe(200);
		const after = mainOf(await saved.text());
		expect(after).toContain('Translations saved.');
		expect(after).toContain('Every text is translated.');
		expect(after).not.toContain('class="missing-flag"');
		expect(mainOf(await (await editor.get(campaign)).text())).not.toContain('Fill in the missing translations');

		const published = await editor.post(`${campaign}?/publish`, {});
		expect(published.status).toBe(200);
		expect(mainOf(await published.text())).toContain('Version 1 is published.');
		// Saving the unchanged page makes no new version to publish.
		expect((await editor.post(path, { 'placeboMessage:en': 'The desert is gentle.' })).status).toBe(200);
		expect(mainOf(await (await editor.get(campaign)).text())).not.toContain('Publish version');
	});
});
