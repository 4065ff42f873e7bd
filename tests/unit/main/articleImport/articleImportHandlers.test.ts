import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../src/main/api.ts';
import type {
  ImportedSetList,
  ImportedSetReview,
  ImportedSetSummary,
  ImportJobStatus,
  PackImport,
} from '../../../../src/shared/articleImport.ts';
import type { ArticleSet } from '../../../../src/shared/articleSets.ts';
import type { ArticleView } from '../../../../src/shared/contract.ts';
import type { ExportFile } from '../../../../src/shared/exportFile.ts';
import { skills } from '../../../../src/shared/items.ts';
import type { TeacherSession } from '../../../../src/shared/people.ts';
import type { SessionView } from '../../../../src/shared/quiz.ts';
import { callFails, callOk, openSeedHandlers } from '../quiz/support/seedItems.ts';
import { fixtureRequest, kelvick, wexmoor } from './support/articleSources.ts';
import { savedFixture } from './support/savedSet.ts';

// The article set calls as the renderer makes them: through invokeCall and the contract's schemas, on the handlers
// api.ts puts together (the real content folder, a fresh data folder, a real results database).

async function teacher(): Promise<{ handlers: Handlers; dataDir: string; token: string }> {
  const { handlers, dataDir } = openSeedHandlers();
  const { token } = await callOk<TeacherSession>(handlers, 'setTeacherPin', { pin: '1357' });
  return { handlers, dataDir, token };
}

