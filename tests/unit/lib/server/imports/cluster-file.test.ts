import { describe, expect, it } from 'vitest';
import { readClusterFile } from '$lib/server/imports/cluster-file';
import { describeClusterFileError } from '$lib/server/http/design-problems';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readClusterFile', () => {
	it.each([
		{
			case: 'a decimal comma in quotes, in a file divided by commas',
			file: 'code,name,stratum,weight\nV01,Ndioum,north,"1,5"\n',
			drafts: [{ line: 2, code: 'V01', name: 'Ndioum', stratum: 'north', weight: '1,5' }]
		},
		{
			case: 'a decimal comma in a file divided by semicolons',
			file: 'code;nom;strate;poids\nV01;Ndioum;north;1,5\n',
			drafts: [{ line: 2, code: 'V01', name: 'Ndioum', stratum: 'north', weight: '1,5' }]
		},
		{
			case: 'columns it does not know, and empty cells after the last',
			file: 'code,notes,weight,,\nV01,two wells,2,,\n',
			drafts: [{ line: 2, code: 'V01', weight: '2' }]
		}
	])('reads $case', async ({ file, drafts }) => {
		expect(await readClusterFile(bytes(file))).toEqual({ ok: true, drafts });
	});

	it.each([
		{
			case: 'a decimal comma unquoted in a file divided by commas (1,5 read as 1 and a cell more)',
			file: 'code,name,stratum,weight\nV01,Ndioum,north,1,5\nV02,Podor,north,2\n',
			error: 'extra_values',
			line: 2
		},
		{
			case: 'a name with a comma unquoted, on a later line',
			file: 'code,name,weight\nV01,Ndioum,2\nV02,Podor, Walo,2\n',
			error: 'extra_values',
			line: 3
		},
		{
			case: 'a column named twice, in two languages and cases',
			file: 'code,weight,Weight,poids\nV01,1,2,3\n',
			error: 'repeated_column',
			line: 1
		},
		{ case: 'a header alone', file: 'code\n', error: 'no_rows', line: null },
		{ case: 'no code column', file: 'name,weight\nNdioum,2\n', error: 'no_code_column', line: 1 }
	])('refuses $case, naming the line', async ({ file, error, line }) => {
		expect(await readClusterFile(bytes(file))).toEqual({ ok: false, error, line });
	});

	it.each(['en', 'fr'])('says why in %s, with the line', (locale) => {
		const message = describeClusterFileError(locale, 'extra_values', 7);
		expect(message).toContain('7');
		expect(message).not.toContain('design.file');
		expect(describeClusterFileError(locale, 'repeated_column', 1)).not.toContain('design.file');
	});
});
