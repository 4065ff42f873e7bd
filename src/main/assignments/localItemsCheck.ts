import type { Assignment } from '../../shared/assignments.ts';
import type { Skill } from '../../shared/items.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ItemBank } from '../quiz/itemBank.ts';

// Whether this computer's content can run an imported assignment: every set it names has an items file, and every
// item it asks is in them, of a skill the assignment asks. Content generated differently here (another version of
// the articles or the generator) gives other item ids; the file is then refused now, not when a student starts.

const fix =
  'copy the same content (content/items) as the teacher\u2019s computer, or ask the teacher for the file again.';

export async function localItemsCheck(bank: ItemBank, fileName: string, assignment: Assignment): Promise<Result<true>> {
  const known = new Map<string, Skill>();
  for (const setId of assignment.setIds) {
    const items = await bank.load(setId);
    if (!items.ok) {
      const reason =
        items.error.code === 'NOT_FOUND' ? 'is not on this computer' : `cannot be read (${items.error.message})`;
      return fail('BAD_ASSIGNMENT', `${fileName} uses the article set ${setId}, which ${reason}; ${fix}`);
    }
    for (const item of items.value) if (!known.has(item.id)) known.set(item.id, item.skill);
  }
  const missing = assignment.itemIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    return fail(
      'BAD_ASSIGNMENT',
      `${missing.length} of the ${assignment.itemIds.length} items of ${fileName} are not in the items of ` +
        `${assignment.setIds.join(', ')} on this computer (the content here was generated differently); ${fix}`,
    );
  }
  const offSkill = assignment.itemIds.find((id) => {
    const skill = known.get(id);
    return skill !== undefined && !assignment.skills.includes(skill);
  });
  if (offSkill !== undefined) {
    return fail(
      'BAD_ASSIGNMENT',
      `${fileName} asks item ${offSkill}, a ${known.get(offSkill)} item, but names only ${assignment.skills.join(', ')}; ` +
        'ask the teacher for the file again.',
    );
  }
  return ok(true);
}
