// The body of a survey's last page, read within its limits before npm start's server answers it.

/**
 * The body as text, or null when it is over `limit`: then the rest is read and dropped, up to `discard.bytes` in all
 * and for `discard.milliseconds` at most, so that the answer can be read before the connection closes (a body
 * declared longer than that is not read at all). Rejects when the client goes away first.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit: number, discard: { bytes: number, milliseconds: number } }} bounds
 * @returns {Promise<string | null>}
 */
export function readBody(req, { limit, discard }) {
	return new Promise((resolve, reject) => {
		if (Number(req.headers['content-length']) > discard.bytes) return resolve(null);
		/** @type {Buffer[]} */
		let chunks = [];
		let size = 0;
		/** @type {NodeJS.Timeout | undefined} */
		let timer;
		let settled = false;
		const settle = (/** @type {() => void} */ how) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			req.off('data', take);
			how();
		};
		const take = (/** @type {Buffer} */ chunk) => {
			size += chunk.length;
			if (size <= limit) return void chunks.push(chunk);
			if (!timer) {
				chunks = [];
				timer = setTimeout(() => settle(() => resolve(null)), discard.milliseconds);
			}
			if (size > discard.bytes) settle(() => resolve(null));
		};
		req.on('data', take);
		req.on('end', () => settle(() => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8'))));
		req.on('error', (error) => settle(() => reject(error)));
		req.on('close', () => settle(() => reject(new Error('the client went away'))));
	});
}
