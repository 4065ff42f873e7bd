import { describe, expect, it } from 'vitest';
import { createStudentArgsSchema, pinSchema } from '../../../src/shared/people.ts';
import { pinProblem } from '../../../src/renderer/src/lib/pinRules.ts';
import { newStudentArgs } from '../../../src/renderer/src/lib/studentForm.ts';
import { importSentence } from '../../../src/renderer/src/lib/importSentence.ts';

// The forms check what main's schemas check, so a person hears what is wrong before anything is sent; these tests
// hold the renderer's plain rules to the shared zod schemas.

describe('the PIN rule', () => {
  const pins = ['', '123', '1234', '123456789012', '1234567890123', '12a4', ' 1234', '１２３４', '0000'];

  it('accepts exactly the PINs main accepts', () => {
    for (const pin of pins)
      expect(pinProblem(pin) === undefined, JSON.stringify(pin)).toBe(pinSchema.safeParse(pin).success);
  });

  it('asks for the new PIN twice the same', () => {
    expect(pinProblem('4821', '4812')).toMatch(/not the same/);
    expect(pinProblem('4821', '4821')).toBeUndefined();
  });
});

describe('a new profile', () => {
  const cases: [string, string][] = [
    ['Ada', ''],
    ['  Ada  ', ' 7B '],
    ['', '7B'],
    ['   ', ''],
    ['a'.repeat(80), ''],
    ['a'.repeat(81), ''],
    ['Zoë Ødegård', 'g'.repeat(60)],
    ['Zoë', 'g'.repeat(61)],
    ['=HYPERLINK("x")', '   '],
  ];

  it('is refused exactly when main would refuse it, and sent as main reads it', () => {
    for (const [name, group] of cases) {
      const checked = newStudentArgs(name, group);
      const parsed = createStudentArgsSchema.safeParse(group.trim() ? { name, group } : { name });
      expect(checked.ok, JSON.stringify([name, group])).toBe(parsed.success);
      if (checked.ok && parsed.success) expect(checked.args).toEqual(parsed.data);
    }
  });

  it('names the field that is wrong', () => {
    expect(newStudentArgs(' ', '')).toMatchObject({ ok: false, field: 'name' });
    expect(newStudentArgs('Ada', 'g'.repeat(61))).toMatchObject({ ok: false, field: 'group' });
  });
});

describe('what an imported file added', () => {
  const summary = {
    fileName: 'ada.json',
    studentsAdded: 0,
    sessionsAdded: 0,
    answersAdded: 0,
    answersAlreadyStored: 0,
  };

  it('lists what was added', () => {
    expect(importSentence({ ...summary, studentsAdded: 1, sessionsAdded: 3, answersAdded: 54 })).toBe(
      'Added 1 student, 3 sessions and 54 answers.',
    );
  });

  it('says plainly that a file imported twice added nothing', () => {
    expect(importSentence({ ...summary, answersAlreadyStored: 54 })).toBe('Nothing new: 54 answers were already here.');
  });

  it('says both when part of a file was new', () => {
    expect(importSentence({ ...summary, answersAdded: 1, answersAlreadyStored: 1 })).toBe(
      'Added 1 answer; 1 answer was already here.',
    );
  });
});
