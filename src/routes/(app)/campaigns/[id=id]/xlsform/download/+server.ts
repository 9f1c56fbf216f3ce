import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { xlsxResponse } from '$lib/server/http/download';
import { exportXlsFormWithRecordings } from '$lib/server/recordings/xlsform';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return xlsxResponse(await orErrorPage(locals.locale, () => exportXlsFormWithRecordings(getDb(), user.id, params.id)));
};
