import type { ImportJobStatus, NewSetRequest } from '../../../../shared/articleImport.ts';
import type { CrossreadError } from '../../../../shared/errorCodes.ts';
import type { Result } from '../../../../shared/result.ts';
import { crossread } from '../../lib/crossread.ts';
import type { TeacherArea } from '../../lib/teacherArea.svelte.ts';

// One "New article set" generation as the window follows it: started, polled every quarter second for its latest
// step, then its outcome (the saved set and the articles left out, or why not). Cancel asks main to stop it.

const pollMs = 250;

const stageNames = { convert: 'Reading the articles', analyse: 'Comparing the articles', items: 'Making the items' };
const stageOrder = ['convert', 'analyse', 'items'] as const;

export class GenerationJob {
  status: ImportJobStatus | undefined = $state.raw();
  problem: CrossreadError | undefined = $state.raw();
  cancelling = $state(false);

  running = $derived(this.status?.state === 'running');

  /** 0 to 1 over the three stages, for the progress bar. */
  fraction = $derived.by(() => {
    const progress = this.status?.progress;
    if (!progress) return 0;
    const stage = stageOrder.indexOf(progress.stage);
    return (stage + progress.done / progress.total) / stageOrder.length;
  });

  /** What the progress bar says in words: "Reading the articles: 2 of 3". */
  step = $derived.by(() => {
    const progress = this.status?.progress;
    if (!progress) return 'Starting…';
    const name = stageNames[progress.stage];
    return progress.stage === 'convert' ? `${name}: ${progress.done} of ${progress.total}` : `${name}…`;
  });

  #teacher: () => TeacherArea;

  /** `teacher` is read at each call, so the job follows the panel's current teacher area. */
  constructor(teacher: () => TeacherArea) {
    this.#teacher = teacher;
  }

  /** Runs the generation to its end; answers its last status (undefined when it could not start). */
  async run(request: NewSetRequest): Promise<ImportJobStatus | undefined> {
    this.problem = undefined;
    this.cancelling = false;
    const started = await this.#teacher().call((token) => crossread.startArticleImport({ token, ...request }));
    if (!started.ok) {
      this.problem = started.error;
      return undefined;
    }
    let status: ImportJobStatus = started.value;
    this.status = status;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const { jobId } = status;
      const polled: Result<ImportJobStatus> = await this.#teacher().call((token) =>
        crossread.articleImportStatus({ token, jobId }),
      );
      if (!polled.ok) {
        this.problem = polled.error;
        this.status = undefined;
        return undefined;
      }
      status = polled.value;
      this.status = status;
    }
    this.cancelling = false;
    return status;
  }

  async cancel(): Promise<void> {
    const jobId = this.status?.jobId;
    if (!jobId || !this.running) return;
    this.cancelling = true;
    const cancelled = await this.#teacher().call((token) => crossread.cancelArticleImport({ token, jobId }));
    if (!cancelled.ok) this.problem = cancelled.error;
  }
}
