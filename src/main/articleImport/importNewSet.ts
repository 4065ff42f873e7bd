import { newSetRequestSchema, type ArticleProblem, type NewSetRequest } from '../../shared/articleImport.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { saveImportedSet } from './saveImportedSet.ts';
import { startGeneration, type GenerationOptions } from './startGeneration.ts';

// "New article set" from start to saved: the request checked, the generation run on its worker thread, the set
// written to the data folder with every item pending review. Cancel before the generation ends writes nothing.

export interface NewSetImport {
  setId: string;
  title: string;
  itemCount: number;
  /** The articles left out, each named as given; the set was made from the others. */
  problems: ArticleProblem[];
  /** The same title and articles were imported before: that set (and its review) was kept. */
  alreadyThere: boolean;
}

export interface NewSetJob {
  result: Promise<Result<NewSetImport>>;
  cancel(): void;
}

/** The request as the call received it, checked against its schema: the first problem as a sentence. */
export function checkNewSetRequest(request: unknown): Result<NewSetRequest> {
  const parsed = newSetRequestSchema.safeParse(request);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return fail('BAD_ARGUMENT', `${where}${issue?.message}.`);
}

export function importNewSet(dataDir: string, request: unknown, options: GenerationOptions = {}): NewSetJob {
  const checked = checkNewSetRequest(request);
  if (!checked.ok) return { result: Promise.resolve(checked), cancel: () => {} };
  const generation = startGeneration(checked.value, options);
  let cancelled = false;
  const result = generation.result.then(async (generated): Promise<Result<NewSetImport>> => {
    if (!generated.ok) return generated;
    if (cancelled) return fail('CANCELLED', 'The generation was cancelled; nothing was saved.');
    const saved = await saveImportedSet(dataDir, generated.value);
    if (!saved.ok) return saved;
    return ok({
      setId: saved.value.setId,
      title: generated.value.set.title,
      itemCount: generated.value.items.length,
      problems: generated.value.problems,
      alreadyThere: saved.value.alreadyThere,
    });
  });
  return {
    result,
    cancel() {
      cancelled = true;
      generation.cancel();
    },
  };
}
