import { parentPort, workerData } from 'node:worker_threads';
import type { NewSetRequest } from '../../shared/articleImport.ts';
import { generateImportedSet } from './generateImportedSet.ts';
import type { WorkerMessage } from './startGeneration.ts';

// The generation worker's entry: runs one set's generation and posts each step, then the result. The request was
// checked against its schema before the worker was started.

const port = parentPort;
if (port === null) throw new Error('generationWorker.ts runs as a worker thread (see startGeneration.ts)');
const post = (message: WorkerMessage): void => port.postMessage(message);
const result = generateImportedSet(workerData as NewSetRequest, (progress) => post({ type: 'progress', progress }));
post({ type: 'result', result });
