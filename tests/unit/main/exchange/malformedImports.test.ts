/* eslint-disable @typescript-eslint/no-explicit-any -- the generators break files into shapes no type describes */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invokeCall } from '../../../../src/main/invokeCall.ts';
import { readResultsFile } from '../../../../src/main/exchange/readResultsFile.ts';
import { resultsFileSchema, type ResultsFile } from '../../../../src/main/exchange/resultsFileSchema.ts';
import { skills } from '../../../../src/shared/items.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { exportOf, fingerprint, importArgs, openComputer, studentWithSessions } from './support/classroom.ts';

// 1,000 files that must not import, each made from a file that would: Ana's real results plus a session this
// computer has not seen (so any file that slipped through would add rows and change the fingerprint). Every one
// is refused with BAD_IMPORT naming the file, nothing throws, and the stored results stay exactly as they were.
// Most are broken in shape (checked by the schema); the "conflict" ones are well-formed but disagree with the
// stored results, so they are refused by the merge, after it has already written the new session.

const tempDir = useTempDir('crossread-exchange-fuzz-');

const lastTime = 8_640_000_000_000_000;
type Path = (string | number)[];
interface Broken {
  kind: string;
  text: string;
}

// ---- values of the wrong type or out of range, per kind of field ----

const key = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text !== '__proto__');
const notNumber = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(key, fc.integer(), { maxKeys: 2 }),
);
const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(key, fc.string(), { maxKeys: 2 }),
);
const notArray = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(key, fc.integer()));
const notObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer()));
const negative = fc.oneof(
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
  fc.double({ min: -1e300, max: -Number.MIN_VALUE, noNaN: true }).filter((value) => value < 0),
);
const fraction = fc.double({ min: 0.001, max: 1e12, noNaN: true }).filter((value) => !Number.isInteger(value));
const above = (max: number) =>
  fc.oneof(
    fc.integer({ min: Math.min(max + 1, Number.MAX_SAFE_INTEGER), max: Number.MAX_SAFE_INTEGER }),
    fc.double({ min: max, max: 1e300, noNaN: true }).filter((value) => value > max),
  );
const tooLong = (max: number) => fc.string({ minLength: max + 1, maxLength: max + 40 });
const withControl = fc
  .tuple(fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 31 }), fc.string({ maxLength: 5 }))
  .map(([before, code, after]) => `${before}${String.fromCharCode(code)}${after}`);
const text = (max: number) => fc.oneof(fc.constant(''), tooLong(max), withControl, notString);
const wholeNumber = (min: number, max: number) =>
  fc.oneof(above(max), fraction, notNumber, min > 0 ? fc.integer({ min: -5, max: min - 1 }) : negative);
const notOneOf = (allowed: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 12 }).filter((value) => !allowed.includes(value)),
    notString,
  );
const badResponse = fc.oneof(
  notObject,
  fc.constant({}),
  fc.record({ optionId: fc.oneof(fc.constant(''), notString) }),
  fc.record({ optionIds: fc.oneof(notArray, fc.constant([''])) }),
  fc.record({
    lines: fc.oneof(notArray, fc.array(fc.oneof(negative, fc.constant(0), fraction), { minLength: 1, maxLength: 3 })),
  }),
  fc.record({ optionId: fc.constant('a'), lines: fc.constant([2]) }),
);

/** What each field must not hold; a key not listed here is not a field of a results file. */
const invalidFor: Record<string, fc.Arbitrary<unknown>> = {
  exportedAt: wholeNumber(0, lastTime),
  createdAt: wholeNumber(0, lastTime),
  startedAt: wholeNumber(0, lastTime),
  finishedAt: wholeNumber(0, lastTime),
  answeredAt: wholeNumber(0, lastTime),
  id: text(100),
  itemId: text(100),
  name: text(80),
  group: text(60),
  mode: notOneOf(['practice', 'test']),
  seed: wholeNumber(0, 2 ** 32 - 1),
  requestedCount: wholeNumber(1, 200),
  score: fc.oneof(above(1), negative, notNumber),
  hits: wholeNumber(0, 100_000),
  misses: wholeNumber(0, 100_000),
  falseAlarms: wholeNumber(0, 100_000),
  correctRejections: wholeNumber(0, 100_000),
  skill: notOneOf(skills),
  response: badResponse,
  setIds: fc.oneof(notArray, fc.constant([]), fc.constant(['../elsewhere']), fc.constant(['same', 'same'])),
  skills: fc.oneof(notArray, fc.constant([]), fc.constant(['spelling']), fc.constant(['clutter', 'clutter'])),
  items: fc.oneof(notArray, fc.constant([]), fc.array(notObject, { minLength: 1, maxLength: 2 })),
  answers: fc.oneof(notArray, fc.array(notObject, { minLength: 1, maxLength: 2 })),
  sessions: fc.oneof(notArray, fc.array(notObject, { minLength: 1, maxLength: 2 })),
  student: notObject,
  tally: notObject,
};
const optionalFields = new Set(['finishedAt', 'group']);

