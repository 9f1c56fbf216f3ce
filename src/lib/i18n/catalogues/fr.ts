import type { LocaleInfo, Messages } from '../types';
import { accounts } from './fr/accounts';
import { campaigns } from './fr/campaigns';
import { compare } from './fr/compare';
import { downloads } from './fr/downloads';
import { errors } from './fr/errors';
import { indicators } from './fr/indicators';
import { imports } from './fr/imports';
import { responses } from './fr/responses';
import { retention } from './fr/retention';
import { review } from './fr/review';
import { sharing } from './fr/sharing';
import { results } from './fr/results';
import { customResults } from './fr/custom-results';
import { design } from './fr/design';
import { surveys } from './fr/surveys';
import { languages } from './fr/languages';
import { recordings } from './fr/recordings';

export const locale: LocaleInfo = { code: 'fr', name: 'Français', dir: 'ltr' };

export const messages: Messages = {
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
};
