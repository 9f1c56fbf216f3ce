import { describe, expect, it } from 'vitest';
import { makeClientId, readExport } from '$lib/survey/client/interviews.js';

const interview = {
	clientId: 'c1',
	token: 't1',
	version: 1,
	language: 'fr',
	startedAt: null,
	submittedAt: '2026-06-01T10:00:00.000Z',
	answers: { C0: 'yes' }
};
const file = (interviews: unknown, format = 'mesure-interviews') =>
	JSON.stringify({
		format,
		version: 1,
		exportedAt: '2026-06-01T12:00:00.000Z',
		interviews
	});

describe('readExport: what a file of interviews gives back', () => {
	it.each([
		{ what: 'text that is not JSON', text: 'interviews, 3', expected: null },
		{
			what: 'JSON that is not an object',
			text: '"mesure-interviews"',
			expected: null
		},
		{ what: 'JSON null', text: 'null', expected: null },
		{
			what: 'a file of another format',
			text: file([interview], 'odk-instances'),
			expected: null
		},
		{
			what: 'interviews that are not a list',
			text: file({ c1: interview }),
			expected: null
		},
		{ what: 'an empty list', text: file([]), expected: [] },
		{
			what: 'no submission id',
			text: file([{ ...interview, clientId: undefined }]),
			expected: []
		},
		{
			what: 'a number for a submission id',
			text: file([{ ...interview, clientId: 7 }]),
			expected: []
		},
		{
			what: 'no link',
			text: file([{ ...interview, token: undefined }]),
			expected: []
		},
		{
			what: 'answers as text',
			text: file([{ ...interview, answers: 'C0=yes' }]),
			expected: []
		},
		{
			what: 'null in the list',
			text: file([null, interview]),
			expected: [{ ...interview, savedAt: undefined, interviewer: undefined }]
		}
	])('$what', ({ text, expected }) => {
		expect(readExport(text)).toEqual(expected);
	});

	it.each([
		{
			what: 'a time as a number',
			item: { ...interview, savedAt: 1_780_000_000_000 },
			savedAt: undefined
		},
		{
			what: 'a time that is not one',
			item: { ...interview, savedAt: 'yesterday' },
			savedAt: undefined
		},
		{
			what: 'a time',
			item: { ...interview, savedAt: '2026-06-01T10:05:00.000Z' },
			savedAt: '2026-06-01T10:05:00.000Z'
		}
	])('keeps the interview, and its save time only when it is one: $what', ({ item, savedAt }) => {
		const [read] = readExport(file([item]))!;
		expect(read.clientId).toBe('c1');
		expect(read.savedAt).toBe(savedAt);
	});

	it.each([
		{ what: 'a name only', interviewer: 'awa', expected: undefined },
		{
			what: 'an id as a number',
			interviewer: { id: 3, name: 'Awa' },
			expected: undefined
		},
		{ what: 'no name', interviewer: { id: 'u1' }, expected: undefined },
		{
			what: 'an id and a name',
			interviewer: { id: 'u1', name: 'Awa', role: 'owner' },
			expected: { id: 'u1', name: 'Awa' }
		}
	])('keeps the interviewer only when the queue can tell who it is: $what', ({ interviewer, expected }) => {
		const [read] = readExport(file([{ ...interview, interviewer }]))!;
		expect(read.interviewer).toEqual(expected);
	});
});

describe('makeClientId', () => {
	it('gives 30 characters of base 32, different each time', () => {
		const ids = Array.from({ length: 1000 }, () => makeClientId());
		expect(ids.every((id) => /^[0-9a-v]{30}$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(1000);
	});
});
