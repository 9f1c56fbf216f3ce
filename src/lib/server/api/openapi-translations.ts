import { z } from 'zod';
import { translationTextsSchema } from '../surveys/schema';
import { campaignId, error, json, schema, standardErrors } from './openapi-parts';
import { result } from './openapi-results';

const languagePath = {
	name: 'language',
	in: 'path',
	required: true,
	description: 'A BCP 47 code among the campaign’s languages: one of Mesure’s five, or one the campaign added (`wo`)',
	schema: { type: 'string' }
};

const languageTexts = z.object({
	language: z.string(),
	reference: z.string().meta({ description: 'The language the `reference` texts are in' }),
	items: z.array(
		z.object({
			key: z.string().meta({
				description:
					'`core.<key>` and `respondent.<key>` (Mesure’s texts, for a language the campaign added), then the campaign’s own: `signatureMessages.1`, `placeboMessage`, `questions.<code>.label`, `.hint`, `.options.<code>`…'
			}),
			reference: z.string().nullable(),
			text: z.string().nullable().meta({ description: 'null where the text is not translated yet' })
		})
	)
});

export const translationPaths = {
	'/campaigns/{id}/translations/{language}': {
		parameters: [campaignId, languagePath],
		get: {
			summary: 'Every text the survey needs in a language, beside the same text in a reference language',
			parameters: [
				{
					name: 'reference',
					in: 'query',
					description: 'The reference language; by default the campaign’s first of Mesure’s five',
					schema: { type: 'string' }
				}
			],
			responses: { 200: json('The texts', result(languageTexts)), ...standardErrors }
		},
		put: {
			summary:
				'Save texts of a language by their keys (owners and editors); an empty text removes a translation. All or none: unknown keys, a lost `{placeholder}` or a text over 2,000 characters answer 422',
			requestBody: { required: true, content: { 'application/json': { schema: schema(translationTextsSchema) } } },
			responses: { 200: json('The texts as saved', result(languageTexts)), ...standardErrors, 409: error }
		}
	}
};