async function untilSettled(handlers: Handlers, token: string, jobId: string): Promise<ImportJobStatus[]> {
  const seen: ImportJobStatus[] = [];
  for (;;) {
    const status = await callOk<ImportJobStatus>(handlers, 'articleImportStatus', { token, jobId });
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every item of every skill the set has, as many as there are: the session holds exactly the served items. */
function wholeSet(setId: string): object {
  return { mode: 'practice', setIds: [setId], skills: [...skills], count: 200, seed: 7 };
}

describe('article set calls', () => {
  it('every call needs a live teacher token', async () => {
    const { handlers, dataDir } = await teacher();
    const setId = await savedFixture(dataDir, kelvick);
    const token = 'a-token-from-before-a-restart';
    const calls: [string, object][] = [
      ['startArticleImport', { token, ...(await fixtureRequest(kelvick)) }],
      ['articleImportStatus', { token, jobId: 'job' }],
      ['cancelArticleImport', { token, jobId: 'job' }],
      ['listImportedSets', { token }],
      ['openSetReview', { token, setId }],
      ['editSetReview', { token, setId, edits: [{ itemId: 'x', status: 'accepted' }] }],
      ['publishSet', { token, setId, published: true }],
      ['exportPack', { token, setId }],
      ['deleteImportedSet', { token, setId }],
      ['importPack', { token, fileName: 'a.json', base64: '' }],
    ];
    for (const [name, args] of calls) {
      expect((await callFails(handlers, name, args)).code, name).toBe('TEACHER_LOCKED');
      const { token: _dropped, ...withoutToken } = args as { token: string };
      expect((await callFails(handlers, name, withoutToken)).code, name).toBe('BAD_ARGUMENT');
    }
  });

  it('a generation started by a call is followed by polling to the saved set', async () => {
    const { handlers, token } = await teacher();
    const request = await fixtureRequest(wexmoor);
    const started = await callOk<ImportJobStatus>(handlers, 'startArticleImport', { token, ...request });
    expect(started.state).toBe('running');
    const seen = await untilSettled(handlers, token, started.jobId);
    const done = seen.at(-1);
    expect(done).toMatchObject({ state: 'done', result: { title: request.title, problems: [], alreadyThere: false } });
    expect(done?.result?.itemCount).toBeGreaterThan(0);
    const { sets, problems } = await callOk<ImportedSetList>(handlers, 'listImportedSets', { token });
    expect(problems).toEqual([]);
    expect(sets).toMatchObject([{ id: done?.result?.setId, published: false }]);
    expect(sets[0]?.counts.pending).toBe(done?.result?.itemCount);
  });

  it('a published set serves only its accepted items, with the teacher’s wording, to a student’s session', async () => {
    const { handlers, dataDir, token } = await teacher();
    const setId = await savedFixture(dataDir, kelvick);
    const review = await callOk<ImportedSetReview>(handlers, 'openSetReview', { token, setId });
    const [edited, accepted, rejected] = review.items.map((entry) => entry.item);
    if (!edited || !accepted || !rejected) throw new Error('the fixture set has fewer than 3 items');

    // Not published yet: no session, and the home screen does not list it.
    expect((await callFails(handlers, 'startSession', wholeSet(setId))).code).toBe('NOT_FOUND');
    expect((await callFails(handlers, 'publishSet', { token, setId, published: true })).code).toBe('NO_ITEMS');

    const prompt = `In your own words: ${edited.prompt}`;
    const after = await callOk<ImportedSetReview>(handlers, 'editSetReview', {
      token,
      setId,
      edits: [
        { itemId: edited.id, status: 'accepted', prompt },
        { itemId: accepted.id, status: 'accepted' },
        { itemId: rejected.id, status: 'rejected' },
      ],
    });
    expect(after.counts).toEqual({ accepted: 2, rejected: 1, pending: review.items.length - 3 });
    // The key is not the teacher's to change.
    expect(
      (
        await callFails(handlers, 'editSetReview', {
          token,
          setId,
          edits: [{ itemId: accepted.id, key: { kind: 'single', optionId: 'x' } }],
        })
      ).code,
    ).toBe('BAD_ARGUMENT');

    const published = await callOk<ImportedSetSummary>(handlers, 'publishSet', { token, setId, published: true });
    expect(published.published).toBe(true);
    const session = await callOk<SessionView>(handlers, 'startSession', wholeSet(setId));
    expect(session.items.map((item) => item.id).sort()).toEqual([edited.id, accepted.id].sort());
    expect(session.items.find((item) => item.id === edited.id)?.prompt).toBe(prompt);

    const { sets } = await callOk<{ sets: ArticleSet[] }>(handlers, 'listArticleSets', {});
    const listed = sets.find((set) => set.id === setId);
    expect(listed?.articles.length).toBe(review.articles.length);
    const file = review.articles[0]?.file ?? '';
    const article = await callOk<ArticleView>(handlers, 'readArticle', { setId, file });
    expect(article.lines.length).toBeGreaterThan(0);

    await callOk<ImportedSetSummary>(handlers, 'publishSet', { token, setId, published: false });
    expect((await callFails(handlers, 'startSession', wholeSet(setId))).code).toBe('NOT_FOUND');
    expect((await callFails(handlers, 'readArticle', { setId, file })).code).toBe('NOT_FOUND');
  });

  it('a set travels as a pack from one data folder to another, review and all', async () => {
    const from = await teacher();
    const setId = await savedFixture(from.dataDir, kelvick);
    const review = await callOk<ImportedSetReview>(from.handlers, 'openSetReview', { token: from.token, setId });
    const first = review.items[0]?.item.id ?? '';
    await callOk(from.handlers, 'editSetReview', {
      token: from.token,
      setId,
      edits: [{ itemId: first, status: 'accepted' }],
    });
    await callOk(from.handlers, 'publishSet', { token: from.token, setId, published: true });
    const pack = await callOk<ExportFile>(from.handlers, 'exportPack', { token: from.token, setId });
    expect(pack).toMatchObject({ mimeType: 'application/json', encoding: 'utf8' });

    const to = await teacher();
    const base64 = Buffer.from(pack.data, 'utf8').toString('base64');
    const imported = await callOk<PackImport>(to.handlers, 'importPack', {
      token: to.token,
      fileName: pack.fileName,
      base64,
    });
    expect(imported).toEqual({ setId, title: review.title, alreadyThere: false });
    const { sets } = await callOk<ImportedSetList>(to.handlers, 'listImportedSets', { token: to.token });
    expect(sets).toMatchObject([{ id: setId, published: true, counts: { accepted: 1 } }]);
    const session = await callOk<SessionView>(to.handlers, 'startSession', wholeSet(setId));
    expect(session.items.map((item) => item.id)).toEqual([first]);

    // A damaged pack is refused with its reason, and the data folder keeps what it had.
    const damaged = Buffer.from(pack.data.slice(0, pack.data.length / 2), 'utf8').toString('base64');
    const error = await callFails(to.handlers, 'importPack', {
      token: to.token,
      fileName: 'cut.json',
      base64: damaged,
    });
    expect(error).toMatchObject({ code: 'BAD_IMPORT', message: expect.stringContaining('cut.json') });
    expect(
      await callOk<PackImport>(to.handlers, 'importPack', { token: to.token, fileName: 'again.json', base64 }),
    ).toMatchObject({ alreadyThere: true });
  });

  it('deletes a set nothing asks for, and keeps one an assignment asks', async () => {
    const { handlers, dataDir, token } = await teacher();
    const kept = await savedFixture(dataDir, kelvick);
    const dropped = await savedFixture(dataDir, wexmoor);
    const review = await callOk<ImportedSetReview>(handlers, 'openSetReview', { token, setId: kept });
    await callOk(handlers, 'editSetReview', {
      token,
      setId: kept,
      edits: review.items.map((entry) => ({ itemId: entry.item.id, status: 'accepted' })),
    });
    await callOk(handlers, 'publishSet', { token, setId: kept, published: true });
    await callOk(handlers, 'createAssignment', {
      token,
      spec: { name: 'Dam week', setIds: [kept], skills: ['clutter'], count: 2, mode: 'test', feedback: 'end' },
    });

    const refused = await callFails(handlers, 'deleteImportedSet', { token, setId: kept });
    expect(refused.message).toContain('“Dam week”');
    await callOk(handlers, 'deleteImportedSet', { token, setId: dropped });
    const { sets } = await callOk<ImportedSetList>(handlers, 'listImportedSets', { token });
    expect(sets.map((set) => set.id)).toEqual([kept]);
    expect(readdirSync(join(dataDir, 'sets'))).toEqual([kept]);
    const gone = await callFails(handlers, 'deleteImportedSet', { token, setId: dropped });
    expect(gone.code).toBe('NOT_FOUND');
  });
});
