import { describe, expect, it } from 'vitest';
import { exportPack } from '../../../../src/main/articleImport/exportPack.ts';
import { importPack } from '../../../../src/main/articleImport/importPack.ts';
import { packChecksum, type ContentPack } from '../../../../src/main/articleImport/packSchema.ts';
import { createImportedItemBank } from '../../../../src/main/articleImport/publishedSets.ts';
import { editReview, openSetReview, publishSet } from '../../../../src/main/articleImport/reviewSet.ts';
import { useTempDir } from '../../../support/tempDir.ts';
import { kelvick, wexmoor } from './support/articleSources.ts';
import { folderSnapshot } from './support/folderSnapshot.ts';
import { generatedFixture, savedFixture } from './support/savedSet.ts';

const tempDir = useTempDir('crossread-pack-');

/** The Kelvick set reviewed (a third accepted, one reworded), published and exported as a pack. */
async function exportedPack(): Promise<{ text: string; setId: string; from: string }> {
  const from = await tempDir();
  const setId = await savedFixture(from, kelvick);
  const items = (await generatedFixture(kelvick)).items;
  await editReview(from, setId, [
    ...items.filter((_, i) => i % 3 === 0).map((item) => ({ itemId: item.id, status: 'accepted' as const })),
    { itemId: items[1]?.id ?? '', status: 'rejected', explanation: 'Too easy: the headline gives it away.' },
  ]);
  await publishSet(from, setId, true);
  const pack = await exportPack(from, setId);
  if (!pack.ok) throw new Error(pack.error.message);
  expect(pack.value).toMatchObject({ fileName: `${setId}.crossread-pack.json`, mimeType: 'application/json' });
  return { text: pack.value.data, setId, from };
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The pack with `change` made and its checksum made to fit again: what a careful hand edit looks like. */
function resealed(text: string, change: (pack: ContentPack) => void): string {
  const pack = JSON.parse(text) as ContentPack;
  change(pack);
  pack.sha256 = packChecksum(pack.set);
  return JSON.stringify(pack, null, 2);
}

describe('content packs', () => {
  it('carry a set with its review to another data folder: the same items, statuses, wording and publication', async () => {
    const { text, setId, from } = await exportedPack();
    const to = await tempDir();
    const imported = await importPack(to, 'kelvick.json', bytes(text));
    expect(imported).toEqual({
      ok: true,
      value: { setId, title: (await generatedFixture(kelvick)).set.title, alreadyThere: false },
    });
    expect(await openSetReview(to, setId)).toEqual(await openSetReview(from, setId));
    expect(await createImportedItemBank(to).load(setId)).toEqual(await createImportedItemBank(from).load(setId));
    // The articles arrive byte for byte, so the folders are the same.
    expect(await folderSnapshot(to)).toEqual(await folderSnapshot(from));

    // Re-exported on the second computer: the same pack.
    const again = await exportPack(to, setId);
    expect(again.ok && again.value.data).toBe(text);
  });

  it('adds nothing when the same pack is imported twice', async () => {
    const { text, setId } = await exportedPack();
    const to = await tempDir();
    await importPack(to, 'kelvick.json', bytes(text));
    // The teacher goes on reviewing here; a second import of the old pack must not undo it.
    await publishSet(to, setId, false);
    const before = await folderSnapshot(to);
    const second = await importPack(to, 'kelvick.json', bytes(text));
    expect(second).toMatchObject({ ok: true, value: { setId, alreadyThere: true } });
    expect(await folderSnapshot(to)).toEqual(before);
  });

  it('refuses a damaged, edited, foreign or inconsistent pack with its reason, and changes nothing', async () => {
    const { text } = await exportedPack();
    const to = await tempDir();
    await savedFixture(to, wexmoor);
    const before = await folderSnapshot(to);

    const firstArticle = text.indexOf('"text": "') + 20;
    const badPacks: [string, string, RegExp][] = [
      [
        'one byte changed in an article',
        text.slice(0, firstArticle) + (text[firstArticle] === 'x' ? 'y' : 'x') + text.slice(firstArticle + 1),
        /does not match its checksum/,
      ],
      ['re-indented but otherwise edited', text.replace('"published": true', '"published": false'), /checksum/],
      ['cut short', text.slice(0, Math.floor(text.length / 2)), /not complete JSON/],
      ['a newer version', text.replace('"version": 1', '"version": 2'), /version 2 pack.*reads version 1/],
      ['not a pack at all', JSON.stringify({ set: 'x' }), /not a Crossread content pack/],
      [
        'an article taken out (checksum redone)',
        resealed(text, (pack) => pack.set.articles.splice(1, 1)),
        /points at article 02_newsflash24\.txt, which the pack does not hold|shows article 02_newsflash24\.txt/,
      ],
      [
        'evidence that is not in its article (checksum redone)',
        resealed(text, (pack) => {
          const passage = pack.set.items[0]?.evidence[0];
          if (passage) passage.text = [...passage.text].reverse().join('');
        }),
        /the evidence of item [a-z]+-[0-9a-f]{12} is not the text of line \d+ of \d\d_[a-z0-9-]+\.txt/,
      ],
      [
        'a key that is not one of the options (checksum redone)',
        resealed(text, (pack) => {
          const item = pack.set.items.find((i) => i.format === 'single_choice');
          if (item) item.key = 'z';
        }),
        /key "z" is not one of the options/,
      ],
      [
        'an unknown field (checksum redone)',
        resealed(text, (pack) => Object.assign(pack.set, { trusted: true })),
        /Unrecognized key.*trusted/,
      ],
      [
        'a title changed (checksum redone)',
        resealed(text, (pack) => (pack.set.title = 'Another title')),
        /set id .* does not match its title and articles/,
      ],
      [
        'an article over 2 MB (checksum redone)',
        resealed(text, (pack) => {
          const article = pack.set.articles[0];
          if (article) article.text = article.text.repeat(Math.ceil((2 * 1024 * 1024) / article.text.length) + 1);
        }),
        /articles\.0\.text: an article is at most 2 MB/,
      ],
    ];
    for (const [what, pack, reason] of badPacks) {
      const result = await importPack(to, 'kelvick.json', bytes(pack));
      expect(result.ok, what).toBe(false);
      if (!result.ok) {
        expect(result.error.code, what).toBe('BAD_IMPORT');
        expect(result.error.message, what).toMatch(/^kelvick\.json cannot be imported: /);
        expect(result.error.message, what).toMatch(reason);
      }
      expect(await folderSnapshot(to), what).toEqual(before);
    }
    const notText = await importPack(to, 'photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
    expect(notText.ok ? '' : notText.error.message).toMatch(/not UTF-8 text/);
  });
});
