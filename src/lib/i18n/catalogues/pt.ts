import type { LocaleInfo, Messages } from '../types';
import { accounts } from './pt/accounts';
import { campaigns } from './pt/campaigns';
import { compare } from './pt/compare';
import { downloads } from './pt/downloads';
import { errors } from './pt/errors';
import { indicators } from './pt/indicators';
import { imports } from './pt/imports';
import { responses } from './pt/responses';
import { retention } from './pt/retention';
import { review } from './pt/review';
import { sharing } from './pt/sharing';
import { results } from './pt/results';
import { customResults } from './pt/custom-results';
import { design } from './pt/design';
import { surveys } from './pt/surveys';

export const locale: LocaleInfo = { code: 'pt', name: 'Português', dir: 'ltr' };

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
