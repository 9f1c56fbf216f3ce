import { campaignId, standardErrors } from './openapi-parts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const hxl = {
	name: 'hxl',
	in: 'query',
	description: '`1` adds an HXL hashtag row under the header',
	schema: { type: 'string', enum: ['1'] }
};

const lang = {
	name: 'lang',
	in: 'query',
	description: 'The labels’ language, one of the campaign’s (its first by default)',
	schema: { type: 'string' }
};

const layoutOf = (tool: string) => [
	campaignId,
	lang,
	{
		name: 'separator',
		in: 'query',
		description: `The CSV file's separator, as it was downloaded with (\`semicolon\`: \`;\`); ${tool} reads it so`,
		schema: { type: 'string', enum: ['comma', 'semicolon'], default: 'comma' }
	},
	{
		name: 'multiple',
		in: 'query',
		description: '`columns`: the CSV file has a 0/1 column per option, each labelled by its question and option',
		schema: { type: 'string', enum: ['list', 'columns'], default: 'list' }
	}
];

const syntaxFile = { description: 'The syntax file, UTF-8', content: { 'text/plain': { schema: { type: 'string' } } } };

/** The responses exports: CSV, its codebook, and syntax files that read it into SPSS and Stata. */
export const exportPaths = {
	'/campaigns/{id}/responses.xlsx': {
		parameters: [
			campaignId,
			hxl,
			{
				name: 'lang',
				in: 'query',
				description: 'The codebook sheet’s language, one of the campaign’s (its first by default)',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'Every response as XLSX (owners and editors), streamed: the CSV’s columns on a sheet ' +
				'“responses” (continued on “responses 2”, … past 1,048,576 rows), numbers as numbers, then ' +
				'each repeat group’s instances on a sheet named after its code (a row each: `_index`, ' +
				'`_parent_index` the `client_id` of its response, `_parent_table_name`, then its members), the ' +
				'codebook on a sheet “codebook”; an audit event. `X-Total-Rows` gives the number of ' +
				'responses',
			responses: {
				200: {
					description: 'The XLSX file',
					content: { [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } } }
				},
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/responses.csv': {
		parameters: [
			campaignId,
			hxl,
			{
				name: 'separator',
				in: 'query',
				description:
					'`semicolon` separates the fields with `;`, as a spreadsheet set up for a decimal comma reads them',
				schema: { type: 'string', enum: ['comma', 'semicolon'], default: 'comma' }
			},
			{
				name: 'multiple',
				in: 'query',
				description:
					'`columns` adds after each multiple choice one column per option, `CODE/option`: 1 chosen, 0 not, empty unanswered',
				schema: { type: 'string', enum: ['list', 'columns'], default: 'list' }
			},
			{
				name: 'breaks',
				in: 'query',
				description: '`space`: each line break inside an answer as a space, a response on one line (as SPSS reads CSV)',
				schema: { type: 'string', enum: ['keep', 'space'], default: 'keep' }
			},
			{
				name: 'labels',
				in: 'query',
				description:
					'A language of the campaign: each answer given by its label in it (a multiple choice’s joined by ` | `), for reading; the headers stay the answer codes',
				schema: { type: 'string' }
			},
			{
				name: 'repeat',
				in: 'query',
				description:
					'A repeat group’s code: its instances instead of the responses (KoboToolbox’s joined CSV of a repeat), a row each with `_index`, `_parent_index` (the `client_id` of its response), `_parent_table_name`, then its members’ answers, laid out as the other parameters say; `X-Total-Rows` is still the number of responses',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'Every response as CSV (owners and editors), streamed: UTF-8 with a BOM, one column per ' +
				'answer code (a repeat group’s: its number of instances, listed with `?repeat=`); an audit ' +
				'event. `X-Total-Rows` gives the number of responses',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/codebook.csv': {
		parameters: [
			campaignId,
			{
				name: 'lang',
				in: 'query',
				description: 'The labels’ language, one of the campaign’s (its first by default)',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'The codebook of the responses export (owners and editors): every variable, its label and type, and each value code with its label',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/responses.sps': {
		parameters: layoutOf('SPSS'),
		get: {
			summary:
				'SPSS syntax (PSPP runs it too) that reads the responses CSV downloaded the same day with `breaks=space` ' +
				'(SPSS reads a response per line) and gives every variable its label and each code its label (owners and editors)',
			responses: { 200: syntaxFile, ...standardErrors }
		}
	},
	'/campaigns/{id}/responses.do': {
		parameters: layoutOf('Stata'),
		get: {
			summary:
				'A Stata do-file that reads the responses CSV downloaded the same day: numbers as numbers, each single ' +
				'choice as numbers labelled with its options’ labels, every variable labelled (owners and editors)',
			responses: { 200: syntaxFile, ...standardErrors }
		}
	}
};
