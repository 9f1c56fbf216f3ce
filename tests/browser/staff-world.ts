import type { Page } from 'playwright-core';
import { createCampaign } from '$lib/server/campaigns/service';
import { connectDatabase } from '$lib/server/db/connect';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { findCollectTarget } from '$lib/server/responses/target';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import { setUpOverHttp } from '../helpers/accounts';
import { customQuestion, writeCustomAnswers } from '../helpers/custom-answers';
import { HttpClient } from '../helpers/http';
import { publishableCampaignInput } from '../helpers/responses';
import { SESSION_COOKIE, signInOverHttp, type Suite } from './support';

/** Who a staff page is opened as: nobody, the instance's administrator, the demo NGO's owner or its donor. */
export type Visitor = 'anonymous' | 'admin' | 'owner' | 'donor';

export interface StaffPage {
	name: string;
	path: string;
	as: Visitor;
}

export interface StaffWorld {
	sessions: Record<Exclude<Visitor, 'anonymous'>, string>;
	pages: StaffPage[];
}

const ID = '[a-z2-7]{24}';

/**
 * An instance with something on every staff page: its administrator, the demo (an NGO's owner with campaigns
 * answered, a donor they are shared with), a campaign of the NGO with its own questions and answers to them, and a
 * public report. Every page of the staff interface is listed with whom it is opened as.
 */
export async function buildStaffWorld(suite: Suite): Promise<StaffWorld> {
	const { url } = suite;
	const admin = await setUpOverHttp(url, 'admin@example.org', 'Instance');
	const made = await (await admin.post('/admin?/demo', {})).text();
	const passwords = new Map(
		[...made.matchAll(/<td>([^<]+@demo\.example\.org)<\/td><td><code>([a-z2-7]+)<\/code>/g)].map(
			([, email, password]) => [email, password]
		)
	);
	const ownerEmail = 'ngo-owner@demo.example.org';
	const owner = await signInOverHttp(url, { email: ownerEmail, password: passwords.get(ownerEmail)! });
	const donor = await signInOverHttp(url, {
		email: 'donor@demo.example.org',
		password: passwords.get('donor@demo.example.org')!
	});
	const client = new HttpClient(url, { cookie: `${SESSION_COOKIE}=${owner}` });
	const read = async (path: string) => {
		const response = await client.get(path);
		if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
		return response.text();
	};
	const pick = (html: string, pattern: RegExp, what: string) => {
		const found = pattern.exec(html)?.[1];
		if (!found) throw new Error(`No ${what} found`);
		return found;
	};

	const campaigns = await read('/campaigns');
	const campaign = pick(campaigns, new RegExp(`href="/campaigns/(${ID})"><strong>La mer ne pardonne pas`), 'campaign');
	const organisation = pick(await read('/'), new RegExp(`/organisations/(${ID})/members`), 'organisation');
	const overview = await read(`/campaigns/${campaign}`);
	const link = pick(overview, new RegExp(`/campaigns/${campaign}/links/(${ID})`), 'collection link');
	const response = pick(
		await read(`/campaigns/${campaign}/responses`),
		new RegExp(`/campaigns/${campaign}/responses/(${ID})`),
		'response'
	);
	const own = await campaignWithOwnQuestions(suite, ownerEmail);
	const published = await client.post(`/campaigns/${campaign}?/publishReport`, {});
	const report = pick(await published.text(), /\/r\/([a-z2-7]{32})/, 'public report');

	const c = `/campaigns/${campaign}`;
	const pages: StaffPage[] = [
		{ name: 'sign in', path: '/signin', as: 'anonymous' },
		{ name: 'sign up', path: '/signup', as: 'anonymous' },
		{ name: 'plan, signed out', path: '/plan', as: 'anonymous' },
		{ name: 'public report', path: `/r/${report}`, as: 'anonymous' },
		{ name: 'home', path: '/', as: 'owner' },
		{ name: 'account', path: '/account', as: 'owner' },
		{ name: 'API tokens', path: '/account/tokens', as: 'owner' },
		{ name: 'organisations', path: '/organisations', as: 'owner' },
		{ name: 'members', path: `/organisations/${organisation}/members`, as: 'owner' },
		{ name: 'audit', path: `/organisations/${organisation}/audit`, as: 'owner' },
		{ name: 'campaigns', path: '/campaigns', as: 'owner' },
		{ name: 'new campaign', path: '/campaigns/new', as: 'owner' },
		{ name: 'campaign overview', path: c, as: 'owner' },
		{ name: 'campaign settings', path: `${c}/edit`, as: 'owner' },
		{ name: 'survey', path: `/campaigns/${own}/survey`, as: 'owner' },
		{ name: 'question editor', path: `/campaigns/${own}/survey/questions/channel`, as: 'owner' },
		{ name: 'translations', path: `/campaigns/${own}/translations`, as: 'owner' },
		{ name: 'preview', path: `/campaigns/${own}/preview`, as: 'owner' },
		{ name: 'XLSForm', path: `${c}/xlsform`, as: 'owner' },
		{ name: 'logo', path: `${c}/logo`, as: 'owner' },
		{ name: 'data and deletion', path: `${c}/data`, as: 'owner' },
		{ name: 'survey design', path: `${c}/design`, as: 'owner' },
		{ name: 'link', path: `${c}/links/${link}`, as: 'owner' },
		{ name: 'flyer', path: `${c}/links/${link}/flyer?lang=fr`, as: 'owner' },
		{ name: 'import', path: `${c}/links/${link}/import`, as: 'owner' },
		{ name: 'results', path: `${c}/results`, as: 'owner' },
		{ name: 'results by sex', path: `${c}/results?by=sex`, as: 'owner' },
		{ name: 'own questions’ results', path: `/campaigns/${own}/results`, as: 'owner' },
		{ name: 'responses', path: `${c}/responses`, as: 'owner' },
		{ name: 'response', path: `${c}/responses/${response}`, as: 'owner' },
		{ name: 'plan', path: '/plan', as: 'owner' },
		{ name: 'compare', path: '/compare', as: 'donor' },
		{ name: 'shared results', path: `${c}/results`, as: 'donor' },
		{ name: 'administration', path: '/admin', as: 'admin' }
	];
	return { sessions: { admin: admin.cookie(SESSION_COOKIE)!, owner, donor }, pages };
}

