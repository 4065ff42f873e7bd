import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// "No injuries were reported" against people hurt, and a thing closed for a while against closed for good.
// Phrasings from industry, health, transport, schools and sport, beside look-alikes that must stay quiet.

const claims = (texts: Record<string, string>) =>
  findIn(texts).disagreements.filter((fact) => fact.kind === 'claim' && fact.fact.startsWith('Whether'));

describe('no harm reported', () => {
  it('denies that anybody was hurt or killed', () => {
    expect(
      claims({
        'a.txt': 'No injuries were reported after the blast at the refinery.',
        'b.txt': 'Two workers were injured in the blast at the refinery.',
      }).map((fact) => fact.fact),
    ).toEqual(['Whether anyone was injured']);
    expect(
      claims({
        'a.txt': 'No deaths have been recorded in the outbreak.',
        'b.txt': 'Three patients died in the outbreak.',
      }),
    ).toHaveLength(1);
  });

  it('stays quiet for harm that is not ruled out, for damage, and for two articles alike', () => {
    expect(
      claims({
        'a.txt': 'No serious injuries were reported after the crash.',
        'b.txt': 'Two passengers suffered minor injuries in the crash.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'No damage was reported after the quake.',
        'b.txt': 'Two homes were damaged in the quake.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'No injuries were reported after the blast.',
        'b.txt': 'Nobody was hurt in the blast.',
      }),
    ).toEqual([]);
  });
});

describe('closed for a while or for good', () => {
  it('reports one thing told as mothballed or temporarily closed and as shut for good', () => {
    expect(
      claims({
        'a.txt': 'The leisure centre will be mothballed next year.',
        'b.txt': 'The leisure centre is being shut for good next year.',
      }).map((fact) => fact.fact),
    ).toEqual(['Whether the leisure centre was closed for a while']);
    expect(
      claims({
        'a.txt': 'The runway was temporarily closed after the crash.',
        'b.txt': 'The runway was closed permanently after the crash.',
      }),
    ).toHaveLength(1);
  });

  it('reads a suspension or a pause as for a while, not called off, and a thing axed or scrapped as gone', () => {
    expect(
      claims({
        'a.txt': 'The rail strike planned for Friday has been suspended while talks continue.',
        'b.txt': 'The rail strike planned for Friday has been called off.',
      }).map((fact) => fact.fact),
    ).toEqual(['Whether the rail strike was suspended']);
    expect(
      claims({
        'a.txt': 'The murder trial was suspended after a juror fell ill.',
        'b.txt': 'The murder trial was postponed after a juror fell ill.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The night bus service, suspended since March, will return when drivers are found.',
        'b.txt': 'The night bus service has been axed, the operator confirmed.',
      }).map((fact) => fact.fact),
    ).toEqual(['Whether the night bus service was suspended']);
    expect(
      claims({
        'a.txt': 'The youth orchestra has been paused while the council reviews its budget.',
        'b.txt': 'The youth orchestra has been scrapped by the council.',
      }),
    ).toHaveLength(1);
    expect(
      claims({
        'a.txt': 'The youth orchestra has been paused while the council reviews its budget.',
        'b.txt': 'The youth orchestra was suspended for the summer.',
      }),
    ).toEqual([]);
  });

  it('stays quiet for a plain closure, a possibility, two things and one side told twice', () => {
    expect(
      claims({
        'a.txt': 'The mine will close for good in June.',
        'b.txt': 'The mine will close in June.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The school could be mothballed.',
        'b.txt': 'The school is being shut for good.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The pool will be mothballed.',
        'b.txt': 'The library is being shut for good.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The plant will close permanently.',
        'b.txt': 'The plant will be shut for good.',
      }),
    ).toEqual([]);
  });
});
