import { describe, expect, it } from 'vitest';
import type { BankItem } from '../../../../src/main/quiz/bankItems.ts';
import { mulberry32 } from '../../../../src/main/quiz/mulberry32.ts';
import { selectItems } from '../../../../src/main/quiz/selectItems.ts';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { skills, type Item, type Skill } from '../../../../src/shared/items.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { seedSetId } from '../../../support/paths.ts';
import { seedHandlers, seedItems } from './support/seedItems.ts';

const bank: BankItem[] = (await seedItems()).map((item) => ({ setId: seedSetId, item }));

async function start(args: Record<string, unknown>): Promise<SessionView> {
  const result = await invokeCall(seedHandlers(), 'startSession', { mode: 'practice', setIds: [seedSetId], ...args });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SessionView;
}

const ids = (session: SessionView): string[] => session.items.map((item) => item.id);
const countBy = <T>(list: readonly T[], key: (entry: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const entry of list) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return counts;
};

describe('the same seed draws the same session', () => {
  it('gives the same items in the same order from two separate engines', async () => {
    const first = await start({ skills: [...skills], count: 12, seed: 2024 });
    const second = await start({ skills: [...skills], count: 12, seed: 2024 });
    expect(ids(second)).toEqual(ids(first));
    expect(first.seed).toBe(2024);
    expect(first.sessionId).not.toBe(second.sessionId);
  });

  it('draws other items or another order for other seeds', async () => {
    const sessions = await Promise.all([1, 2, 3, 4, 5].map((seed) => start({ skills: [...skills], count: 9, seed })));
    expect(new Set(sessions.map((session) => ids(session).join())).size).toBe(5);
  });

  it('does not depend on the order the skills are asked in', async () => {
    const one = await start({ skills: ['evidence', 'compare'], count: 8, seed: 11 });
    const other = await start({ skills: ['compare', 'evidence'], count: 8, seed: 11 });
    expect(ids(other)).toEqual(ids(one));
    expect(one.items.every((item) => item.skill !== 'clutter')).toBe(true);
  });

  it('draws and records a seed when none is given, and that seed draws the session again', async () => {
    const drawn = await start({ skills: [...skills], count: 10 });
    expect(Number.isInteger(drawn.seed)).toBe(true);
    const again = await start({ skills: [...skills], count: 10, seed: drawn.seed });
    expect(ids(again)).toEqual(ids(drawn));
  });
});

describe('balance and no repeats, for every count and many seeds', () => {
  const skillShare = (chosen: readonly BankItem[], skill: Skill) => chosen.filter(({ item }) => item.skill === skill);
  const inBank = (skill: Skill, keep: (item: Item) => boolean = () => true) =>
    bank.filter(({ item }) => item.skill === skill && keep(item)).length;

  it('splits the count evenly across skills, then between clean and flawed, then across formats', () => {
    expect(bank.length).toBeGreaterThan(0);
    for (let count = 1; count <= bank.length + 3; count += 1) {
      for (let seed = 0; seed < 8; seed += 1) {
        const chosen = selectItems(bank, skills, count, mulberry32(seed));
        const where = `count ${count}, seed ${seed}`;
        expect(chosen.length, where).toBe(Math.min(count, bank.length));
        expect(new Set(chosen.map(({ item }) => item.id)).size, where).toBe(chosen.length);

        // A skill may fall more than one short of another only when it has nothing left to give.
        const perSkill = skills.map((skill) => skillShare(chosen, skill).length);
        for (const [at, skill] of skills.entries()) {
          const short = Math.max(...perSkill) - (perSkill[at] ?? 0) > 1;
          if (short) expect(perSkill[at], `${where}, ${skill}`).toBe(inBank(skill));
        }
        for (const skill of skills) {
          const items = skillShare(chosen, skill).map(({ item }) => item);
          const clean = items.filter((item) => item.clean).length;
          const flawed = items.length - clean;
          if (clean - flawed > 1) expect(flawed, `${where}, ${skill} flawed`).toBe(inBank(skill, (i) => !i.clean));
          if (flawed - clean > 1) expect(clean, `${where}, ${skill} clean`).toBe(inBank(skill, (i) => i.clean));
          for (const side of [true, false]) {
            const formats = countBy(
              items.filter((item) => item.clean === side),
              (item) => item.format,
            );
            for (const [format, n] of formats) {
              const most = Math.max(...formats.values());
              if (most - n > 1) {
                expect(n, `${where}, ${skill} ${format}`).toBe(
                  inBank(skill, (i) => i.clean === side && i.format === format),
                );
              }
            }
          }
        }
      }
    }
  });

  it('gives a four-per-skill, two-clean-two-flawed session of twelve when the bank allows it', () => {
    for (const skill of skills) {
      expect(
        inBank(skill, (item) => item.clean),
        skill,
      ).toBeGreaterThanOrEqual(2);
      expect(
        inBank(skill, (item) => !item.clean),
        skill,
      ).toBeGreaterThanOrEqual(2);
    }
    const chosen = selectItems(bank, skills, 12, mulberry32(99));
    for (const skill of skills) {
      const items = skillShare(chosen, skill);
      expect(items.length, skill).toBe(4);
      expect(items.filter(({ item }) => item.clean).length, skill).toBe(2);
    }
  });

  it('mixes the skills through the session instead of asking them in blocks', () => {
    const chosen = selectItems(bank, skills, 12, mulberry32(3));
    const runs = chosen.filter((entry, at) => at === 0 || chosen[at - 1]?.item.skill !== entry.item.skill).length;
    expect(runs).toBeGreaterThan(3);
  });

  it('returns every item of the chosen skills, once each, when more are asked for than exist', async () => {
    const session = await start({ skills: ['clutter'], count: 200, seed: 1 });
    expect(session.requestedCount).toBe(200);
    expect(session.items.length).toBe(inBank('clutter'));
    expect(new Set(ids(session)).size).toBe(session.items.length);
  });
});
