import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	auditResult,
	campaignResult,
	campaignsResult,
	collectResult,
	meResult,
	organisationsResult,
	publishResult,
	sampleSizeResult,
	surveyResult,
	xlsFormResult
} from '$lib/server/api/openapi-results';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';

type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema: object }> }> };

describe('what the API answers is what its OpenAPI document says', () => {
	let server: RunningServer;
	let token: string;
	let operations: Map<string, Operation>;

	const call = async (method: string, path: string, body?: unknown, auth = true) => {
		const response = await fetch(`${server.url}/api/v1${path}`, {
			method,
			headers: {
				...(auth ? { authorization: `Bearer ${token}` } : {}),
				...(body === undefined ? {} : { 'content-type': 'application/json', origin: server.url })
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		return { status: response.status, body: await response.json() };
	};
	/** The answer read with the schema the document gives for the operation and status: every field named. */
	const expectDocumented = (
		operationId: string,
		status: number,
		schema: z.ZodType,
		answer: { status: number; body: unknown }
	) => {
		expect(answer.status, JSON.stringify(answer.body)).toBe(status);
		const documented = operations.get(operationId)?.responses[String(status)]?.content?.['application/json']?.schema;
		expect(documented, `${operationId} ${status} has a schema`).toBeDefined();
		const read = schema.safeParse(answer.body);
		expect(read.success ? [] : read.error.issues, operationId).toEqual([]);
		return answer.body as Record<string, unknown>;
	};

	beforeAll(async () => {
		server = await startServer();
		token = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		operations = new Map(
			Object.values(document.paths as Record<string, Record<string, Operation>>)
				.flatMap((item) => Object.values(item))
				.filter((operation) => typeof operation === 'object' && operation !== null && 'operationId' in operation)
				.map((operation) => [operation.operationId, operation])
		);
	}, 120_000);
	afterAll(async () => server?.stop());

	it('for the user, their organisations, campaigns, survey, publication, a response and a sample size', async () => {
		const me = expectDocumented('getMe', 200, meResult, await call('GET', '/me'));
		expect(me.organisations).toHaveLength(1);
		expectDocumented('listOrganisations', 200, organisationsResult, await call('GET', '/organisations'));
		const body = campaignBody({
			languages: ['fr'],
			signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.' }],
			placeboMessage: { fr: 'Le désert est doux.' }
		});
		const created = expectDocumented('postCampaigns', 201, campaignResult, await call('POST', '/campaigns', body));
		const path = `/campaigns/${created.id}`;
		expectDocumented('listCampaigns', 200, campaignsResult, await call('GET', '/campaigns'));
		expectDocumented('getCampaign', 200, campaignResult, await call('GET', path));
		expectDocumented('patchCampaign', 200, campaignResult, await call('PATCH', path, { description: 'Radio, 2026' }));
		const question = {
			code: 'heard_show',
			type: 'single',
			label: { fr: 'Avez-vous écouté l’émission ?' },
			options: [
				{ code: 'yes', label: { fr: 'Oui' } },
				{ code: 'no', label: { fr: 'Non' } }
			]
		};
		expectDocumented('postCampaignQuestions', 201, surveyResult, await call('POST', `${path}/questions`, [question]));
		const published = expectDocumented(
			'postCampaignPublish',
			200,
			publishResult,
			await call('POST', `${path}/publish`)
		);
		expectDocumented('getCampaignSurvey', 200, surveyResult, await call('GET', `${path}/survey`));
		const link = (published.links as { token: string; mode: string }[]).find((candidate) => candidate.mode === 'self')!;
		const response = { clientId: 'contract-1', language: 'fr', answers: respondentAnswers({ heard_show: 'yes' }) };
		const collect = `/collect/${link.token}/responses`;
		expectDocumented('postCollectResponses', 201, collectResult, await call('POST', collect, response, false));
		expectDocumented('postCollectResponses', 200, collectResult, await call('POST', collect, response, false));
		const organisationId = (me.organisations as { id: string }[])[0].id;
		// An export, so that the audit log holds an event with every field.
		const exported = await fetch(`${server.url}/api/v1${path}/responses.csv`, {
			headers: { authorization: `Bearer ${token}` }
		});
		await exported.text();
		const audit = expectDocumented(
			'getOrganisationAudit',
			200,
			auditResult,
			await call('GET', `/organisations/${organisationId}/audit`)
		);
		expect(audit.events).toContainEqual(expect.objectContaining({ action: 'responses_exported', format: 'csv' }));
		const xlsform = await fetch(`${server.url}/api/v1${path}/xlsform`, {
			headers: { authorization: `Bearer ${token}` }
		});
		const workbook = new Uint8Array(await xlsform.arrayBuffer());
		// Into another campaign: this one has its questions already, which an import refuses to add again.
		const other = expectDocumented('postCampaigns', 201, campaignResult, await call('POST', '/campaigns', body));
		const imported = await fetch(`${server.url}/api/v1/campaigns/${other.id}/xlsform?dryRun=1`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
			body: workbook
		});
		expectDocumented('postCampaignXlsform', 200, xlsFormResult, {
			status: imported.status,
			body: await imported.json()
		});
		for (const query of ['p1=0.3&p2=0.4', 'p1=0.3&p2=0.4&clusterSize=15&icc=0.05'])
			expectDocumented(
				'getSampleSize',
				200,
				sampleSizeResult,
				await call('GET', `/sample-size?${query}`, undefined, false)
			);
	});
});
