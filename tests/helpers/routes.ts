/** Every route of the app, read from its modules, so that a route added later is walked too. */
export interface AppRoute {
	/** SvelteKit's route id, e.g. `/(app)/campaigns/[id=id]/data`. */
	id: string;
	kind: 'page' | 'endpoint';
	/** An endpoint's HTTP methods; a page's is GET, and POST for its actions. */
	methods: string[];
	/** A page's form actions (`default` for an unnamed one). */
	actions: string[];
}

const MODULES = import.meta.glob(['/src/routes/**/+page.server.ts', '/src/routes/**/+server.ts']);
const PAGES = import.meta.glob('/src/routes/**/+page.svelte');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export async function listRoutes(): Promise<AppRoute[]> {
	const routes = new Map<string, AppRoute>();
	for (const [file, load] of Object.entries(MODULES)) {
		const module = (await load()) as Record<string, unknown>;
		const id = file.replace('/src/routes', '').replace(/\/\+(page\.server|server)\.ts$/, '') || '/';
		if (file.endsWith('+server.ts')) {
			const methods = METHODS.filter((method) => typeof module[method] === 'function');
			routes.set(`endpoint ${id}`, {
				id,
				kind: 'endpoint',
				methods: typeof module.fallback === 'function' ? [...methods, 'fallback'] : methods,
				actions: []
			});
		} else {
			const actions = Object.keys((module.actions as Record<string, unknown> | undefined) ?? {});
			routes.set(`page ${id}`, { id, kind: 'page', methods: actions.length ? ['GET', 'POST'] : ['GET'], actions });
		}
	}
	// Pages without a server module have nothing to guard but are walked all the same.
	for (const file of Object.keys(PAGES)) {
		const id = file.replace('/src/routes', '').replace(/\/\+page\.svelte$/, '') || '/';
		if (!routes.has(`page ${id}`)) routes.set(`page ${id}`, { id, kind: 'page', methods: ['GET'], actions: [] });
	}
	return [...routes.values()].sort((a, b) => a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind));
}

/** The values that stand for a route's parameters, by the segment before them. */
export interface RouteValues {
	campaign: string;
	link: string;
	organisation: string;
	code: string;
	token: string;
	publicToken: string;
	invitation: string;
	/** The organisation a route names besides the caller's, as a share's donor. */
	subjectOrganisation: string;
	/** A response of the campaign. */
	response: string;
}

/** The address a route answers at, its groups dropped and its parameters filled. */
export function fillRoute(id: string, values: RouteValues): string {
	const segments = id.split('/').filter((segment) => segment && !/^\(.*\)$/.test(segment));
	const filled = segments.map((segment, i) => {
		if (!segment.startsWith('[')) return segment;
		const before = segments[i - 1];
		if (segment.startsWith('[...')) return 'anything';
		if (segment === '[linkId=id]') return values.link;
		if (segment === '[organisationId=id]') return values.subjectOrganisation;
		if (segment === '[code=code]') return values.code;
		// A question's recording in a language: the walk's campaign has none. Every walk's campaign offers French.
		if (segment === '[question]') return 'K1';
		if (segment === '[language]') return 'fr';
		if (before === 'campaigns') return values.campaign;
		if (before === 'responses') return values.response;
		if (before === 'organisations') return values.organisation;
		if (before === 'r') return values.publicToken;
		if (before === 'invite') return values.invitation;
		if (before === 's' || before === 'collect') return values.token;
		throw new Error(`No value for ${segment} in ${id}: add it to fillRoute`);
	});
	return `/${filled.join('/')}`;
}

/**
 * Actions and endpoints that take no input and change what later requests find (signing the walker out, closing
 * the campaign, publishing): the walks do not send them.
 */
export const TAKE_NO_INPUT = new Set([
	'/(app)/account everywhere',
	'/(app)/signout default',
	'/(app)/admin demo',
	'/(app)/campaigns/[id=id] close',
	'/(app)/campaigns/[id=id] publish',
	'/(app)/campaigns/[id=id] followup',
	'/(app)/campaigns/[id=id] publishReport',
	'/(app)/campaigns/[id=id] withdrawReport',
	'/(app)/campaigns/[id=id]/logo remove',
	'/api/v1/campaigns/[id=id]/publish POST',
	'/api/v1/campaigns/[id=id]/public-report POST'
]);

/** What a walk sends to a route: each page's GET and form actions, each endpoint's methods, by a key a table can name. */
export function listTargets(
	routes: readonly AppRoute[],
	values: RouteValues
): { key: string; method: string; path: string; api: boolean }[] {
	return routes
		.flatMap((route) => {
			const path = fillRoute(route.id, values);
			const api = path.startsWith('/api/');
			if (route.kind === 'page') {
				return [
					{ key: `${route.id} GET`, method: 'GET', path, api },
					...route.actions.map((action) => ({
						key: `${route.id} ${action}`,
						method: 'POST',
						path: action === 'default' ? path : `${path}?/${action}`,
						api
					}))
				];
			}
			return route.methods
				.filter((method) => method !== 'HEAD' && method !== 'fallback')
				.map((method) => ({ key: `${route.id} ${method}`, method, path, api }));
		})
		.filter((target) => !TAKE_NO_INPUT.has(target.key));
}
