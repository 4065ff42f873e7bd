import type { ArticleText } from '../generator/articleText.ts';
import type { Item } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ImportedSetContent } from './generateImportedSet.ts';
import { importedSetId } from './importedSetId.ts';
import { maxPackBytes, packChecksum, packFormat, packSchema, packVersion, type PackSet } from './packSchema.ts';

// Checking a content pack before anything is written. In order: size, UTF-8 and complete JSON, the format and
// version, the schema, the checksum, then what a checksum cannot vouch for (a pack made by hand with a fresh
// checksum): the set id matches its content, and every item's evidence stands, word for word, at the line of its
// article it names. The first problem found is the reason given; the pack is then not imported at all.

export interface CheckedPack {
  content: ImportedSetContent;
  review: PackSet['review'];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function readPack(name: string, bytes: Uint8Array): Promise<Result<CheckedPack>> {
  const refuse = (why: string): Result<never> => fail('BAD_IMPORT', `${name} cannot be imported: ${why}`);
  if (bytes.length > maxPackBytes) return refuse('it is larger than any content pack (64 MB).');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return refuse('it is not UTF-8 text, so it is not a content pack.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('it is not complete JSON (cut short or damaged); export the pack again.');
  }
  const envelope = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (envelope['format'] !== packFormat) return refuse('it is not a Crossread content pack.');
  if (envelope['version'] !== packVersion) {
    return refuse(
      `it is a version ${JSON.stringify(envelope['version'])} pack and this Crossread reads version ${packVersion}; ` +
        'export it again from a Crossread of the same version.',
    );
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return refuse(`${where}: ${issue?.message}.`);
  }
  const { set, sha256 } = parsed.data;
  if (packChecksum(set) !== sha256) {
    return refuse('its content does not match its checksum: it was damaged or edited after export. Export it again.');
  }
  const problem = await contentProblem(set);
  if (problem !== null) return refuse(problem);
  const reviewed = new Set(set.items.map((item) => item.id));
  const items = Object.fromEntries(
    [...reviewed].map((id) => [id, set.review.items[id] ?? { status: 'pending' as const }]),
  );
  return ok({
    content: {
      set: {
        id: set.id,
        title: set.title,
        ...(set.date === undefined ? {} : { date: set.date }),
        articles: set.articles.map(({ text: _text, ...article }) => article),
      },
      texts: set.articles.map((article) => article.text),
      items: set.items,
    },
    review: { published: set.review.published, items },
  });
}

/** What the schema and checksum cannot see, as a sentence; null when the set holds together. */
async function contentProblem(set: PackSet): Promise<string | null> {
  const files = set.articles.map((article) => article.file);
  if (new Set(files).size !== files.length) return 'two of its articles have the same file name.';
  const ids = new Set<string>();
  for (const item of set.items) {
    if (ids.has(item.id)) return `item ${item.id} is listed twice.`;
    ids.add(item.id);
  }
  for (const id of Object.keys(set.review.items)) {
    if (!ids.has(id)) return `its review names item ${id}, which the pack does not hold.`;
  }

  // The generator's own line numbering, so evidence is checked exactly as the quiz screens will show it.
  const { splitLines } = await import('../generator/articleText.ts');
  const articles = new Map<string, ArticleText>(
    set.articles.map((article) => [article.file, splitLines(article.file, article.text)]),
  );
  for (const item of set.items) {
    const problem = evidenceProblem(item, articles);
    if (problem !== null) return problem;
  }
  // Last, so a missing article is named as such rather than as a changed id.
  const expectedId = importedSetId({
    title: set.title,
    ...(set.date ? { date: set.date } : {}),
    articles: set.articles,
  });
  if (expectedId !== set.id) return `its set id ${set.id} does not match its title and articles.`;
  return null;
}

function evidenceProblem(item: Item, articles: Map<string, ArticleText>): string | null {
  for (const passage of item.evidence) {
    const article = articles.get(passage.file);
    if (article === undefined)
      return `item ${item.id} points at article ${passage.file}, which the pack does not hold.`;
    const line = article.lines.find((l) => l.line === passage.line);
    if (line?.text.slice(passage.start, passage.end) !== passage.text) {
      return `the evidence of item ${item.id} is not the text of line ${passage.line} of ${passage.file}.`;
    }
  }
  if (item.format === 'mark_lines') {
    const article = articles.get(item.file);
    if (article === undefined) return `item ${item.id} shows article ${item.file}, which the pack does not hold.`;
    for (const shown of item.lines) {
      if (article.lines.find((l) => l.line === shown.line)?.text !== shown.text) {
        return `item ${item.id} shows line ${shown.line} of ${item.file} with other words than the article has.`;
      }
    }
  }
  return null;
}
