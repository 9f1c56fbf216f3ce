import type { LocaleInfo } from './types';

type Direction = LocaleInfo['dir'];

/** First strong isolate … pop directional isolate: the text keeps its own direction inside a sentence of another. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A value set inside a sentence (a code, a number, a name, an address), isolated from the words around it: a Latin
 * code or an e-mail address in an Arabic sentence keeps its order, and the sentence's punctuation stays in its place.
 */
export function isolate(text: string): string {
	return `${FSI}${text}${PDI}`;
}

/** An arrow that points the way a text of this direction reads on: from a state to the next. */
export function forwardArrow(dir: Direction): string {
	return dir === 'rtl' ? '←' : '→';
}

/** An arrow that points back, to the page a link returns to. */
export function backArrow(dir: Direction): string {
	return dir === 'rtl' ? '→' : '←';
}
