/** A label on one line: line breaks, tabs and other control characters as spaces. */
export function toOneLine(text: string): string {
	return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The text's first `bytes` bytes of UTF-8, never cutting a character. */
export function cutToBytes(text: string, bytes: number): string {
	if (Buffer.byteLength(text) <= bytes) return text;
	let cut = '';
	let length = 0;
	for (const character of text) {
		length += Buffer.byteLength(character);
		if (length > bytes) break;
		cut += character;
	}
	return cut;
}

/** The text in pieces of at most `bytes` bytes of UTF-8 each, never cutting a character. */
export function splitToBytes(text: string, bytes: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const character of text) {
		if (Buffer.byteLength(piece + character) > bytes) {
			pieces.push(piece);
			piece = '';
		}
		piece += character;
	}
	return [...pieces, piece];
}
