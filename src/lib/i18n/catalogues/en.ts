import type { LocaleInfo } from '../types';
import { accounts } from './en/accounts';
import { campaigns } from './en/campaigns';
import { compare } from './en/compare';
import { downloads } from './en/downloads';
import { errors } from './en/errors';
import { indicators } from './en/indicators';
import { imports } from './en/imports';
import { responses } from './en/responses';
import { retention } from './en/retention';
import { review } from './en/review';
import { sharing } from './en/sharing';
import { results } from './en/results';
import { customResults } from './en/custom-results';
import { design } from './en/design';
import { surveys } from './en/surveys';
import { languages } from './en/languages';
import { recordings } from './en/recordings';

export const locale: LocaleInfo = { code: 'en', name: 'English', dir: 'ltr' };

/** Split by area of the interface; every other catalogue must give exactly these keys. */
export const messages = {
	...accounts,
	...campaigns,
	...surveys,
	...responses,
	...imports,
	...indicators,
	...retention,
	...review,
	...sharing,
	...results,
	...customResults,
	...design,
	...compare,
	...downloads,
	...languages,
	...recordings,
	...errors
} as const;
