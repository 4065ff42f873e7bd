import { newSetRequestSchema, type ArticleProblem } from '../../shared/articleImport.ts';
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

export function importNewSet(dataDir: string, request: unknown, options: GenerationOptions = {}): NewSetJob {
  const parsed = newSetRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { result: Promise.resolve(fail('BAD_ARGUMENT', `${where}${issue?.message}.`)), cancel: () => {} };
  }
  const generation = startGeneration(parsed.data, options);
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