/** A campaign of the demo NGO with its own questions, published, and baseline and endline answers to them. */
async function campaignWithOwnQuestions(suite: Suite, ownerEmail: string): Promise<string> {
	const db = connectDatabase({ dialect: 'sqlite', path: suite.server.databasePath! });
	try {
		const ownerId = (
			await db.selectFrom('users').select('id').where('email', '=', ownerEmail).executeTakeFirstOrThrow()
		).id;
		const campaign = await createCampaign(
			db,
			ownerId,
			publishableCampaignInput({ title: 'Radio Kayes — questions of its own' })
		);
		await addCustomQuestions(db, ownerId, campaign.id, [
			customQuestion('heard', 'yes_no'),
			customQuestion('channel', 'single', ['radio', 'tv', 'friends']),
			customQuestion('trust', 'scale_5'),
			customQuestion('comment', 'text')
		]);
		const { links } = await publishSurvey(db, ownerId, campaign.id);
		for (const [wave, seed] of [
			['baseline', 1],
			['endline', 2]
		] as const) {
			const link = links.find((candidate) => candidate.wave === wave && candidate.group === 'exposed')!;
			const target = await findCollectTarget(db, link.token);
			await insertSyntheticResponses(db, target!, {
				count: 40,
				profile: BASELINE_PROFILE,
				seed,
				submittedOn: '2026-06-01'
			});
			await writeCustomAnswers(db, campaign.id, wave, 'exposed', (i) => ({
				heard: i < (wave === 'baseline' ? 12 : 25) ? 'yes' : 'no',
				channel: i < 3 ? 'radio' : i < 20 ? 'tv' : 'friends',
				trust: 1 + (i % (wave === 'baseline' ? 3 : 5)),
				...(i < 3 ? { comment: `${wave} comment ${i}` } : {})
			}));
		}
		return campaign.id;
	} finally {
		await db.destroy();
	}
}

/**
 * What sticks out of the page: the document's own scroll width, and each element whose box reaches past either edge
 * of the screen, unless a container that scrolls (a table's wrapper with overflow: auto) holds it. Elements put
 * entirely off the screen on purpose (the skip link until focused) and text for screen readers only (a box of one
 * pixel that clips it) are not counted. `unwrappedTables` lists the tables no scrolling box holds: however narrow
 * they are today, a longer name would widen the page.
 */
export async function overflowing(
	page: Page
): Promise<{ scrollWidth: number; width: number; elements: string[]; unwrappedTables: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const describe = (element: Element) => {
			const id = element.id ? `#${element.id}` : '';
			const classes = [...element.classList].map((name) => `.${name}`).join('');
			const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const box = element.getBoundingClientRect();
			return `${element.tagName.toLowerCase()}${id}${classes} [${Math.round(box.left)}..${Math.round(box.right)}] “${text}”`;
		};
		const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
		const clipsToNothing = (element: Element) => {
			const box = element.getBoundingClientRect();
			return getComputedStyle(element).overflowX !== 'visible' && box.width <= 1 && box.height <= 1;
		};
		const held = (element: Element) => {
			for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
				if (scrolls(parent) || clipsToNothing(parent)) return true;
			return clipsToNothing(element);
		};
		const offScreen = (element: Element, box: DOMRect) => {
			const position = getComputedStyle(element).position;
			return (position === 'absolute' || position === 'fixed') && (box.right <= 0 || box.left >= width);
		};
		const elements: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			if (box.left >= -0.5 && box.right <= width + 0.5) continue;
			if (offScreen(element, box) || held(element)) continue;
			elements.push(describe(element));
		}
		const unwrappedTables = [...document.querySelectorAll('table')]
			.filter((table) => {
				for (let parent = table.parentElement; parent && parent !== document.body; parent = parent.parentElement)
					if (scrolls(parent)) return false;
				return true;
			})
			.map(describe);
		return { scrollWidth: document.documentElement.scrollWidth, width: innerWidth, elements, unwrappedTables };
	});
}

/** The page's `<html lang dir>`. */
export function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
	return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}
