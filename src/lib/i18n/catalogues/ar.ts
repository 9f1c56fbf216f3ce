import type { LocaleInfo, Messages } from '../types';
import { accounts } from './ar/accounts';
import { campaigns } from './ar/campaigns';
import { compare } from './ar/compare';
import { downloads } from './ar/downloads';
import { errors } from './ar/errors';
import { indicators } from './ar/indicators';
import { imports } from './ar/imports';
import { responses } from './ar/responses';
import { retention } from './ar/retention';
import { review } from './ar/review';
import { sharing } from './ar/sharing';
import { results } from './ar/results';
import { customResults } from './ar/custom-results';
import { design } from './ar/design';
import { surveys } from './ar/surveys';

export const locale: LocaleInfo = { code: 'ar', name: 'العربية', dir: 'rtl' };

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
