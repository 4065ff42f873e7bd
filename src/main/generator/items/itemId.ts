import { createHash } from 'node:crypto';
import type { EvidencePassage, Skill } from '../../../shared/items.ts';

// Results are stored against item ids, so an id must survive regenerating the content: it is derived from what
// the item asks about (its kind and the passages that prove it), never from its wording or its place in the list.
// Passages are sorted first, so the order a builder happened to collect them in does not matter.

export function itemId(skill: Skill, kind: string, evidence: readonly EvidencePassage[]): string {
  const passages = evidence
    .map((p) => [p.file, p.line, p.start, p.end, p.text].join('\u0000'))
    .sort()
    .join('\u0001');
  const digest = createHash('sha256').update(`${kind}\u0002${passages}`).digest('hex');
  return `${skill}-${digest.slice(0, 12)}`;
}
