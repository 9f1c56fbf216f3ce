import type { CampaignReport } from '$lib/indicators';
import { localiseFlags, localiseIndicator } from './localise';

/**
 * The report in the reader's language as JSON, the same text as `JSON.stringify(localiseReport(…))`, an
 * indicator at a time: while one is gzipped (in the thread pool), the next is put in the language and written.
 * `more` adds fields after the report's own.
 */
export function streamReportJson(
	locale: string,
	report: CampaignReport,
	more: Record<string, unknown> = {}
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		async start(controller) {
			const send = (text: string) => controller.enqueue(encoder.encode(text));
			const entries = Object.entries({ ...report, ...more }).filter(([, value]) => value !== undefined);
			send('{');
			for (const [index, [key, value]] of entries.entries()) {
				const name = `${index > 0 ? ',' : ''}${JSON.stringify(key)}:`;
				if (key !== 'indicators') {
					send(name + JSON.stringify(key === 'flags' ? localiseFlags(locale, report.flags) : value));
					continue;
				}
				send(`${name}[`);
				for (const [at, indicator] of report.indicators.entries()) {
					send((at > 0 ? ',' : '') + JSON.stringify(localiseIndicator(locale, indicator)));
					// Lets the chunk just written go to be compressed before the next is made.
					await new Promise((next) => setImmediate(next));
				}
				send(']');
			}
			send('}');
			controller.close();
		}
	});
}