// ---- the file, its fields and its objects ----

function at(file: any, path: Path): any {
  return path.reduce((value, step) => value[step], file);
}

/** Every field of the file (responses and lists of names counted as one field each) and every object. */
function fieldsOf(file: any): { fields: Path[]; objects: Path[] } {
  const fields: Path[] = [];
  const objects: Path[] = [[]];
  const walk = (value: any, path: Path): void => {
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'format' || name === 'version') continue;
      const place = [...path, name];
      fields.push(place);
      if (name === 'response') objects.push(place);
      else if (Array.isArray(inner)) {
        if (name === 'setIds' || name === 'skills') continue;
        inner.forEach((entry, index) => {
          objects.push([...place, index]);
          walk(entry, [...place, index]);
        });
      } else if (inner !== null && typeof inner === 'object') {
        objects.push(place);
        walk(inner, place);
      }
    }
  };
  walk(file, []);
  return { fields, objects };
}

function changed(file: ResultsFile, change: (copy: any) => void): string {
  const copy = structuredClone(file);
  change(copy);
  return JSON.stringify(copy);
}

function brokenFiles(valid: ResultsFile, storedSessions: ReadonlySet<string>): fc.Arbitrary<Broken> {
  const validText = JSON.stringify(valid);
  const { fields, objects } = fieldsOf(valid);
  const unlisted = fields.filter((path) => !(String(path.at(-1)) in invalidFor));
  if (unlisted.length > 0) throw new Error(`no invalid values for ${JSON.stringify(unlisted)}`);
  const made = (kind: string) => (value: string) => ({ kind, text: value });
  const sessionAt = fc.nat(valid.sessions.length - 1);
  const answered = valid.sessions.flatMap((session, s) => session.answers.map((_, a) => [s, a] as const));
  const storedAnswers = answered.filter(([s]) => storedSessions.has(valid.sessions[s]?.id ?? ''));
  const stored = valid.sessions.flatMap((session, s) => (storedSessions.has(session.id) ? [s] : []));

  const notResults = fc
    .oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
      fc.nat(validText.length - 1).map((length) => validText.slice(0, length)),
    )
    .filter((value) => {
      try {
        return (JSON.parse(value) as { format?: unknown } | null)?.format !== 'crossread-results';
      } catch {
        return true;
      }
    })
    .map(made('not a results file'));

  const wrongVersionOrFormat = fc
    .tuple(fc.constantFrom('version', 'format'), fc.option(fc.jsonValue(), { nil: undefined }))
    .filter(([name, value]) => value !== (name === 'version' ? 1 : 'crossread-results'))
    .map(([name, value]) =>
      changed(valid, (copy) => {
        if (value === undefined) delete copy[name];
        else copy[name] = value;
      }),
    )
    .map(made('wrong version or format'));

  const wrongValue = fc
    .constantFrom(...fields)
    .chain((path) => (invalidFor[path.at(-1) as string] as fc.Arbitrary<unknown>).map((value) => ({ path, value })))
    .map(({ path, value }) => changed(valid, (copy) => (at(copy, path.slice(0, -1))[path.at(-1) as string] = value)))
    .map(made('wrong type or out of range'));

  const removed = fc
    .constantFrom(...fields.filter((path) => !optionalFields.has(path.at(-1) as string)))
    .map((path) => changed(valid, (copy) => delete at(copy, path.slice(0, -1))[path.at(-1) as string]))
    .map(made('field removed'));

  const unknownField = fc
    .tuple(fc.constantFrom(...objects), key, fc.jsonValue())
    .filter(([path, name]) => !Object.hasOwn(at(valid, path), name))
    .map(([path, name, value]) => changed(valid, (copy) => (at(copy, path)[name] = value)))
    .map(made('unknown field'));

  const answerToAnotherItem = fc
    .tuple(fc.constantFrom(...answered), fc.string({ minLength: 1, maxLength: 30 }))
    .filter(([[s], itemId]) => !valid.sessions[s]?.items.some((item) => item.id === itemId))
    .map(([[s, a], itemId]) => changed(valid, (copy) => (copy.sessions[s].answers[a].itemId = itemId)))
    .map(made('answer to an item not in the session'));

  const answerOfAnotherSkill = fc
    .constantFrom(...answered)
    .map(([s, a]) =>
      changed(valid, (copy) => {
        const answer = copy.sessions[s].answers[a];
        answer.skill = skills.find((skill) => skill !== answer.skill);
      }),
    )
    .map(made('answer of another skill than its item'));

  const repeated = fc
    .oneof(
      fc.tuple(fc.constantFrom(...answered), fc.integer({ min: 0, max: 10_000 })).map(([[s, a], later]) =>
        changed(valid, (copy) => {
          const answers = copy.sessions[s].answers;
          answers.push({ ...structuredClone(answers[a]), answeredAt: answers[a].answeredAt + later });
        }),
      ),
      fc.tuple(sessionAt, fc.nat()).map(([s, i]) =>
        changed(valid, (copy) => {
          const items = copy.sessions[s].items;
          items.push(structuredClone(items[i % items.length]));
        }),
      ),
      fc
        .tuple(sessionAt, sessionAt)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => changed(valid, (copy) => (copy.sessions[a].id = copy.sessions[b].id))),
    )
    .map(made('the same answer, item or session twice'));

  // Well-formed, but not what this computer holds: refused by the merge, which rolls back the new session.
  const conflicting = fc
    .oneof(
      fc
        .tuple(fc.constantFrom(...storedAnswers), fc.double({ min: 0, max: 1, noNaN: true }))
        .filter(([[s, a], score]) => valid.sessions[s]?.answers[a]?.score !== score)
        .map(([[s, a], score]) => changed(valid, (copy) => (copy.sessions[s].answers[a].score = score))),
      fc
        .tuple(fc.constantFrom(...storedAnswers), fc.integer({ min: 1, max: 10_000_000 }))
        .map(([[s, a], later]) => changed(valid, (copy) => (copy.sessions[s].answers[a].answeredAt += later))),
      fc
        .tuple(fc.constantFrom(...stored), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
        .filter(([s, seed]) => valid.sessions[s]?.seed !== seed)
        .map(([s, seed]) => changed(valid, (copy) => (copy.sessions[s].seed = seed))),
      fc
        .tuple(fc.constantFrom(...stored), fc.integer({ min: 1, max: 1_000_000 }))
        .map(([s, earlier]) => changed(valid, (copy) => (copy.sessions[s].startedAt -= earlier))),
      fc
        .stringMatching(/^[a-z0-9-]{1,40}$/)
        .filter((id) => id !== valid.student.id)
        .map((id) => changed(valid, (copy) => (copy.student.id = id))),
    )
    .map(made('conflict'));

  return fc.oneof(
    notResults,
    wrongVersionOrFormat,
    { arbitrary: wrongValue, weight: 4 },
    removed,
    unknownField,
    answerToAnotherItem,
    answerOfAnotherSkill,
    repeated,
    conflicting,
  );
}

