import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createImportedItemBank,
  listImportedSets,
  listPublishedSets,
  publishedArticleSets,
} from '../../../../src/main/articleImport/publishedSets.ts';
import { readImportedArticle } from '../../../../src/main/articleImport/readImportedArticle.ts';
import { editReview, openSetReview, publishSet } from '../../../../src/main/articleImport/reviewSet.ts';
import { loadBankItems } from '../../../../src/main/quiz/bankItems.ts';
import { createItemBank, withImportedSets } from '../../../../src/main/quiz/itemBank.ts';
import { contentDir, seedSetId } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { kelvick } from './support/articleSources.ts';
import { generatedFixture, savedFixture } from './support/savedSet.ts';

const tempDir = useTempDir('crossread-review-');

describe('reviewing an imported set', () => {
  it('starts with every item pending and the set unpublished', async () => {
    const dataDir = await tempDir();
    const setId = await savedFixture(dataDir, kelvick);
    const review = await openSetReview(dataDir, setId);
    if (!review.ok) throw new Error(review.error.message);
    const generated = await generatedFixture(kelvick);
    expect(review.value.published).toBe(false);
    expect(review.value.items.map((r) => r.item)).toEqual(generated.items);
    expect(review.value.counts).toEqual({ pending: generated.items.length, accepted: 0, rejected: 0 });
  });

  it('keeps accepts, rejects and reworded prompts and explanations when the set is opened again', async () => {
    const dataDir = await tempDir();
    const setId = await savedFixture(dataDir, kelvick);
    const [first, second, third] = (await generatedFixture(kelvick)).items;
    if (!first || !second || !third) throw new Error('too few items');
    const edited = await editReview(dataDir, setId, [
      { itemId: first.id, status: 'accepted', prompt: 'Which outlet gives a different number of homes evacuated?' },
      { itemId: second.id, status: 'rejected' },
      { itemId: third.id, explanation: 'Read the second paragraph of each article again.' },
    ]);
    if (!edited.ok) throw new Error(edited.error.message);

    const reopened = await openSetReview(dataDir, setId);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const byId = new Map(reopened.value.items.map((r) => [r.item.id, r]));
    expect(byId.get(first.id)).toEqual({
      item: { ...first, prompt: 'Which outlet gives a different number of homes evacuated?' },
      status: 'accepted',
      edited: true,
    });
    expect(byId.get(second.id)).toEqual({ item: second, status: 'rejected', edited: false });
    expect(byId.get(third.id)).toEqual({
      item: { ...third, explanation: 'Read the second paragraph of each article again.' },
      status: 'pending',
      edited: true,
    });
    expect(reopened.value.counts).toMatchObject({ accepted: 1, rejected: 1 });

    // Writing the generated wording back drops the teacher's version.
    await editReview(dataDir, setId, [{ itemId: first.id, prompt: first.prompt }]);
    const back = await openSetReview(dataDir, setId);
    expect(back.ok && back.value.items.find((r) => r.item.id === first.id)).toEqual({
      item: first,
      status: 'accepted',
      edited: false,
    });
  });

  it('refuses an edit of the key, the options or the evidence, and changes nothing', async () => {
    const dataDir = await tempDir();
    const setId = await savedFixture(dataDir, kelvick);
    const reviewFile = join(dataDir, 'sets', setId, 'review.json');
    const before = await readFile(reviewFile, 'utf8');
    const items = (await generatedFixture(kelvick)).items;
    const choice = items.find((item) => item.format === 'single_choice');
    if (!choice || choice.format !== 'single_choice') throw new Error('no single-choice item');
    const otherOption = choice.options.find((o) => o.id !== choice.key)?.id;
    for (const change of [{ key: otherOption }, { options: [] }, { evidence: [] }, { clean: !choice.clean }]) {
      // The first edit is fine: the whole list is refused all the same.
      const edit = await editReview(dataDir, setId, [
        { itemId: choice.id, status: 'accepted' },
        { itemId: choice.id, ...change },
      ]);
      expect(edit.ok ? 'ok' : edit.error.code).toBe('BAD_ARGUMENT');
      expect(edit.ok ? '' : edit.error.message).toContain(`tries to change ${Object.keys(change)[0]}`);
    }
    const unknown = await editReview(dataDir, setId, [{ itemId: 'compare-000000000000', status: 'accepted' }]);
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('NOT_FOUND');
    const empty = await editReview(dataDir, setId, [{ itemId: choice.id, prompt: '   ' }]);
    expect(empty.ok ? 'ok' : empty.error.code).toBe('BAD_ARGUMENT');
    expect(await readFile(reviewFile, 'utf8')).toBe(before);
  });

  it('serves only the accepted items of a published set, with the teacher’s wording', async () => {
    const dataDir = await tempDir();
    const setId = await savedFixture(dataDir, kelvick);
    const items = (await generatedFixture(kelvick)).items;
    const bank = createImportedItemBank(dataDir);

    expect(await publishSet(dataDir, setId, true)).toMatchObject({ ok: false, error: { code: 'NO_ITEMS' } });
    const accepted = items.filter((_, index) => index % 3 === 0);
    const rejected = items.filter((_, index) => index % 3 === 1);
    await editReview(dataDir, setId, [
      ...accepted.map((item) => ({ itemId: item.id, status: 'accepted' as const })),
      ...rejected.map((item) => ({ itemId: item.id, status: 'rejected' as const })),
      { itemId: accepted[0]?.id ?? '', prompt: 'A prompt the teacher wrote.' },
    ]);
    // Accepted but not published: nothing reaches a session.
    expect(await bank.load(setId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await listPublishedSets(dataDir)).toEqual([]);

    expect(await publishSet(dataDir, setId, true)).toMatchObject({ ok: true, value: { published: true } });
    const served = await bank.load(setId);
    if (!served.ok) throw new Error(served.error.message);
    expect(served.value.map((item) => item.id)).toEqual(accepted.map((item) => item.id));
    expect(served.value[0]?.prompt).toBe('A prompt the teacher wrote.');
    expect(served.value.slice(1)).toEqual(accepted.slice(1));
    const published = await listPublishedSets(dataDir);
    expect(published).toEqual([{ setId, title: (await generatedFixture(kelvick)).set.title, items: served.value }]);

    // Sessions draw from content/ sets and published imported sets through one bank.
    const combined = withImportedSets(createItemBank(contentDir), bank);
    const both = await loadBankItems(combined, [seedSetId, setId]);
    if (!both.ok) throw new Error(both.error.message);
    expect(both.value.filter((b) => b.setId === setId).map((b) => b.item)).toEqual(served.value);
    expect(both.value.filter((b) => b.setId === seedSetId).length).toBeGreaterThan(20);

    const home = await publishedArticleSets(dataDir);
    expect(home.map((set) => [set.id, set.articles.length])).toEqual([[setId, 4]]);
    expect(home[0]?.articles[0]?.wordCount).toBeGreaterThan(300);

    // Taken back: out of sessions again.
    await publishSet(dataDir, setId, false);
    expect(await bank.load(setId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const listed = await listImportedSets(dataDir);
    expect(listed.sets.map((s) => [s.id, s.published, s.counts.accepted])).toEqual([[setId, false, accepted.length]]);
  });

  it('shows a published set’s article lines where its items’ evidence points, and no unpublished set’s', async () => {
    const dataDir = await tempDir();
    const setId = await savedFixture(dataDir, kelvick);
    const { items } = await generatedFixture(kelvick);
    const firstFile = items[0]?.evidence[0]?.file ?? '';
    expect(await readImportedArticle(dataDir, setId, firstFile)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await editReview(dataDir, setId, [{ itemId: items[0]?.id ?? '', status: 'accepted' }]);
    await publishSet(dataDir, setId, true);
    for (const item of items) {
      for (const passage of item.evidence) {
        const article = await readImportedArticle(dataDir, setId, passage.file);
        if (!article.ok) throw new Error(article.error.message);
        const line = article.value.lines.find((l) => l.line === passage.line);
        expect(line?.text.slice(passage.start, passage.end)).toBe(passage.text);
      }
    }
    expect(await readImportedArticle(dataDir, setId, '../set.json')).toMatchObject({ ok: false });
  });
});
