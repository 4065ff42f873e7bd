import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// The flag a ship sails under, first met on the oil-leak set ("Liberian-flagged" / "Marshall Islands-flagged").
// Written here with a cargo ship and a cruise ship; a country and its adjective are one flag.

const names = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'name');

describe('the flag a ship sails under', () => {
  it('differs between two countries and agrees between a country and its adjective', () => {
    const found = names({
      'a.txt': 'The Panamanian-flagged bulk carrier Orla Bay lost power off Skerrow on Monday.',
      'b.txt': 'The Panama-registered Orla Bay lost power off Skerrow on Monday, the coastguard said.',
      'c.txt': 'The bulk carrier, which sails under the Maltese flag, lost power off Skerrow on Monday.',
    });
    expect(found.disagreements).toContainEqual(['Panamanian-flagged', 'Maltese flag']);
    expect(found.agreements).toContainEqual(['Panamanian-flagged', 'Panama-registered']);
  });

  it('leaves an article that gives two flags, and words that flag no ship', () => {
    expect(
      names({
        'a.txt':
          'The Bahamas-flagged cruise ship, re-registered from the Maltese-flagged fleet in 2024, docked at Holm.',
        'b.txt': 'The Maltese-flagged cruise ship docked at Holm on Sunday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Inspectors have red-flagged the crane’s brakes, the port said.',
        'b.txt': 'Inspectors had flagged the crane’s brakes in March, the port said.',
      }).disagreements,
    ).toEqual([]);
  });
});
