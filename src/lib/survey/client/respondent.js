// @ts-check
// The survey page's only script, sent as it is (no bundler, no framework, one file: a second would be a
// second request on a slow network). Without it the page works as plain HTML forms, the server deciding each
// next page. With it, the pages already in the document are shown one after another with no request until
// the end, skip logic applies at once, answers are checked with the server's words, and a lost connection at
// the end keeps every answer on the page.

/**
 * @typedef {{ q: string, op: 'eq', v: string } | { q: string, op: 'in', v: string[] } | { q: string, op: 'gt' | 'lt', v: number } | { q: string, op: 'between', min: number, max: number }} Condition
 * @typedef {{ clientId: string, token: string, version: number, language: string, startedAt: string | null, submittedAt: string, answers: Record<string, string | string[]>, cluster?: string, panelCode?: string }} Interview
 * @typedef {{ record: Interview, outcome: 'complete' | 'refused' | 'not_eligible' | null }} SurveyEventDetail
 * @typedef {typeof import('./expressions.js')} Expressions
 * @typedef {import('./expressions.js').Scope} Scope
 */

/** An answer written into a label or a hint (`${name}`) keeps this many characters at most, then an ellipsis. */
export const MOST_FILLED_ANSWER = 200;
/** A label or a hint once filled keeps this many characters at most: twice the longest a label may be written. */
export const MOST_FILLED_TEXT = 4000;

/**
 * A label or a hint with each answer it names written in (`valueOf` gives the answer as text, or null: blank), each
 * answer and the whole kept short, so that long answers named many times cannot swell the page.
 */
export function fillTemplate(/** @type {string} */ template, /** @type {(name: string) => string | null} */ valueOf) {
	const filled = template.replace(/\$\{([^{}\s]+)\}/g, (_, name) => {
		const value = valueOf(name) ?? '';
		return value.length > MOST_FILLED_ANSWER ? `${value.slice(0, MOST_FILLED_ANSWER)}…` : value;
	});
	return filled.length > MOST_FILLED_TEXT ? `${filled.slice(0, MOST_FILLED_TEXT)}…` : filled;
}

