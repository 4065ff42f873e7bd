import { randomUUID } from 'node:crypto';
import type { ImportJobStatus } from '../../shared/articleImport.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { checkNewSetRequest, importNewSet, type NewSetJob } from './importNewSet.ts';
import type { GenerationOptions } from './startGeneration.ts';

// The generations of one process, for contract calls that cannot stream: start one, ask how it is going, cancel
// it. One runs at a time (the machine may have two cores, and a teacher makes one set at a time); finished ones
// are remembered until a few newer ones have finished, long enough for the window to read the outcome.

export interface ImportJobs {
  start(request: unknown): Result<ImportJobStatus>;
  status(jobId: string): Result<ImportJobStatus>;
  cancel(jobId: string): Result<ImportJobStatus>;
}

const keptFinished = 10;

export function createImportJobs(dataDir: string, options: Pick<GenerationOptions, 'workerUrl'> = {}): ImportJobs {
  const jobs = new Map<string, { status: ImportJobStatus; job: NewSetJob }>();
  const running = (): ImportJobStatus | undefined =>
    [...jobs.values()].find((entry) => entry.status.state === 'running')?.status;

  const forget = (): void => {
    const finished = [...jobs.keys()].filter((id) => jobs.get(id)?.status.state !== 'running');
    for (const id of finished.slice(0, Math.max(0, finished.length - keptFinished))) jobs.delete(id);
  };

  return {
    start(request) {
      const busy = running();
      if (busy) {
        return fail('NOT_AVAILABLE', 'Another article set is being generated; wait for it or cancel it first.');
      }
      const checked = checkNewSetRequest(request);
      if (!checked.ok) return checked;
      const jobId = randomUUID();
      const status: ImportJobStatus = { jobId, state: 'running' };
      const job = importNewSet(dataDir, checked.value, {
        ...options,
        onProgress: (progress) => {
          status.progress = progress;
        },
      });
      jobs.set(jobId, { status, job });
      void job.result.then((result) => {
        if (result.ok) {
          status.state = 'done';
          status.result = result.value;
        } else {
          status.state = result.error.code === 'CANCELLED' ? 'cancelled' : 'failed';
          status.error = result.error;
        }
        forget();
      });
      return ok({ ...status });
    },
    status(jobId) {
      const entry = jobs.get(jobId);
      return entry ? ok(structuredClone(entry.status)) : unknownJob(jobId);
    },
    cancel(jobId) {
      const entry = jobs.get(jobId);
      if (!entry) return unknownJob(jobId);
      entry.job.cancel();
      return ok(structuredClone(entry.status));
    },
  };
}

function unknownJob(jobId: string): Result<never> {
  return fail(
    'NOT_FOUND',
    `No article set is being generated as ${jobId}; it may have finished long ago. Start again.`,
  );
}
