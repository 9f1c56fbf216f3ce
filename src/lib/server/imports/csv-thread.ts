import { Worker } from 'node:worker_threads';
import {
	readResponsesCsv,
	type Candidate,
	type CsvReadOptions,
	type CsvReadResult,
	type RowContext
} from './csv-import';
import type { CsvWorkerInput, CsvWorkerMessage } from './csv-worker';

/** A worker's own heap: a file at the row limit fits in it, and no file can take the server's memory. */
const WORKER_HEAP_MB = 256;
/** Collected often rather than grown: short-lived cells and strings are most of what a reading makes. */
const WORKER_YOUNG_MB = 8;

/**
 * Reads and checks a CSV of responses in a worker thread, so that the server keeps answering other requests
 * meanwhile, and relays its progress. Under Vite's dev server and Vitest the worker's module is TypeScript,
 * which a worker cannot run: it is read here then, the same way.
 */
export async function readResponsesCsvAside(
	bytes: Uint8Array,
	context: RowContext,
	options: CsvReadOptions
): Promise<CsvReadResult> {
	const { CSV_WORKER_URL, CSV_WORKER_TASK } = await import('./csv-worker');
	const url = new URL(CSV_WORKER_URL);
	if (!url.pathname.endsWith('.js')) return readResponsesCsv([bytes], context, options);
	const input: CsvWorkerInput = {
		task: CSV_WORKER_TASK,
		bytes,
		context,
		maxRows: options.maxRows,
		leftOutCsv: options.leftOutCsv ?? null
	};
	const worker = new Worker(url, {
		workerData: input,
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
	});
	try {
		return await receive(worker, options);
	} finally {
		void worker.terminate();
	}
}

/** The worker's result, the rows to store taken in batch by batch: each is a message of its own, read in a turn of the event loop. */
function receive(worker: Worker, options: CsvReadOptions): Promise<CsvReadResult> {
	return new Promise((resolve, reject) => {
		let result: CsvReadResult | null = null;
		const candidates: Candidate[] = [];
		worker.on('message', (message: CsvWorkerMessage) => {
			if (message.kind === 'progress') options.onProgress?.({ bytes: message.bytes, rows: message.rows });
			else if (message.kind === 'done') {
				result = message.result;
				if (result.ok) worker.postMessage('next');
				else resolve(result);
			} else {
				for (const candidate of message.batch) candidates.push(candidate);
				if (!message.last) setImmediate(() => worker.postMessage('next'));
				else if (result?.ok) resolve({ ok: true, reading: { ...result.reading, candidates } });
			}
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The CSV reader stopped (exit code ${code}).`)));
	});
}