/** As the core module reads numbers (src/lib/core-module/numbers.ts): spaces ignored, Arabic-Indic digits as 0–9. */
export function normaliseDigits(/** @type {string} */ text) {
	return text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** A whole number written as one; null for anything else. */
export function readInteger(/** @type {string} */ text) {
	const digits = normaliseDigits(text);
	return /^-?\d+$/.test(digits) ? Number(digits) : null;
}

/** A number with or without decimals (a decimal comma is a point); null for anything else. */
export function readNumber(/** @type {string} */ text) {
	const digits = normaliseDigits(text);
	return /^-?\d+([.,]\d+)?$/.test(digits) ? Number(digits.replace(',', '.')) : null;
}

/**
 * Whether a rule holds, given the question's answers (a list, empty when unanswered): the same reading as the
 * server's for every valid answer. "Equals" on a question with several answers means "includes".
 * @param {Condition} condition
 * @param {(question: string) => string[]} valuesOf
 */
export function testCondition(condition, valuesOf) {
	const values = valuesOf(condition.q).filter((value) => value.trim() !== '');
	if (values.length === 0) return false;
	if (condition.op === 'eq') return values.includes(condition.v);
	if (condition.op === 'in') return values.some((value) => condition.v.includes(value));
	const number = values.length === 1 ? readNumber(values[0]) : null;
	if (number === null) return false;
	if (condition.op === 'between') return number >= condition.min && number <= condition.max;
	return condition.op === 'gt' ? number > condition.v : number < condition.v;
}

/**
 * What is wrong with one question's answers, as a problem code of the server's, or null.
 * @param {{ control: string, required: boolean, min: number | null, max: number | null, exclusive: string[], positions?: number }} field
 * @param {string[]} values
 */
export function checkAnswer(field, values) {
	const given = values.filter((value) => value.trim() !== '');
	if (given.length === 0) return field.required && field.control !== 'note' ? 'required' : null;
	if (field.control === 'checkbox')
		return given.length > 1 && given.some((value) => field.exclusive.includes(value)) ? 'dk_not_alone' : null;
	if (field.control === 'rank')
		return given.length === (field.positions ?? 0) && new Set(given).size === given.length ? null : 'not_a_ranking';
	if (field.control === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(given[0]) ? null : 'not_a_date';
	if (field.control === 'time') return /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(given[0]) ? null : 'not_a_time';
	if (field.control === 'datetime')
		return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(given[0]) ? null : 'not_a_datetime';
	if (field.control !== 'number' && field.control !== 'decimal') return null;
	const number = field.control === 'number' ? readInteger(given[0]) : readNumber(given[0]);
	if (number === null) return field.control === 'number' ? 'not_an_integer' : 'not_a_number';
	return (field.min !== null && number < field.min) || (field.max !== null && number > field.max)
		? 'out_of_range'
		: null;
}

/** @param {string} text @param {Record<string, string | number>} params */
function fill(text, params) {
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * @param {HTMLFormElement} form
 * @param {Expressions | null} expressions the survey's XLSForm expressions' reader, for a survey that has some
 */
function enhance(form, expressions) {
	/** @type {Record<string, string>} */
	const texts = JSON.parse(form.dataset.texts ?? '{}');
	let sections = /** @type {HTMLElement[]} */ ([...form.querySelectorAll('[data-page]')]);
	let fields = /** @type {HTMLElement[]} */ ([...form.querySelectorAll('[data-field]')]);
	const pageInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('_page'));
	let current = Number(pageInput.value) || 0;
	let sending = false;

	/** @param {string} name */
	const controlsOf = (name) =>
		/** @type {(HTMLInputElement | HTMLTextAreaElement)[]} */ ([
			...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)
		]).filter((c) => !c.disabled);
	const findNumeric = () =>
		new Set(
			fields
				.filter((field) => field.dataset.control === 'number' || field.dataset.control === 'decimal')
				.map((field) => field.dataset.field)
		);
	let numeric = findNumeric();
	/** @param {string} name */
	const valuesOf = (name) =>
		controlsOf(name)
			.filter(
				(control) =>
					!(control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) ||
					control.checked
			)
			.map((control) => control.value);
	/** What rules compare, as the server reads it: a typed number as its number (`07` is `7`, `٢٢` is `22`). @param {string} name */
	const ruleValuesOf = (name) =>
		(calculated.has(name) ? [String(calculated.get(name))] : valuesOf(name)).map((value) => {
			const number = numeric.has(name) ? readNumber(value) : null;
			return number === null ? value : String(number);
		});
	/** Codes and calculations the last application of the rules found asked; the calculations' values. */
	let askedNow = new Set();
	/** @type {Map<string, string | number>} */
	const calculated = new Map();
	/** @type {Map<string, string[]>} Each list answer as last read: the same list while it does not change, joined once. */
	const lists = new Map();
	/** An answer as the server reads it for an expression: a number typed as one, a list for checkboxes. @param {string} name */
	const answerOf = (name) => {
		if (calculated.has(name)) return calculated.get(name) ?? null;
		const field = byName.get(name);
		const values = valuesOf(name).filter((value) => value.trim() !== '');
		if (values.length === 0 || !field) return null;
		if (field.dataset.control === 'checkbox' || field.dataset.control === 'rank') {
			const last = lists.get(name);
			if (last && last.length === values.length && last.every((value, i) => value === values[i])) return last;
			lists.set(name, values);
			return values;
		}
		const number = numeric.has(name) ? readNumber(values[0]) : null;
		return number ?? values[0].trim();
	};
	/** @returns {Scope} */
	const makeScope = () => ({
		read: (name) => (askedNow.has(name) ? answerOf(name) : null),
		...(expressions ? expressions.readClock(new Date()) : { today: '', now: '' }),
		work: { spent: 0 }
	});
	/** @param {string | undefined} expression @param {Scope} scope */
	const holds = (expression, scope) => !expression || !expressions || expressions.testExpression(expression, scope);
	let byName = new Map(fields.map((field) => [field.dataset.field ?? '', field]));
	/** @param {HTMLElement} field */
	const describe = (field) => ({
		control: field.dataset.control ?? 'text',
		required: field.dataset.required !== undefined,
		min: field.dataset.min === undefined ? null : Number(field.dataset.min),
		max: field.dataset.max === undefined ? null : Number(field.dataset.max),
		exclusive: (field.dataset.exclusive ?? '').split(' ').filter(Boolean),
		positions: Number(field.dataset.positions ?? 0)
	});

	/** Asks and leaves out questions as answers change: an item asked only when the one it looks at is. */
	function applyRules(again = true) {
		const asked = new Set();
		askedNow = asked;
		calculated.clear();
		const scope = makeScope();
		for (const field of fields) {
			const name = field.dataset.field ?? '';
			const condition = field.dataset.if ? /** @type {Condition} */ (JSON.parse(field.dataset.if)) : null;
			const active =
				!field.closest('[data-spare]') &&
				(!condition || (asked.has(condition.q) && testCondition(condition, ruleValuesOf))) &&
				holds(field.dataset.relevant, scope);
			if (field.dataset.calculate !== undefined) {
				const value = active && expressions ? expressions.calculate(field.dataset.calculate, scope) : '';
				if (active) asked.add(name);
				if (value !== '') calculated.set(name, value);
				continue;
			}
			field.hidden = !active;
			for (const control of field.querySelectorAll('input, textarea, fieldset')) {
				/** @type {HTMLInputElement} */ (control).disabled = !active;
			}
			if (active && field.dataset.choiceFilter) filterChoices(field, field.dataset.choiceFilter, scope);
			if (active) asked.add(name);
		}
		// A repeat group's instances follow its count: the rules apply again to the instances added.
		if (again && matchInstances()) return applyRules(false);
		for (const text of /** @type {HTMLElement[]} */ ([...form.querySelectorAll('[data-template]')])) {
			text.textContent = fillTemplate(text.dataset.template ?? '', (name) => {
				const value = asked.has(name) ? answerOf(name) : null;
				return value === null ? null : Array.isArray(value) ? value.join(' ') : String(value);
			});
		}
		const shown = sections.filter((section) => section.querySelector('[data-field]:not([hidden])'));
		shown.forEach((section, index) => {
			const progress = section.querySelector('.progress');
			if (progress) progress.textContent = fill(texts.progress, { page: index + 1, pages: shown.length });
			const next = /** @type {HTMLButtonElement | null} */ (section.querySelector('button[value="next"]'));
			const last = index === shown.length - 1;
			if (next) next.textContent = last ? texts.send : texts.next;
			if (next && last) next.setAttribute('formaction', form.dataset.send ?? '');
			else next?.removeAttribute('formaction');
			const back = /** @type {HTMLButtonElement | null} */ (section.querySelector('button[value="back"]'));
			if (back) back.hidden = index === 0;
		});
		return shown.map((section) => sections.indexOf(section));
	}

	/** Adds or sets aside instances of each repeat group until as many are asked as its answer (or count) says. */
	function matchInstances() {
		let changed = false;
		for (const field of fields.filter((candidate) => candidate.dataset.repeatCount !== undefined)) {
			const group = field.dataset.field ?? '';
			const pattern = form.querySelector(`template[data-repeat="${CSS.escape(group)}"]`);
			if (!(pattern instanceof HTMLTemplateElement)) continue;
			const answer = askedNow.has(group) ? answerOf(group) : null;
			const count = answer === null || Array.isArray(answer) ? null : readInteger(String(answer));
			const wanted = Math.min(Math.max(count ?? 0, 0), Number(field.dataset.max ?? 0));
			const present = sections.filter((section) => section.dataset.instanceOf === group);
			const have = present.reduce((most, section) => Math.max(most, Number(section.dataset.instance)), 0);
			// Instances beyond the number are set aside with their answers (never sent), should it be typed again.
			for (const section of present) {
				const spare = Number(section.dataset.instance) > wanted;
				if (spare !== section.hasAttribute('data-spare')) changed = true;
				section.toggleAttribute('data-spare', spare);
			}
			let anchor = present.pop() ?? /** @type {HTMLElement} */ (field.closest('[data-page]'));
			for (let instance = have + 1; instance <= wanted; instance++) {
				anchor = addInstance(pattern, group, instance, anchor);
				changed = true;
			}
		}
		if (changed) refresh();
		return changed;
	}

	/** One instance's pages after `anchor`, its members named for it; the last of them. */
	function addInstance(
		/** @type {HTMLTemplateElement} */ pattern,
		/** @type {string} */ group,
		/** @type {number} */ instance,
		/** @type {HTMLElement} */ anchor
	) {
		const copy = /** @type {DocumentFragment} */ (pattern.content.cloneNode(true));
		const from = `${group}.@.`;
		// Names and references only: a text shows what its author wrote, even the pattern's own `group.@.`.
		for (const element of copy.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				if (attribute.name !== 'data-label' && attribute.value.includes(from))
					attribute.value = attribute.value.split(from).join(`${group}.${instance}.`);
			}
		}
		const added = /** @type {HTMLElement[]} */ ([...copy.children]);
		for (const section of added) {
			section.dataset.instance = String(instance);
			const heading = /** @type {HTMLElement | null} */ (section.querySelector('.instance-heading'));
			if (heading)
				heading.textContent = fill(heading.dataset.heading ?? '', { label: heading.dataset.label ?? '', n: instance });
		}
		anchor.after(...added);
		return added[added.length - 1] ?? anchor;
	}

	/** Reads the pages and questions again after instances came or went, each page numbered by its place. */
	function refresh() {
		const page = sections[current];
		sections = /** @type {HTMLElement[]} */ ([...form.querySelectorAll('[data-page]')]);
		fields = /** @type {HTMLElement[]} */ ([...form.querySelectorAll('[data-field]')]);
		byName = new Map(fields.map((field) => [field.dataset.field ?? '', field]));
		numeric = findNumeric();
		sections.forEach((section, index) => {
			section.dataset.page = String(index);
			section.setAttribute('aria-labelledby', `page-${index}-progress`);
			const progress = section.querySelector('.progress');
			if (progress) progress.id = `page-${index}-progress`;
		});
		current = Math.max(0, sections.indexOf(page));
		pageInput.value = String(current);
	}

	/** Offers the choices the filter keeps; one left out is unchosen, as the server drops it. */
	function filterChoices(/** @type {HTMLElement} */ field, /** @type {string} */ filter, /** @type {Scope} */ scope) {
		for (const choice of /** @type {HTMLElement[]} */ ([...field.querySelectorAll('[data-columns]')])) {
			/** @type {Record<string, string>} */
			const columns = JSON.parse(choice.dataset.columns ?? '{}');
			const keep = holds(filter, { ...scope, column: (name) => (Object.hasOwn(columns, name) ? columns[name] : '') });
			const input = /** @type {HTMLInputElement | null} */ (choice.querySelector('input'));
			choice.hidden = !keep;
			if (input && !keep) {
				input.checked = false;
				input.disabled = true;
			}
		}
	}

	/** @type {{ section: Element, player: HTMLAudioElement | null, stop: () => void } | null} */
	let reading = null;

	/**
	 * Read aloud: the page's recorded questions, those asked, one after the other, from a single tap; a second tap,
	 * another player started or another page stops it. A recording that cannot play (no network) is passed over.
	 */
	function readAloud(/** @type {Element} */ section, /** @type {Element} */ button) {
		const again = reading?.section === section;
		reading?.stop();
		if (again) return;
		const players = /** @type {HTMLAudioElement[]} */ ([
			...section.querySelectorAll('[data-field]:not([hidden]) audio')
		]);
		const state = { section, player: /** @type {HTMLAudioElement | null} */ (null), stop };
		const next = () => {
			if (reading !== state) return;
			state.player = players.shift() ?? null;
			if (!state.player) return stop();
			state.player.currentTime = 0;
			state.player.play().catch(next);
		};
		function stop() {
			if (reading === state) reading = null;
			state.player?.pause();
			for (const player of players) player.removeEventListener('ended', next);
			state.player?.removeEventListener('ended', next);
			button.textContent = texts.listen ?? button.textContent;
		}
		for (const player of players) player.addEventListener('ended', next);
		button.textContent = texts.listen_stop ?? button.textContent;
		reading = state;
		next();
	}

	/** @param {number} index @param {boolean} remember */
	function show(index, remember) {
		reading?.stop();
		for (const player of form.querySelectorAll('audio')) /** @type {HTMLAudioElement} */ (player).pause();
		sections.forEach((section, i) => (section.hidden = i !== index));
		current = index;
		pageInput.value = String(index);
		const progress = /** @type {HTMLElement | null} */ (sections[index].querySelector('.progress'));
		progress?.setAttribute('tabindex', '-1');
		window.scrollTo(0, 0);
		progress?.focus();
		if (remember) history.pushState({ surveyPage: index }, '');
	}

	/** Marks each question of the page that needs attention; true when none does. */
	function checkPage(/** @type {HTMLElement} */ section) {
		section.querySelector('.problems')?.remove();
		/** @type {{ field: HTMLElement, message: string }[]} */
		const found = [];
		const scope = makeScope();
		for (const field of /** @type {HTMLElement[]} */ ([...section.querySelectorAll('[data-field]')])) {
			const id = field.dataset.field ?? '';
			const rule = describe(field);
			if (field.dataset.requiredIf && !field.hidden) rule.required ||= holds(field.dataset.requiredIf, scope);
			const code = field.hidden ? null : (checkAnswer(rule, valuesOf(id)) ?? checkConstraint(field, scope));
			const message = code === null ? null : messageFor(code, rule, field);
			setError(field, id, message);
			if (message) found.push({ field, message });
		}
		if (found.length === 0) return true;
		const box = document.createElement('div');
		box.className = 'problems';
		box.setAttribute('role', 'alert');
		box.tabIndex = -1;
		const heading = document.createElement('h2');
		heading.textContent = texts.problems;
		const list = document.createElement('ul');
		for (const { field, message } of found) {
			const link = document.createElement('a');
			link.href = `#q-${field.dataset.field}`;
			link.textContent = `${field.querySelector('legend, label')?.textContent?.replace('*', '').trim()} — ${message}`;
			const item = document.createElement('li');
			item.append(link);
			list.append(item);
		}
		box.append(heading, list);
		section.querySelector('.progress')?.after(box);
		box.focus();
		return false;
	}

	/** 'constraint' when an answer is given and the question's constraint does not hold for it. */
	function checkConstraint(/** @type {HTMLElement} */ field, /** @type {Scope} */ scope) {
		const constraint = field.dataset.constraint;
		const self = constraint ? answerOf(field.dataset.field ?? '') : null;
		return self === null || holds(constraint, { ...scope, self }) ? null : 'constraint';
	}

	/** @param {string} code @param {ReturnType<typeof describe>} rule @param {HTMLElement} [field] */
	function messageFor(code, rule, field) {
		if (code === 'constraint' && field?.dataset.constraintMessage) return field.dataset.constraintMessage;
		if (code === 'required' && field?.dataset.requiredMessage) return field.dataset.requiredMessage;
		if (code !== 'out_of_range') return texts[code] ?? texts.required;
		if (rule.min !== null && rule.max !== null) return fill(texts.out_of_range, { min: rule.min, max: rule.max });
		return rule.min !== null ? fill(texts.at_least, { min: rule.min }) : fill(texts.at_most, { max: rule.max ?? '' });
	}

	/** @param {HTMLElement} field @param {string} id @param {string | null} message */
	function setError(field, id, message) {
		const target = field.querySelector('fieldset, input, textarea');
		let error = field.querySelector('.field-error');
		field.classList.toggle('has-error', message !== null);
		if (message === null) {
			error?.remove();
		} else {
			if (!error) {
				error = document.createElement('p');
				error.className = 'field-error';
				error.id = `q-${id}-error`;
				(field.querySelector('.hint') ?? field.querySelector('legend, label'))?.after(error);
			}
			error.textContent = message;
		}
		if (!target) return;
		const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== `q-${id}-error`);
		if (message !== null) ids.push(`q-${id}-error`);
		if (ids.length) target.setAttribute('aria-describedby', ids.join(' '));
		else target.removeAttribute('aria-describedby');
		if (target.tagName !== 'FIELDSET') target.toggleAttribute('aria-invalid', message !== null);
	}

	/** The survey ends on this page when one of its rules holds (consent refused, under 15). */
	function findEnding(/** @type {HTMLElement} */ section) {
		for (const field of /** @type {HTMLElement[]} */ ([...section.querySelectorAll('[data-ends]:not([hidden])')])) {
			if (testCondition(JSON.parse(field.dataset.ends ?? '{}'), ruleValuesOf))
				return field.dataset.field === 'D2' ? 'not_eligible' : 'refused';
		}
		return null;
	}

	/** @returns {Interview} */
	/** The interview's answers, those of the pages up to `lastPage` (a survey that ended there has no others). */
	function readInterview(lastPage = sections.length - 1) {
		/** @type {Record<string, string | string[]>} */
		const answers = {};
		for (const field of fields) {
			const id = field.dataset.field ?? '';
			const section = field.closest('[data-page]');
			if (field.hidden || (section && sections.indexOf(/** @type {HTMLElement} */ (section)) > lastPage)) continue;
			const values = valuesOf(id).filter((value) => value.trim() !== '');
			if (values.length === 0) continue;
			answers[id] = field.dataset.control === 'checkbox' || field.dataset.control === 'rank' ? values : values[0];
		}
		const value = (/** @type {string} */ name) =>
			/** @type {HTMLInputElement | null} */ (form.elements.namedItem(name))?.value ?? '';
		return {
			clientId: value('_client'),
			cluster: value('_cluster') || undefined,
			panelCode: value('_panel').trim() || undefined,
			token: form.dataset.token ?? '',
			version: Number(form.dataset.version),
			language: form.dataset.language ?? '',
			startedAt: value('_started') || null,
			submittedAt: new Date().toISOString(),
			answers
		};
	}

	/** Another script (the enumerators' queue) may take the interview instead of sending it now. */
	function offer(
		/** @type {'survey:send' | 'survey:end'} */ type,
		/** @type {SurveyEventDetail['outcome']} */ outcome
	) {
		/** @type {SurveyEventDetail} */
		const detail = { record: readInterview(type === 'survey:end' ? current : undefined), outcome };
		return form.dispatchEvent(new CustomEvent(type, { detail, cancelable: true }));
	}

	async function send() {
		if (sending) return;
		sending = true;
		const button = /** @type {HTMLButtonElement | null} */ (sections[current].querySelector('button[value="next"]'));
		if (button) button.disabled = true;
		const body = new URLSearchParams();
		for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
		body.set('_page', String(current));
		body.set('_nav', 'next');
		try {
			const response = await fetch(form.dataset.send ?? location.href, {
				method: 'POST',
				body,
				headers: { accept: 'text/html' }
			});
			// Stored: on to the thank-you page. Anything else comes back as the survey's page saying what is wrong
			// (a 307 from the last page's address lands there), whose answers replace these, all of them kept.
			if (response.redirected && new URL(response.url).pathname.endsWith('/done')) {
				location.replace(response.url);
				return;
			}
			if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return notify(texts.not_sent);
			// Answers too long to be read: the page saying so has no form, so its message goes above this one, which stays.
			if (response.status === 413) return notify(readAlert(await response.text()) ?? texts.not_sent);
			replacePage(await response.text(), response.status >= 500);
		} catch {
			notify(texts.offline);
		} finally {
			sending = false;
			if (button) button.disabled = false;
		}
	}

	/**
	 * The server found something to say (a problem it alone could see): its page replaces this one. A failure
	 * whose page holds no survey (the database out of reach) leaves this one as it is, answers and all.
	 */
	function replacePage(/** @type {string} */ html, /** @type {boolean} */ failed) {
		const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
		const main = document.querySelector('main');
		if (!next || !main || (failed && !next.querySelector('form[data-survey]'))) return notify(texts.not_sent);
		main.replaceWith(next);
		const form = next.querySelector('form[data-survey]');
		if (form instanceof HTMLFormElement) enhance(form, expressions);
		next.querySelector('.problems, .notice')?.setAttribute('tabindex', '-1');
		/** @type {HTMLElement | null} */ (next.querySelector('.problems, .notice'))?.focus();
	}

	/** @returns {string | null} */
	function readAlert(/** @type {string} */ html) {
		return new DOMParser().parseFromString(html, 'text/html').querySelector('[role="alert"]')?.textContent ?? null;
	}

	function notify(/** @type {string} */ message) {
		let notice = form.querySelector('.notice');
		if (!notice) {
			notice = document.createElement('p');
			notice.className = 'notice';
			notice.setAttribute('role', 'alert');
			form.prepend(notice);
		}
		notice.textContent = message;
	}

	/** @type {Element | null} */
	let pressed = null;
	form.addEventListener('click', (event) => {
		pressed = event.target instanceof Element ? event.target.closest('button') : null;
	});
	form.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('[data-listen]') : null;
		const section = button?.closest('[data-page]');
		if (button && section) readAloud(section, button);
	});
	// A question's own player pressed while the page is read aloud: that one alone plays.
	form.addEventListener(
		'play',
		(event) => {
			if (reading && event.target !== reading.player) reading.stop();
		},
		true
	);
	form.addEventListener('change', () => applyRules());
	form.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.type === 'text') applyRules();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const shown = applyRules();
		// SubmitEvent.submitter is missing from browsers older than 2020: the button last pressed stands in for it.
		const submitter = /** @type {SubmitEvent} */ (event).submitter ?? pressed;
		pressed = null;
		if (submitter instanceof HTMLButtonElement && submitter.value === 'back') {
			const previous = shown.filter((index) => index < current).pop();
			if (previous !== undefined) {
				show(previous, false);
				history.replaceState({ surveyPage: previous }, '');
			}
			return;
		}
		if (!checkPage(sections[current])) return;
		const ending = findEnding(sections[current]);
		if (ending) {
			if (offer('survey:end', ending)) HTMLFormElement.prototype.submit.call(form);
			return;
		}
		const next = shown.find((index) => index > current);
		if (next !== undefined) return show(next, true);
		if (offer('survey:send', 'complete')) void send();
	});
	// The enumerators' queue has kept an interview and cleared the form for the next one.
	form.addEventListener('survey:restart', () => {
		for (const field of fields) setError(field, field.dataset.field ?? '', null);
		form.querySelectorAll('.problems, .notice').forEach((box) => box.remove());
		show(applyRules()[0] ?? 0, false);
	});
	window.addEventListener('popstate', (event) => {
		if (!form.isConnected) return;
		const page = event.state?.surveyPage;
		if (typeof page !== 'number') return;
		// The page asked for, or the nearest one before it that still has a question (answers may have changed).
		const shown = applyRules();
		const nearest = shown.filter((index) => index <= page).pop() ?? shown[0];
		if (nearest !== undefined) show(nearest, false);
	});
	history.replaceState({ surveyPage: current }, '');
	applyRules();
	form.dataset.enhanced = '';
}

if (typeof document !== 'undefined') {
	const form = document.querySelector('form[data-survey]');
	const url = form instanceof HTMLFormElement ? form.dataset.expressions : undefined;
	// A survey with expressions waits for their reader (fetched beside this script); should it not come, the
	// page stays plain forms that the server checks.
	if (form instanceof HTMLFormElement && url)
		import(/* @vite-ignore */ url).then(
			(module) => enhance(form, module),
			() => {}
		);
	else if (form instanceof HTMLFormElement) enhance(form, null);
}
