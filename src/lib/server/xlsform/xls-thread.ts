import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors';
import { createSlots } from '../slots';
import type { LoadedWorkbook } from './sheets';
import type { XlsWorkerInput } from './xls-worker';

/** A worker's own heap: an XLSForm of 5 MB read whole fits in it many times over, and no file takes the server's. */
const WORKER_HEAP_MB = 128;
/** An XLSForm reads in well under a second; a file that keeps the reader busy longer is not one. */
const READING_MS = 10_000;
/** .xls workbooks read at once, each in a worker of up to WORKER_HEAP_MB: more are refused (503) until one ends. */
export const CONCURRENT_XLS_READS = 2;
const takeXlsSlot = createSlots(CONCURRENT_XLS_READS);

/**
 * Reads an .xls workbook in a worker thread of bounded memory and time, so that a hostile file neither blocks
 * the server nor takes its memory: one that exhausts either is `not_a_workbook`. Under Vite's dev server and
 * Vitest the worker's module is TypeScript, which a worker cannot run: it is read here then.
 */
export async function readXlsAside(bytes: Uint8Array): Promise<LoadedWorkbook> {
	const release = takeXlsSlot();
	if (!release) throw new DomainError('unavailable', 'errors.xls_reads_busy', { field: 'file' });
	try {
		return await readInWorker(bytes);
	} finally {
		release();
	}
}

async function readInWorker(bytes: Uint8Array): Promise<LoadedWorkbook> {
	const { XLS_WORKER_URL, XLS_WORKER_TASK } = await import('./xls-worker');
	const url = new URL(XLS_WORKER_URL);
	if (!url.pathname.endsWith('.js')) return (await import('./xls-rows')).readXls(bytes);
	const input: XlsWorkerInput = { task: XLS_WORKER_TASK, bytes };
	const worker = new Worker(url, {
		workerData: input,
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
	});
	try {
		return await new Promise<LoadedWorkbook>((resolve) => {
			const refuse = () => resolve({ ok: false, error: 'not_a_workbook' });
			const timer = setTimeout(refuse, READING_MS);
			worker.once('message', (result: LoadedWorkbook) => {
				clearTimeout(timer);
				resolve(result);
			});
			worker.once('error', () => {
				clearTimeout(timer);
				refuse();
			});
			worker.once('exit', () => {
				clearTimeout(timer);
				refuse();
			});
		});
	} finally {
		void worker.terminate();
	}
}
