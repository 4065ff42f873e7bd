import { skills as allSkills, type Skill } from '../../shared/items.ts';
import type { SkillResult } from '../../shared/quiz.ts';
import { summarise } from '../quiz/sessionResults.ts';
import type { CountedItem } from './countedItems.ts';

/** One line per skill asked, in the app's skill order, each summarised like the session results. */
export function skillResults(skills: Iterable<Skill>, counted: readonly CountedItem[]): SkillResult[] {
  const asked = new Set(skills);
  return allSkills
    .filter((skill) => asked.has(skill))
    .map((skill) => ({ skill, ...summarise(counted.filter((item) => item.skill === skill)) }));
}
