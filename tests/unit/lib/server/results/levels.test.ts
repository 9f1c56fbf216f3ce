import { describe, expect, it } from 'vitest';
import type { Dimension } from '$lib/indicators/dimensions';
import { labelLevels } from '$lib/server/results/levels';

const campaign = {
	regions: [
		{ code: 'tamba', name: 'Tambacounda' },
		{ code: 'kolda', name: 'Kolda' }
	]
};

describe('the names of a dimension’s levels', () => {
	it.each<[string, Dimension, string[], string[]]>([
		['en', 'sex', ['female', 'male', 'other_or_dk'], ['Female', 'Male', 'Other, or prefer not to say']],
		['fr', 'sex', ['female', 'male'], ['Féminin', 'Masculin']],
		['en', 'age_band', ['15-17', '35+'], ['15–17', '35+']],
		['fr', 'region', ['kolda', 'tamba', 'elsewhere'], ['Kolda', 'Tambacounda', 'elsewhere']],
		['en', 'education', ['none', 'higher'], ['None', 'University or other studies after secondary school']],
		['en', 'returnee', ['yes', 'no'], ['Yes', 'No']],
		['fr', 'exposure', ['yes', 'no', 'dk'], ['Oui', 'Non']],
		['en', 'intention', ['yes', 'no'], ['Yes', 'No']],
		// A language the core module has no text in falls back to English.
		['de', 'returnee', ['yes'], ['Yes']]
	])('in %s, by %s', (locale, dimension, levels, expected) => {
		const labels = labelLevels(locale, dimension, campaign, levels);
		expect(levels.slice(0, expected.length).map((level) => labels[level])).toEqual(expected);
		expect(Object.keys(labels)).toEqual(levels);
	});
});
