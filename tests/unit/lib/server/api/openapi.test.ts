import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '$lib/server/api/openapi';

const API_ROOT = join(import.meta.dirname, '../../../../../src/routes/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
// The document itself, and the catch-all that answers unknown paths with the API's 404.
const UNDOCUMENTED = new Set(['/openapi.json', '/[...path]']);

function endpointFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return endpointFiles(path);
		return entry.name === '+server.ts' ? [path] : [];
	});
}

/** Each route of the API as the document names it (`[id=id]` → `{id}`), with the methods its file exports. */
const routes = endpointFiles(API_ROOT)
	.map((file) => ({
		route: `/${relative(API_ROOT, file).replace(/\/?\+server\.ts$/, '')}`,
		source: readFileSync(file, 'utf8')
	}))
	.filter(({ route }) => !UNDOCUMENTED.has(route))
	.map(({ route, source }) => ({
		path: route.replace(/\[(\w+)(=\w+)?\]/g, '{$1}'),
		methods: METHODS.filter((method) => new RegExp(`export const ${method}\\b`).test(source)).map((method) =>
			method.toLowerCase()
		)
	}));

describe('the OpenAPI document', () => {
	const document = buildOpenApiDocument('https://mesure.example') as { paths: Record<string, Record<string, unknown>> };

	it('declares the comment a response is deleted with, in the query or a JSON body', () => {
		const remove = document.paths['/campaigns/{id}/responses/{responseId}'].delete as {
			parameters: { name: string; in: string }[];
			requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
		};
		expect(remove.parameters).toContainEqual(expect.objectContaining({ name: 'comment', in: 'query' }));
		expect(Object.keys(remove.requestBody.content['application/json'].schema.properties)).toEqual(['comment']);
	});

	it.each(routes)('documents $path with the methods it answers', ({ path, methods }) => {
		expect(document.paths[path], path).toBeDefined();
		expect(methods.filter((method) => !(method in document.paths[path]))).toEqual([]);
	});

	it('documents no path that the API does not answer', () => {
		expect(Object.keys(document.paths).filter((path) => !routes.some((route) => route.path === path))).toEqual([]);
	});

	const operations = Object.entries(document.paths).flatMap(([path, item]) =>
		Object.entries(item)
			.filter(([method]) => (METHODS as readonly string[]).includes(method.toUpperCase()))
			.map(([method, operation]) => ({ path, method, ...(operation as { operationId?: string; tags?: string[] }) }))
	);

	it('gives every operation a tag and an operationId of its own, as client generators name them', () => {
		expect(operations.length).toBeGreaterThan(25);
		expect(operations.filter((operation) => !/^[a-z][A-Za-z0-9]+$/.test(operation.operationId ?? ''))).toEqual([]);
		expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(operations.length);
		expect(operations.filter((operation) => (operation.tags ?? []).length !== 1)).toEqual([]);
	});

	it.each([
		['/campaigns', 'get', 'listCampaigns', 'campaigns'],
		['/campaigns', 'post', 'postCampaigns', 'campaigns'],
		['/campaigns/{id}', 'patch', 'patchCampaign', 'campaigns'],
		['/campaigns/{id}/indicators', 'get', 'getCampaignIndicators', 'indicators'],
		['/campaigns/{id}/responses.csv', 'get', 'getCampaignResponsesCsv', 'responses'],
		['/collect/{token}/responses', 'post', 'postCollectResponses', 'collect']
	])('names %s %s %s, tagged %s', (path, method, operationId, tag) => {
		expect(operations.find((operation) => operation.path === path && operation.method === method)).toMatchObject({
			operationId,
			tags: [tag]
		});
	});
});
