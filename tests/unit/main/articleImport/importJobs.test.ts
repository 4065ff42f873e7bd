import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createImportJobs } from '../../../../src/main/articleImport/importJobs.ts';
import type { ImportJobStatus } from '../../../../src/shared/articleImport.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { fixtureRequest, kelvick, wexmoor } from './support/articleSources.ts';

const tempDir = useTempDir('crossread-jobs-');

function value(result: Result<ImportJobStatus>): ImportJobStatus {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function settled(status: () => ImportJobStatus): Promise<ImportJobStatus> {
  for (;;) {
    const now = status();
    if (now.state !== 'running') return now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('generation jobs, for calls that poll', () => {
  it('runs one set at a time, reports its latest step, then its outcome', async () => {
    const dataDir = await tempDir();
    const jobs = createImportJobs(dataDir);
    const started = value(jobs.start(await fixtureRequest(kelvick)));
    expect(started.state).toBe('running');
    expect(jobs.start(await fixtureRequest(wexmoor))).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });

    const done = await settled(() => value(jobs.status(started.jobId)));
    expect(done).toMatchObject({
      state: 'done',
      progress: { stage: 'items', done: 1, total: 1 },
      result: { setId: expect.stringMatching(/^imported-/), alreadyThere: false, problems: [] },
    });
    expect(await readdir(`${dataDir}/sets`)).toEqual([done.result?.setId]);
    // Free again once it is over.
    const next = value(jobs.start(await fixtureRequest(wexmoor)));
    const cancelled = value(jobs.cancel(next.jobId));
    expect(cancelled.jobId).toBe(next.jobId);
    expect(await settled(() => value(jobs.status(next.jobId)))).toMatchObject({
      state: 'cancelled',
      error: { code: 'CANCELLED' },
    });
    expect(await readdir(`${dataDir}/sets`)).toEqual([done.result?.setId]);
  });

  it('refuses a bad request at once and does not know a job it never started', async () => {
    const jobs = createImportJobs(await tempDir());
    const request = await fixtureRequest(kelvick);
    expect(jobs.start({ ...request, articles: request.articles.slice(0, 1) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('at least 2 articles') },
    });
    expect(jobs.status('nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(jobs.cancel('nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
