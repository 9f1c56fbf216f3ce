import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readXls } from './xls-rows';

/**
 * This module's own file, which a worker thread runs: after `vite build` it is a chunk of its own (xls-thread
 * imports it dynamically), found next to the chunk that starts the worker.
 */
export const XLS_WORKER_URL: string = import.meta.url;

export const XLS_WORKER_TASK = 'mesure:read-xls';

export interface XlsWorkerInput {
	task: typeof XLS_WORKER_TASK;
	bytes: Uint8Array;
}

if (!isMainThread && parentPort && (workerData as Partial<XlsWorkerInput> | null)?.task === XLS_WORKER_TASK) {
	parentPort.postMessage(readXls((workerData as XlsWorkerInput).bytes));
}
