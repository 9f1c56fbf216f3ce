import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readResponsesCsv, type Candidate, type CsvReadResult, type RowContext } from './csv-import';

/**
 * This module's own file, which a worker thread runs: after `vite build` it is a chunk of its own (csv-thread
 * imports it dynamically), found next to the chunk that starts the worker.
 */
export const CSV_WORKER_URL: string = import.meta.url;

export const CSV_WORKER_TASK = 'mesure:read-responses-csv';

export interface CsvWorkerInput {
	task: typeof CSV_WORKER_TASK;
	bytes: Uint8Array;
	context: RowContext;
	maxRows: number;
	leftOutCsv: { locale: string } | null;
}

/** `done` comes without the rows to store; they follow in batches, one each time the server asks (`next`). */
export type CsvWorkerMessage =
	| { kind: 'progress'; bytes: number; rows: number }
	| { kind: 'done'; result: CsvReadResult }
	| { kind: 'candidates'; batch: Candidate[]; last: boolean };

/** Small pieces, so that the parser holds little at a time and progress moves. */
const SLICE_BYTES = 64 * 1024;

/** Rows the server takes in at once: a few milliseconds of its time, between which it answers other requests. */
export const CANDIDATE_BATCH = 1000;

function* slice(bytes: Uint8Array): Generator<Uint8Array> {
	for (let start = 0; start < bytes.byteLength; start += SLICE_BYTES) yield bytes.subarray(start, start + SLICE_BYTES);
}

async function run(port: MessagePort, input: CsvWorkerInput): Promise<void> {
	const result = await readResponsesCsv(slice(input.bytes), input.context, {
		maxRows: input.maxRows,
		leftOutCsv: input.leftOutCsv ?? undefined,
		onProgress: (progress) => port.postMessage({ kind: 'progress', ...progress } satisfies CsvWorkerMessage)
	});
	const candidates = result.ok ? result.reading.candidates : [];
	const sent = result.ok ? { ok: true as const, reading: { ...result.reading, candidates: [] } } : result;
	port.postMessage({ kind: 'done', result: sent } satisfies CsvWorkerMessage);
	let start = 0;
	port.on('message', () => {
		const batch = candidates.slice(start, start + CANDIDATE_BATCH);
		start += CANDIDATE_BATCH;
		const last = start >= candidates.length;
		port.postMessage({ kind: 'candidates', batch, last } satisfies CsvWorkerMessage);
		if (last) port.close();
	});
}

if (!isMainThread && parentPort && (workerData as Partial<CsvWorkerInput> | null)?.task === CSV_WORKER_TASK) {
	void run(parentPort, workerData as CsvWorkerInput);
}
