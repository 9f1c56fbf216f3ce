// @ts-check
// Enumerators' interviews where there is no network: each finished interview goes to a queue in IndexedDB on
// the phone (never only in memory), is shown with its time and state, and is sent to the server by itself
// when the network is back, or on demand. The server stores each submission id once, so sending again after
// a cut connection, a reload or an import on another phone never counts an interview twice.

/**
 * @typedef {import('./respondent.js').Interview} Interview
 * @typedef {import('./respondent.js').SurveyEventDetail} SurveyEventDetail
 * @typedef {{ id: string, name: string }} Interviewer
 * @typedef {Interview & { status: 'waiting' | 'sent' | 'refused', savedAt: string, sentAt?: string, reason?: string, interviewer?: Interviewer }} QueuedInterview
 */

export const QUEUE_DATABASE = 'mesure-interviews';
export const OFFLINE_CACHE = 'mesure-interviews';
/** Marks the request that asks who is signed in: the service worker never answers it from its cache. */
export const SESSION_CHECK_HEADER = 'x-mesure-session-check';
const STORE = 'interviews';
const EXPORT_FORMAT = 'mesure-interviews';

/** @returns {Promise<IDBDatabase>} */
function openQueue() {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(QUEUE_DATABASE, 1);
		// Version 1's store is kept by every later version of the app: queued interviews outlive updates.
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'clientId' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * @template T
 * @param {IDBDatabase} db
 * @param {IDBTransactionMode} mode
 * @param {(store: IDBObjectStore) => IDBRequest<T> | void} work
 * @returns {Promise<T | undefined>}
 */
function inStore(db, mode, work) {
	return new Promise((resolve, reject) => {
		// 'strict': the interview is on disk before the enumerator is told it is saved.
		const transaction = db.transaction(STORE, mode, { durability: 'strict' });
		const request = work(transaction.objectStore(STORE));
		transaction.oncomplete = () => resolve(request ? request.result : undefined);
		transaction.onerror = () => reject(transaction.error);
		transaction.onabort = () => reject(transaction.error);
	});
}

/** @param {IDBDatabase} db @returns {Promise<QueuedInterview[]>} */
async function listQueue(db) {
	return /** @type {QueuedInterview[]} */ ((await inStore(db, 'readonly', (store) => store.getAll())) ?? []);
}

/** @param {IDBDatabase} db @param {QueuedInterview} record */
function saveRecord(db, record) {
	return inStore(db, 'readwrite', (store) => store.put(record));
}

/** A new interview, never in place of another: on the (unlikely) same submission id, it gets a new one. @param {IDBDatabase} db @param {QueuedInterview} record */
async function addRecord(db, record) {
	try {
		await inStore(db, 'readwrite', (store) => store.add(record));
	} catch (error) {
		if (!(error instanceof DOMException && error.name === 'ConstraintError')) throw error;
		await inStore(db, 'readwrite', (store) => store.add({ ...record, clientId: makeClientId() }));
	}
}

/** Interviews sent more than a week ago leave the phone: a shared phone keeps no more than it must. */
const SENT_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** @param {IDBDatabase} db */
async function pruneSent(db) {
	const old = (await listQueue(db)).filter(
		(record) => record.status === 'sent' && Date.now() - Date.parse(record.sentAt ?? record.savedAt) > SENT_KEPT_MS
	);
	for (const record of old) await inStore(db, 'readwrite', (store) => store.delete(record.clientId));
}

/** A file of interviews, as "Save to a file" writes it; null when the text is not one. */
export function readExport(/** @type {string} */ text) {
	let parsed;
	try {
		parsed = JSON.parse(text);
	} catch {
		return null;
	}
	if (parsed?.format !== EXPORT_FORMAT || !Array.isArray(parsed.interviews)) return null;
	/** @type {QueuedInterview[]} */
	const interviews = parsed.interviews
		.filter(
			(/** @type {any} */ item) =>
				item &&
				typeof item.clientId === 'string' &&
				typeof item.token === 'string' &&
				item.answers &&
				typeof item.answers === 'object'
		)
		// A time or an interviewer the queue cannot read is left out (the import puts its own): kept, it would stop the
		// list from being shown, or keep the interview waiting for nobody.
		.map((/** @type {any} */ item) => ({
			...item,
			savedAt: typeof item.savedAt === 'string' && !Number.isNaN(Date.parse(item.savedAt)) ? item.savedAt : undefined,
			interviewer:
				item.interviewer && typeof item.interviewer.id === 'string' && typeof item.interviewer.name === 'string'
					? { id: item.interviewer.id, name: item.interviewer.name }
					: undefined
		}));
	return interviews;
}

/** A random submission id, also where `crypto.randomUUID` is missing (plain http on a local network). */
export function makeClientId() {
	const bytes = crypto.getRandomValues(new Uint8Array(15));
	return Array.from(bytes, (byte) => byte.toString(32).padStart(2, '0')).join('');
}

/** The same form for the next person: every answer cleared, a new submission id, E3's messages in a new order. */
function startNextInterview(/** @type {HTMLFormElement} */ form) {
	for (const control of form.querySelectorAll('input:not([type="hidden"]), textarea')) {
		const input = /** @type {HTMLInputElement} */ (control);
		if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
		else input.value = '';
	}
	// A ranking's places are lists: back to "choose" (the interview's cluster, a list too, stays for the next person).
	for (const place of form.querySelectorAll('[data-control="rank"] select'))
		/** @type {HTMLSelectElement} */ (place).selectedIndex = 0;
	// A question's default answer, as the form first showed it.
	for (const field of form.querySelectorAll('[data-default]')) {
		const given = JSON.parse(/** @type {HTMLElement} */ (field).dataset.default ?? '""');
		const chosen = Array.isArray(given) ? given : [given];
		for (const control of field.querySelectorAll('input, textarea')) {
			const input = /** @type {HTMLInputElement} */ (control);
			if (input.type === 'radio' || input.type === 'checkbox') input.checked = chosen.includes(input.value);
			else input.value = chosen[0] ?? '';
		}
	}
	renewInterview(form);
	form.dispatchEvent(new CustomEvent('survey:restart'));
}

/**
 * A submission id and a start time of its own for the interview the form now holds: a page kept offline
 * carries those it was made with, which every interview done after a reload would otherwise share.
 */
function renewInterview(/** @type {HTMLFormElement} */ form) {
	/** @type {HTMLInputElement} */ (form.elements.namedItem('_client')).value = makeClientId();
	/** @type {HTMLInputElement} */ (form.elements.namedItem('_started')).value = new Date().toISOString();
	const messages = [...form.querySelectorAll('[data-field^="E3_"]')];
	const parent = messages[0]?.parentElement;
	if (parent && messages.length > 1) {
		const place = messages[messages.length - 1].nextSibling;
		const intro = parent.querySelector('[data-field^="E3_"] .respondent-intro');
		for (let i = messages.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[messages[i], messages[j]] = [messages[j], messages[i]];
		}
		for (const field of messages) parent.insertBefore(field, place);
		if (intro) messages[0].prepend(intro);
	}
}

/**
 * Says, as a panel code is typed, whether it is one (the field's pattern) and whether the baseline's codes written
 * into the page hold it. Whether the interview may be kept: not with a code the server would refuse once the
 * respondent is gone (the message then shown, the field focused).
 */
function watchPanelCode(/** @type {HTMLFormElement} */ form) {
	const input = /** @type {HTMLInputElement | null} */ (form.elements.namedItem('_panel'));
	const status = document.getElementById('interview-panel-status');
	if (!input || !status) return () => true;
	const codes = new Set(input.list ? [...input.list.options].map((option) => option.value) : []);
	const valid = () => input.value.trim() === '' || !input.validity.patternMismatch;
	const say = () => {
		const code = input.value.trim().toUpperCase();
		if (valid()) input.removeAttribute('aria-invalid');
		else input.setAttribute('aria-invalid', 'true');
		const known = codes.has(code) ? status.dataset.found : status.dataset.new;
		status.textContent = code === '' ? '' : ((valid() ? known : status.dataset.invalid) ?? '');
	};
	input.addEventListener('input', say);
	form.addEventListener('survey:restart', say);
	return () => {
		say();
		if (!valid()) input.focus();
		return valid();
	};
}

/** @param {string} text @param {Record<string, string | number>} params */
function fill(text, params) {
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** @param {HTMLFormElement} form @param {HTMLElement} panel */
async function start(form, panel) {
	/** @type {Record<string, string>} */
	const texts = JSON.parse(panel.dataset.texts ?? '{}');
	const language = panel.dataset.language ?? document.documentElement.lang;
	/** @type {Interviewer | undefined} */
	const interviewer = panel.dataset.interviewer ? JSON.parse(panel.dataset.interviewer) : undefined;
	/** Another interviewer's interviews wait for them: the server would record them under whoever sends. @param {QueuedInterview} record */
	const mine = (record) => !record.interviewer || !interviewer || record.interviewer.id === interviewer.id;
	const when = (/** @type {string} */ iso) => new Date(iso).toLocaleString(language);
	const part = (/** @type {string} */ name) =>
		/** @type {HTMLElement} */ (panel.querySelector(`[data-queue="${name}"]`));
	renewInterview(form);
	const panelCodeFits = watchPanelCode(form);
	const db = await openQueue();
	await pruneSent(db);
	let sending = false;
	let signedOut = false;
	/** @type {string | null} */
	let notice = null;

	async function render() {
		const records = await listQueue(db);
		const count = (/** @type {QueuedInterview['status']} */ status) =>
			records.filter((record) => record.status === status).length;
		const lastSent = records
			.map((record) => record.sentAt ?? '')
			.sort()
			.pop();
		const summary = [fill(texts.waiting, { count: count('waiting') }), fill(texts.sent, { count: count('sent') })];
		if (count('refused') > 0) summary.push(fill(texts.refused, { count: count('refused') }));
		if (lastSent) summary.push(fill(texts.last_sent, { time: when(lastSent) }));
		part('summary').textContent = summary.join(' · ');
		const network = sending ? texts.sending : signedOut ? texts.signed_out : navigator.onLine ? '' : texts.offline;
		part('network').textContent = [notice, network].filter(Boolean).join(' ');
		/** @type {HTMLButtonElement} */ (part('send')).disabled =
			sending || !records.some((record) => record.status === 'waiting' && mine(record));
		const list = part('list');
		list.replaceChildren(
			...records
				.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
				.slice(0, 30)
				.map((record) => {
					const item = document.createElement('li');
					const state =
						record.status === 'refused'
							? fill(texts.status_refused, { reason: record.reason ?? '' })
							: record.status === 'waiting' && !mine(record)
								? fill(texts.status_other, { name: record.interviewer?.name ?? '' })
								: texts[`status_${record.status}`];
					item.textContent = `${when(record.savedAt)}: ${state}`;
					item.dataset.status = record.status;
					return item;
				})
		);
	}

	/** Sends the waiting interviews one by one; stops at the first sign that the network or the session is gone. */
	async function send() {
		if (sending) return;
		sending = true;
		await render();
		try {
			if (!(await listQueue(db)).some((record) => record.status === 'waiting' && mine(record))) return;
			if (interviewer && !(await stillSignedIn())) return;
			for (const record of await listQueue(db)) {
				if (record.status !== 'waiting' || !mine(record)) continue;
				const outcome = await post(record);
				if (outcome === 'stop') break;
				await saveRecord(db, outcome);
			}
		} finally {
			sending = false;
			await render();
		}
	}

	/**
	 * Whether the interviewer this page was opened for is the one signed in now: on a shared phone, someone else
	 * may have signed in since (in another tab), and the server records an interview under whoever sends it.
	 * The form's page, asked again, names who that is; the server's page asking to sign in names nobody. Any
	 * other answer (no network, a server error, a Wi-Fi sign-in page) tells nothing: the queue waits.
	 */
	async function stillSignedIn() {
		/** @type {string | undefined} */
		let now;
		let signInAsked = false;
		try {
			const response = await fetch(`${location.pathname}?lang=${encodeURIComponent(language)}`, {
				credentials: 'same-origin',
				// The service worker lets it through to the server, never answering it from the kept copy.
				headers: { accept: 'text/html', [SESSION_CHECK_HEADER]: '1' }
			});
			if (!response.ok) return false;
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			now = page.getElementById('interview-queue')?.dataset.interviewer;
			now = now ? JSON.parse(now).id : undefined;
			signInAsked = page.querySelector('a[href^="/signin?"]') !== null;
		} catch {
			return false;
		}
		if (now === interviewer?.id) return true;
		if (now !== undefined || signInAsked) await signOut();
		return false;
	}

	/** Signed out: the queue stays, but the form is no longer kept for use without network on this phone. */
	async function signOut() {
		signedOut = true;
		await caches?.delete(OFFLINE_CACHE).catch(() => false);
	}

	/** @param {QueuedInterview} record @returns {Promise<QueuedInterview | 'stop'>} */
	async function post(record) {
		let response;
		try {
			response = await fetch(`/api/v1/collect/${encodeURIComponent(record.token)}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language },
				body: JSON.stringify({
					clientId: record.clientId,
					language: record.language,
					startedAt: record.startedAt,
					submittedAt: record.submittedAt,
					surveyVersion: record.version,
					answers: record.answers,
					cluster: record.cluster,
					panelCode: record.panelCode
				})
			});
		} catch {
			return 'stop';
		}
		if (response.status === 401 || response.status === 403) {
			await signOut();
			return 'stop';
		}
		signedOut = false;
		if (response.ok) {
			// Sent only on the server's own answer, which names the interview's outcome (and its id, but a refusal to
			// take part has none): a Wi-Fi sign-in page or a proxy between them answers 200 too.
			const stored = await response.json().catch(() => null);
			return typeof stored?.outcome === 'string'
				? { ...record, status: 'sent', sentAt: new Date().toISOString() }
				: 'stop';
		}
		if (response.status === 429 || response.status >= 500) return 'stop';
		const body = await response.json().catch(() => null);
		const fields = Object.entries(body?.error?.fields ?? {}).map(([field, message]) => `${field}: ${message}`);
		return { ...record, status: 'refused', reason: [body?.error?.message, ...fields].filter(Boolean).join(' ') };
	}

	/** @param {CustomEvent<SurveyEventDetail>} event */
	async function keep(event) {
		event.preventDefault();
		if (!panelCodeFits()) return;
		await addRecord(db, { ...event.detail.record, status: 'waiting', savedAt: new Date().toISOString(), interviewer });
		notice = texts.saved;
		startNextInterview(form);
		await render();
		if (navigator.onLine) void send();
	}

	/** What is still to send: interviews already sent stay out of the file. */
	async function exportQueue() {
		const interviews = (await listQueue(db)).filter((record) => record.status !== 'sent');
		const file = new Blob(
			[
				JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), interviews }, null, 1)
			],
			{
				type: 'application/json'
			}
		);
		const link = document.createElement('a');
		link.href = URL.createObjectURL(file);
		link.download = `interviews-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
	}

	async function importQueue(/** @type {File} */ file) {
		const interviews = readExport(await file.text());
		if (!interviews || interviews.length === 0) {
			notice = texts.import_failed;
			return render();
		}
		const known = new Map((await listQueue(db)).map((record) => [record.clientId, record]));
		let added = 0;
		for (const interview of interviews) {
			if (known.get(interview.clientId)?.status === 'sent') continue;
			await saveRecord(db, {
				...interview,
				status: 'waiting',
				savedAt: interview.savedAt ?? new Date().toISOString(),
				interviewer: interview.interviewer ?? interviewer
			});
			added += 1;
		}
		notice = fill(texts.imported, { count: added });
		await render();
		if (navigator.onLine) void send();
	}

	form.addEventListener('survey:send', (event) => void keep(/** @type {CustomEvent<SurveyEventDetail>} */ (event)));
	form.addEventListener('survey:end', (event) => void keep(/** @type {CustomEvent<SurveyEventDetail>} */ (event)));
	part('send').addEventListener('click', () => void send());
	part('export').addEventListener('click', () => void exportQueue());
	part('import').addEventListener('change', (event) => {
		const input = /** @type {HTMLInputElement} */ (event.target);
		const file = input.files?.[0];
		input.value = '';
		if (file) void importQueue(file);
	});
	window.addEventListener('online', () => void send());
	window.addEventListener('offline', () => void render());
	setInterval(() => {
		if (navigator.onLine) void send();
	}, 60_000);
	panel.hidden = false;
	await render();
	if (navigator.onLine) void send();
	void keepOffline(JSON.parse(panel.dataset.recordings ?? '[]')).then((ready) => {
		if (ready && !notice) {
			notice = texts.ready_offline;
			void render();
		}
	});
}

/**
 * Keeps this page, its other languages, its script and the questions' recordings in every language in the offline
 * cache, and lets the service worker answer from there when there is no network. Only a page that is an interview
 * form goes in (the server marks it), never a sign-in page that would replace it.
 * @param {string[]} recordings
 */
async function keepOffline(recordings) {
	if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
	try {
		await navigator.serviceWorker.register('/service-worker.js');
		const cache = await caches.open(OFFLINE_CACHE);
		const pages = new Set([location.pathname, location.pathname + location.search]);
		for (const link of document.querySelectorAll('nav a[hreflang]'))
			pages.add(
				new URL(/** @type {HTMLAnchorElement} */ (link).href).pathname +
					new URL(/** @type {HTMLAnchorElement} */ (link).href).search
			);
		const assets = [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')].map(
			(element) => element.getAttribute('src') ?? element.getAttribute('href') ?? ''
		);
		for (const url of [...pages, ...assets]) {
			if (!url) continue;
			const response = await fetch(url, { credentials: 'same-origin' });
			if (response.ok && (assets.includes(url) || response.headers.get('x-mesure-offline') !== null))
				await cache.put(url, response);
		}
		await keepRecordings(cache, recordings);
		return true;
	} catch {
		return false;
	}
}

/**
 * The recordings of this link's questions, each address naming its version: those already kept are not fetched
 * again, and older versions of this link's recordings leave the cache.
 * @param {Cache} cache @param {string[]} recordings
 */
async function keepRecordings(cache, recordings) {
	const wanted = new Set(recordings.map((address) => new URL(address, location.href).href));
	const mine = new URL('audio/', `${location.origin}${location.pathname}/`).pathname;
	for (const request of await cache.keys())
		if (new URL(request.url).pathname.startsWith(mine) && !wanted.has(request.url)) await cache.delete(request);
	for (const address of wanted) {
		if (await cache.match(address)) continue;
		const response = await fetch(address, { credentials: 'same-origin' });
		if (response.ok) await cache.put(address, response);
	}
}

if (typeof document !== 'undefined') {
	const form = document.querySelector('form[data-survey]');
	const panel = document.getElementById('interview-queue');
	if (form instanceof HTMLFormElement && panel) void start(form, panel);
}
