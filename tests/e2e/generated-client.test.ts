import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';

/**
 * A pipeline's script written against a client generated from the document (openapi-typescript's types, used by
 * openapi-fetch): it registers a campaign, publishes it, sends a response, and reads what changed since. Were a
 * field it uses missing from the document, it would not type-check; were the document wrong, it would not run.
 */
const SCRIPT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const client = createClient<paths>({
	baseUrl: process.env.API_URL,
	headers: { authorization: 'Bearer ' + process.env.API_TOKEN }
});
const campaign: paths['/campaigns']['post']['requestBody']['content']['application/json'] = JSON.parse(process.env.CAMPAIGN!);
const me = await client.GET('/me');
const created = await client.POST('/campaigns', { body: campaign });
if (!created.data) throw new Error('not created: ' + JSON.stringify(created.error));
const id: string = created.data.id;
const published = await client.POST('/campaigns/{id}/publish', { params: { path: { id } } });
const link = published.data!.links.find((candidate) => candidate.mode === 'self')!;
const sent = await client.POST('/collect/{token}/responses', {
	params: { path: { token: link.token } },
	body: { clientId: 'generated-1', language: 'fr', answers: JSON.parse(process.env.ANSWERS!) }
});
const changes = await client.GET('/campaigns/{id}/responses', { params: { path: { id }, query: { since: '0' } } });
const page = changes.data as { items: { change: string; clientId?: string }[]; nextSince: string; hasMore: boolean };
const plan = await client.GET('/sample-size', { params: { query: { p1: 0.3, p2: 0.4 } } });
console.log(
	JSON.stringify({
		organisations: me.data!.organisations.map((organisation) => organisation.type),
		status: created.data.status,
		version: published.data!.version,
		outcome: sent.data?.outcome,
		changes: page.items.map((item) => item.change + ' ' + item.clientId),
		perGroup: plan.data!.n
	})
);
`;

describe('a client generated from the OpenAPI document', () => {
	let server: RunningServer;
	let token: string;
	let dir: string;

	beforeAll(async () => {
		server = await startServer();
		token = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		dir = mkdtempSync(join(tmpdir(), 'mesure-client-'));
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('type-checks a pipeline written with it, which then runs against the API', async () => {
		const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(document)));
		writeFileSync(join(dir, 'pipeline.ts'), SCRIPT);
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));

		const program = ts.createProgram([join(dir, 'pipeline.ts')], {
			strict: true,
			noEmit: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			types: ['node'],
			typeRoots: [join(dir, 'node_modules', '@types')],
			skipLibCheck: true
		});
		const problems = ts
			.getPreEmitDiagnostics(program)
			.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
		expect(problems).toEqual([]);

		const body = campaignBody({
			languages: ['fr'],
			signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.' }],
			placeboMessage: { fr: 'Le désert est doux.' }
		});
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline.ts'], {
			cwd: dir,
			encoding: 'utf8',
			env: {
				PATH: process.env.PATH,
				API_URL: `${server.url}/api/v1`,
				API_TOKEN: token,
				CAMPAIGN: JSON.stringify(body),
				ANSWERS: JSON.stringify(respondentAnswers())
			}
		});
		expect(run.stderr).toBe('');
		expect(JSON.parse(run.stdout)).toEqual({
			organisations: ['ngo'],
			status: 'draft',
			version: 1,
			outcome: 'complete',
			changes: ['new generated-1'],
			perGroup: expect.any(Number)
		});
	});
});
