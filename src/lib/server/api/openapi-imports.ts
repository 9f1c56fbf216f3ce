import { campaignId, error, json, standardErrors } from './openapi-parts';

const flag = (description: string) => ({
	in: 'query',
	description,
	schema: { type: 'string', enum: ['1', 'true', '0', 'false'] }
});

const problem = {
	type: 'object',
	required: ['line', 'column', 'value', 'code', 'message'],
	properties: {
		line: { type: 'integer', description: 'The file’s line, the header being line 1' },
		column: { type: ['string', 'null'], description: 'The column’s header; null for the row as a whole' },
		value: { type: 'string', description: 'The cell, shortened' },
		code: { type: 'string' },
		min: { type: ['number', 'null'] },
		max: { type: ['number', 'null'] },
		firstLine: { type: ['integer', 'null'], description: 'For a repeated submission id: the line that has it first' },
		message: { type: 'string', description: 'In the caller’s language (Accept-Language)' }
	}
};

const report = {
	type: 'object',
	required: [
		'rows',
		'columns',
		'ignoredColumns',
		'problems',
		'problemCount',
		'rowsWithProblems',
		'refusals',
		'notEligible',
		'alreadyImported',
		'toImport',
		'imported',
		'leftOut',
		'leftOutCount',
		'outsideDates'
	],
	properties: {
		rows: { type: 'integer' },
		columns: { type: 'array', items: { type: 'string' }, description: 'The answer codes read' },
		ignoredColumns: {
			type: 'array',
			items: {
				type: 'object',
				properties: { header: { type: 'string' }, reason: { type: 'string', enum: ['metadata', 'option', 'unknown'] } }
			}
		},
		problems: { type: 'array', items: problem, description: 'The first 1,000 problems' },
		problemCount: { type: 'integer' },
		rowsWithProblems: { type: 'integer' },
		refusals: { type: 'integer' },
		notEligible: { type: 'integer' },
		alreadyImported: { type: 'integer' },
		toImport: {
			type: 'integer',
			description:
				'Rows stored (or to be, on a dry run): none while the file has problems, unless `skipInvalid=1`, when ' +
				'it counts the new rows without problems'
		},
		imported: { type: 'boolean' },
		leftOut: {
			type: 'array',
			description:
				'The first 1,000 rows with problems, each with its problems (`reasons`): the rows `skipInvalid=1` leaves ' +
				'out (or would, on a dry run)',
			items: {
				type: 'object',
				required: ['line', 'reasons'],
				properties: { line: { type: 'integer' }, reasons: { type: 'array', items: problem } }
			}
		},
		leftOutCount: { type: 'integer', description: 'Every row with problems' },
		outsideDates: {
			type: 'object',
			description:
				'The complete responses stored (or to be) whose submission day, in UTC, is outside the campaign’s dates ' +
				'(both days inside): imported, and flagged `outside_dates` for review. A row without a submission time ' +
				'is dated at its import.',
			required: ['count', 'startDate', 'endDate', 'lines', 'message'],
			properties: {
				count: { type: 'integer' },
				startDate: { type: 'string', format: 'date' },
				endDate: { type: 'string', format: 'date' },
				lines: { type: 'array', items: { type: 'integer' }, description: 'The first 1,000' },
				message: { type: 'string', description: 'The count said in a sentence, in the caller’s language' }
			}
		}
	}
};

/** The CSV import of responses. */
export const importPaths = {
	'/campaigns/{id}/responses/import': {
		parameters: [
			campaignId,
			{
				name: 'wave',
				in: 'query',
				required: true,
				schema: { type: 'string', enum: ['baseline', 'endline', 'followup'] }
			},
			{ name: 'group', in: 'query', required: true, schema: { type: 'string', enum: ['exposed', 'comparison'] } },
			{
				name: 'language',
				in: 'query',
				description: 'The rows’ language when the file has no `language` column (needed when the survey has several)',
				schema: { type: 'string', enum: ['en', 'fr', 'pt', 'es', 'ar'] }
			},
			{ name: 'dryRun', ...flag('`1`: report only, write nothing') },
			{
				name: 'skipInvalid',
				...flag(
					'`1`: store the rows without problems and leave out the others (listed in `leftOut`), rather than ' +
						'nothing while any row has a problem. A problem of the header (line 1) still stops the import.'
				)
			}
		],
		post: {
			summary: 'Import responses from a CSV file into the collection link of a wave and group (owners and editors)',
			description:
				'The body is the CSV file (UTF-8, separated by `,` `;` or tabs), one response a row, the ' +
				'columns named by the answer codes (docs/standard.md §2b) and the custom questions’ codes, ' +
				'as the XLSForm export names them: KoboToolbox and ODK Central exports are read as they are ' +
				'(groups in headers, 0/1 option columns and metadata left out). Submission ids come from ' +
				'`client_id`, `instanceID`, `KEY` or `_uuid`, or are made from the row’s content; times ' +
				'from `started_at`/`start` and `submitted_at`/`end`/`_submission_time`/`SubmissionDate`. ' +
				'Every row is checked; with any problem nothing is written (422 with `problems`: `line`, ' +
				'`column`, `value`, `code`, `message`), unless `skipInvalid=1`: then the rows without problems ' +
				'are stored and the others left out, listed in `leftOut` with their `reasons`. The rows stored ' +
				'are stored in one transaction and rows already stored are skipped, so the same file twice adds ' +
				'nothing. Rows dated outside the campaign’s dates are stored, and counted in `outsideDates`.',
			requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
			responses: {
				200: json('The report (`imported: true` once stored)', report),
				...standardErrors,
				409: error,
				415: error
			}
		}
	}
};
