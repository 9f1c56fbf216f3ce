/** A minimal browser stand-in for HTTP tests: keeps cookies, sends Origin, never follows redirects. */
export class HttpClient {
	private cookies = new Map<string, string>();

	constructor(
		readonly baseUrl: string,
		private readonly defaults: Record<string, string> = {}
	) {}

	async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
		return this.send(path, { method: 'GET', headers });
	}

	/** Posts a form as a browser without JavaScript would; a list stands for a field sent several times. */
	async post(
		path: string,
		form: Record<string, string | string[]>,
		headers: Record<string, string> = {}
	): Promise<Response> {
		const body = new URLSearchParams();
		for (const [key, value] of Object.entries(form)) {
			for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
		}
		return this.send(path, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.baseUrl, ...headers }
		});
	}

	/** Posts a multipart form, as a browser does with a file input. */
	async postMultipart(path: string, form: FormData): Promise<Response> {
		return this.send(path, { method: 'POST', body: form, headers: { origin: this.baseUrl } });
	}

	cookie(name: string): string | undefined {
		return this.cookies.get(name);
	}

	private async send(
		path: string,
		init: { method: string; body?: URLSearchParams | FormData; headers: Record<string, string> }
	) {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		const response = await fetch(new URL(path, this.baseUrl), {
			method: init.method,
			body: init.body,
			redirect: 'manual',
			headers: { accept: 'text/html', ...this.defaults, ...(cookie ? { cookie } : {}), ...init.headers }
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const [name, ...rest] = pair.split('=');
			const value = rest.join('=');
			const expired = attributes.some((a) => /max-age=0/i.test(a.trim())) || value === '';
			if (expired) this.cookies.delete(name.trim());
			else this.cookies.set(name.trim(), value);
		}
		return response;
	}
}

/** The page's `<main>`: what a person sees, without the serialised data (which holds every message text). */
export function mainOf(html: string): string {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	if (start < 0 || end < 0) throw new Error('No <main> in the page');
	return html.slice(start, end);
}
