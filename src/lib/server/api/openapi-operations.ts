const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Operation = Record<string, unknown>;
type PathItem = Record<string, unknown>;

/**
 * Every operation of the document given the `operationId` and `tags` a client generator names its functions and
 * modules by (unless it has its own): `getCampaignIndicators` for GET /campaigns/{id}/indicators, `listCampaigns`
 * for GET /campaigns, tagged by what they are about (`indicators`, `responses`, `campaigns`…).
 */
export function nameOperations(paths: Record<string, PathItem>): Record<string, PathItem> {
	return Object.fromEntries(
		Object.entries(paths).map(([path, item]) => [
			path,
			Object.fromEntries(
				Object.entries(item).map(([key, value]) =>
					(METHODS as readonly string[]).includes(key)
						? [key, { operationId: nameOperation(key, path), tags: [tagOf(path)], ...(value as Operation) }]
						: [key, value]
				)
			)
		])
	);
}

function nameOperation(method: string, path: string): string {
	const segments = path.split('/').filter(Boolean);
	const words = segments.flatMap((segment, i) => {
		if (segment.startsWith('{')) return [];
		// A collection followed by one of its members' ids names that member: /campaigns/{id} is a campaign.
		const member = segments[i + 1]?.startsWith('{') ?? false;
		return segment
			.split(/[^A-Za-z0-9]+/)
			.filter(Boolean)
			.map((word, w, all) => pascal(member && w === all.length - 1 ? singular(word) : word));
	});
	// A top-level collection (`/campaigns`) is listed; anything else is got.
	const verb = method === 'get' && segments.length === 1 && segments[0].endsWith('s') ? 'list' : method;
	return verb + words.join('');
}

function tagOf(path: string): string {
	const literal = path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{'));
	const subject = literal[0] === 'campaigns' && literal.length > 1 ? literal[1] : literal[0];
	return subject.replace(/\.\w+$/, '');
}

function pascal(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function singular(word: string): string {
	return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
}
