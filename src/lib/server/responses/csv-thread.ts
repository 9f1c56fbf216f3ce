import { Worker } from 'node:worker_threads';
import { readResponsesCsv, type CsvReadOptions, type CsvReadResult, type RowContext } from './csv-import';
import type { CsvWorkerInput, CsvWorkerMessage } from './csv-worker';

/** A worker's own heap: a file at the row limit fits in it, and no file can take the server's memory. */
const WORKER_HEAP_MB = 256;

/**
 * Reads and checks a CSV of responses in a worker thread, so that the server keeps answering other requests
 * meanwhile, and relays its progress. Under Vite's dev server and Vitest the worker's module is TypeScript,
 * which a worker cannot run: it is read here then, the same way.
 */
export async function readResponsesCsvAside(bytes: Uint8Array, context: RowContext, options: CsvReadOptions): Promise<CsvReadResult> {
	const { CSV_WORKER_URL, CSV_WORKER_TASK } = await import('./csv-worker');
	const url = new URL(CSV_WORKER_URL);
	if (!url.pathname.endsWith('.js')) return readResponsesCsv([bytes], context, options);
	const input: CsvWorkerInput = { task: CSV_WORKER_TASK, bytes, context, maxRows: options.maxRows };
	return new Promise((resolve, reject) => {
		const worker = new Worker(url, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
		let result: CsvReadResult | null = null;
		worker.on('message', (message: CsvWorkerMessage) => {
			if (message.kind === 'progress') options.onProgress?.({ bytes: message.bytes, rows: message.rows });
			else result = message.result;
		});
		worker.once('error', reject);
		worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`The CSV reader stopped (exit code ${code}).`))));
	});
}