describe('importing malformed results files', () => {
  it('refuses 1,000 of them with BAD_IMPORT, never throws, and changes nothing stored', async () => {
    const computer = await openComputer(await tempDir());
    const { student } = await studentWithSessions(computer, 'Ana', undefined, '7B');
    const exported = resultsFileSchema.parse(JSON.parse((await exportOf(computer, student.id)).data));
    const storedSessions = new Set(exported.sessions.map((session) => session.id));
    const second = exported.sessions[1];
    if (!second) throw new Error('Ana has two sessions');
    // The file every broken one is made from: valid, and new to this computer in its first session.
    const valid: ResultsFile = {
      ...exported,
      sessions: [{ ...structuredClone(second), id: 'a-session-only-this-file-has' }, ...exported.sessions],
    };
    expect(readResultsFile('valid.json', JSON.stringify(valid)).ok).toBe(true);

    const stored = fingerprint(computer.db);
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(brokenFiles(valid, storedSessions), async ({ kind, text }) => {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        // A conflict is a well-formed file; everything else must already fail the reading.
        expect(readResultsFile('broken.json', text).ok).toBe(kind === 'conflict');
        const result = await invokeCall(computer.handlers, 'importResults', importArgs(computer, 'broken.json', text));
        expect(result.ok ? 'imported' : result.error.code).toBe('BAD_IMPORT');
        if (!result.ok) expect(result.error.message).toMatch(/^broken\.json[: ]/);
        expect(fingerprint(computer.db)).toBe(stored);
      }),
      { numRuns: 1_000 },
    );
    // Every kind of damage was tried, and often.
    expect([...kinds.keys()].sort()).toHaveLength(9);
    for (const count of kinds.values()) expect(count).toBeGreaterThan(30);

    // The computer was not refusing everything: the file they were all made from imports, and adds its session.
    const result = await invokeCall(
      computer.handlers,
      'importResults',
      importArgs(computer, 'valid.json', JSON.stringify(valid)),
    );
    expect(result).toMatchObject({ ok: true, value: { sessionsAdded: 1, answersAdded: second.answers.length } });
    expect(fingerprint(computer.db)).not.toBe(stored);
  });
});
