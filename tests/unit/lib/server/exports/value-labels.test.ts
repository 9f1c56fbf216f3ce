import { describe, expect, it } from 'vitest';
import type { ResponsesTable } from '$lib/server/exports/responses-rows';
import { LABEL_SEPARATOR, labelValues } from '$lib/server/exports/value-labels';

const TABLE: ResponsesTable = {
	headerRows: [['client_id', 'K1', 'E2', 'D2', 'note']],
	total: 3,
	async *pages() {
		yield [
			['a', 'true', 'radio tv', 24, 'true'],
			['b', 'dk', '', 31, null],
			['c', null, 'elsewhere', 17, 'x']
		];
	},
	filename: (extension) => `x.${extension}`,
	optionsOf: new Map([['E2', ['radio', 'tv']]])
};

const CODEBOOK = {
	language: 'fr' as const,
	rows: [
		['variable', 'label', 'type', 'value', 'value_label'],
		['K1', 'La mer…', 'select_one', '', ''],
		['K1', '', '', 'true', 'Vrai'],
		['K1', '', '', 'dk', 'Ne sait pas'],
		['E2', 'Où ?', 'select_multiple', '', ''],
		['E2', '', '', 'radio', 'Radio, FM'],
		['E2', '', '', 'tv', 'Télévision']
	]
};

describe('labelValues', () => {
	it('gives each listed code its label, joins a multiple choice’s, and leaves the rest as it is', async () => {
		const rows = [];
		for await (const page of labelValues(TABLE, CODEBOOK).pages()) rows.push(...page);
		expect(rows).toEqual([
			['a', 'Vrai', `Radio, FM${LABEL_SEPARATOR}Télévision`, 24, 'true'],
			['b', 'Ne sait pas', '', 31, null],
			['c', null, 'elsewhere', 17, 'x']
		]);
	});
});
