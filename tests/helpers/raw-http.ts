import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawAnswer {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
	/** What went wrong while the body was written, after the answer had begun (a server that closed early); null when nothing did. */
	writeError: string | null;
}

/**
 * One request on a connection of its own, as a browser sends a form: the whole body written, with its length
 * or in chunks without one. A server that answers before it has read the whole body may close the connection;
 * the rest then cannot be written, but the answer that came is kept (and the failed write said in `writeError`).
 */
export function sendRaw(
	url: string,
	options: { method?: string; headers: Record<string, string>; body: string | Buffer; chunked?: boolean }
): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		let answered: ((writeError: string | null) => void) | null = null;
		let writeError: string | null = null;
		const request = httpRequest(
			url,
			{ method: options.method ?? 'POST', agent: false, headers: options.headers },
			(response) => {
				const chunks: Buffer[] = [];
				const answer = (error: string | null) =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						text: Buffer.concat(chunks).toString('utf8'),
						writeError: error ?? writeError
					});
				answered = answer;
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => answer(null));
				response.on('error', (error) => answer(error.message));
			}
		);
		request.on('error', (error) => {
			writeError = error.message;
			if (answered) answered(error.message);
			else reject(error);
		});
		const bytes = Buffer.from(options.body);
		if (options.chunked) {
			// Without a length given, the server learns the body is too large only while reading it.
			for (let at = 0; at < bytes.length; at += 65_536) request.write(bytes.subarray(at, at + 65_536));
			request.end();
		} else request.end(bytes);
	});
}
