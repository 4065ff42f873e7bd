import type { Analysis } from '../../../shared/analysis.ts';
import type { Item } from '../../../shared/items.ts';
import { balanceClean, type BuiltItem } from './balanceClean.ts';
import { clutterChooseAll } from './clutterChooseAll.ts';
import { clutterMarkLines } from './clutterMarkLines.ts';
import { clutterOddLine } from './clutterOddLine.ts';
import { clutterRealLine } from './clutterRealLine.ts';
import { compareAttribution } from './compareAttribution.ts';
import { compareClaim } from './compareClaim.ts';
import { compareHighest } from './compareHighest.ts';
import { comparePair } from './comparePair.ts';
import { compareQuoteDrift } from './compareQuoteDrift.ts';
import { evidenceChooseAll } from './evidenceChooseAll.ts';
import { evidenceMarkLines } from './evidenceMarkLines.ts';
import { evidenceSupport } from './evidenceSupport.ts';
import { indexSet, type SetIndex } from './setIndex.ts';

// From findings to quiz items. Each builder makes one kind of item from the analysis; this list is the whole
// catalogue, read top to bottom. The result is deterministic: no randomness anywhere, clean cases balanced to
// about a third per skill, items sorted by id.

const builders: Record<string, (index: SetIndex) => Item[]> = {
  clutterMarkLines,
  clutterOddLine,
  clutterRealLine,
  clutterChooseAll,
  comparePair,
  compareAttribution,
  compareHighest,
  compareQuoteDrift,
  compareClaim,
  evidenceSupport,
  evidenceChooseAll,
  evidenceMarkLines,
};

// When a skill has more clean items than a third, these decide which stay. A claim whose named source is a person
// or an outlet with a name ("Kremlin adviser Yury Ushakov", "BBC News") teaches more than "the statement".
const trimPriority: Partial<Record<string, (item: Item) => number>> = {
  evidenceSupport: (item) => (item.clean ? capitalisedWords(item.evidence.at(-1)?.text ?? '') : 0),
};

function capitalisedWords(text: string): number {
  return (text.match(/(?<![\p{L}'’])\p{Lu}[\p{L}'’.-]*/gu) ?? []).length;
}

export function buildItems(analysis: Analysis): Item[] {
  const index = indexSet(analysis);
  const built: BuiltItem[] = [];
  const ids = new Set<string>();
  for (const [kind, build] of Object.entries(builders)) {
    for (const item of build(index)) {
      // Two items with the same kind and evidence would share an id (and a student's results); keep the first.
      if (ids.has(item.id)) continue;
      ids.add(item.id);
      const file = item.format === 'mark_lines' ? item.file : (item.evidence[0]?.file ?? '');
      built.push({ item, kind, file, priority: trimPriority[kind]?.(item) ?? 0 });
    }
  }
  return balanceClean(built)
    .map((b) => b.item)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
