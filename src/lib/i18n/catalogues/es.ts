import type { LocaleInfo, Messages } from '../types';
import { accounts } from './es/accounts';
import { campaigns } from './es/campaigns';
import { compare } from './es/compare';
import { downloads } from './es/downloads';
import { errors } from './es/errors';
import { indicators } from './es/indicators';
import { imports } from './es/imports';
import { responses } from './es/responses';
import { retention } from './es/retention';
import { review } from './es/review';
import { sharing } from './es/sharing';
import { results } from './es/results';
import { customResults } from './es/custom-results';
import { design } from './es/design';
import { surveys } from './es/surveys';

export const locale: LocaleInfo = { code: 'es', name: 'Español', dir: 'ltr' };

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
	...errors
};
