import { Worker } from 'node:worker_threads';
import type { GenerationProgress, NewSetRequest } from '../../shared/articleImport.ts';
import { fail, type Result } from '../../shared/result.ts';
import type { GeneratedImport } from './generateImportedSet.ts';

// A set's generation takes seconds for a 2 MB article (the analysis is synchronous CPU work), so it runs on a worker
// thread: the main process keeps answering the window while it works. Cancel ends the thread at once; the worker
// writes nothing, so nothing is left behind.

export type WorkerMessage =
  { type: 'progress'; progress: GenerationProgress } | { type: 'result'; result: Result<GeneratedImport> };

export interface GenerationJob {
  /** The generated set, or why not: CANCELLED after cancel(), INTERNAL if the worker failed. */
  result: Promise<Result<GeneratedImport>>;
  /** Stops the generation; the result becomes CANCELLED. Does nothing once the result is in. */
  cancel(): void;
}

export interface GenerationOptions {
  /** Each step as it happens: every article converted, then the analysis, then the items. */
  onProgress?: (progress: GenerationProgress) => void;
  /** The worker's module; the default is this folder's generationWorker.ts (a bundled build passes its own). */
  workerUrl?: URL;
}

export const defaultWorkerUrl = new URL('./generationWorker.ts', import.meta.url);

export function startGeneration(request: NewSetRequest, options: GenerationOptions = {}): GenerationJob {
  const worker = new Worker(options.workerUrl ?? defaultWorkerUrl, { workerData: request });
  let settle: (result: Result<GeneratedImport>) => void = () => {};
  let settled = false;
  const result = new Promise<Result<GeneratedImport>>((resolve) => {
    settle = (value) => {
      if (settled) return;
      settled = true;
      resolve(value);
      void worker.terminate();
    };
  });
  worker.on('message', (message: WorkerMessage) => {
    if (settled) return;
    if (message.type === 'progress') options.onProgress?.(message.progress);
    else settle(message.result);
  });
  worker.on('error', (error) => {
    settle(fail('INTERNAL', `The article generation failed (${error.message}); nothing was saved. Try again.`));
  });
  worker.on('exit', (code) => {
    settle(fail('INTERNAL', `The article generation stopped early (exit code ${code}); nothing was saved.`));
  });
  return {
    result,
    cancel() {
      settle(fail('CANCELLED', 'The generation was cancelled; nothing was saved.'));
    },
  };
}
