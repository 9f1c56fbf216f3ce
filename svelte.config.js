import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ precompress: true }),
		// Respondents' pages have a small stylesheet of their own: inlined, it costs no second request.
		inlineStyleThreshold: 8192,
		// Registered by the enumerators' interview page alone (src/lib/survey/client/interviews.js).
		serviceWorker: { register: false },
		csp: {
			// Hashes of the inline scripts rather than a nonce: a page served again as it was rendered (public
			// reports) keeps a policy that is still true of it, and no nonce is ever sent twice.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (transitions, Chart.js canvases); no script can run from them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
