import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findSceneMentions } from '../../../../../src/main/generator/compare/sceneScales.ts';
import { findIn } from './compareTexts.ts';

// One scene told on two steps of a scale: a scuffle or clashes, a protest or a strike. Sentences from the
// plant-closure fixture set, and look-alikes that must stay quiet.

function steps(text: string): string[] {
  return sentencesOfLine('story.txt', 1, text).flatMap((sentence) =>
    findSceneMentions(sentence).map((mention) => `${mention.level}: ${mention.words}`),
  );
}

describe('findSceneMentions', () => {
  it('reads the step of a confrontation and of workers’ action, with the words that tell it', () => {
    expect(steps('There was some pushing and shoving when a lorry tried to leave the site.')).toEqual([
      'scuffle: pushing and shoving',
    ]);
    expect(steps('There were angry clashes at the gates as police were called.')).toEqual(['clash: clashes']);
    expect(steps('On 07/06 the workers went on strike at the factory gates.')).toEqual(['stoppage: went on strike']);
    expect(steps('FURIOUS workers walked out of the giant Wexmoor washing-machine factory this morning.')).toEqual([
      'stoppage: walked out',
    ]);
    expect(steps('Pickets gathered at the depot gates before dawn.')).toEqual(['stoppage: Pickets']);
  });

  it('leaves out air strikes, denials and the words of a quotation', () => {
    expect(steps('An air strike hit the depot on Tuesday.')).toEqual([]);
    expect(steps('There were no clashes at the gates.')).toEqual([]);
    expect(steps('"This was never a riot," the chief constable said.')).toEqual([]);
  });

  it('leaves out a strike still to be decided: balloted for, voted on or threatened', () => {
    expect(steps('The drivers’ union will open a ballot for strike action next week.')).toEqual([]);
    expect(steps('The union announced a strike ballot at the depot.')).toEqual([]);
    expect(steps('Porters have threatened further strikes over the new rota.')).toEqual([]);
    expect(steps('Porters went on strike over the new rota.')).toEqual(['stoppage: went on strike']);
  });
});

describe('findSceneFacts', () => {
  it('reports one scene told as a scuffle and as clashes, and as a protest and as a strike', () => {
    const { disagreements } = findIn({
      'thunder.txt':
        'There were angry clashes at the gates as police were called when a lorry tried to leave the site.',
      'ardle.txt':
        'On Wednesday several hundred workers gathered at the factory gates during their lunch break for what organisers called a peaceful protest.\n\nThere was some pushing and shoving when a lorry tried to leave the site.',
      'nordvik.txt':
        'On Wednesday the workers went on strike at the factory gates, and the police arrested one person.',
    });
    const scenes = disagreements.filter((fact) => fact.fact.startsWith('What happened'));
    expect(scenes.map((fact) => fact.values.map((value) => value.file))).toEqual([
      ['thunder.txt', 'ardle.txt'],
      ['ardle.txt', 'nordvik.txt'],
    ]);
  });

  it('sets no strike ballot against a protest over the same plans', () => {
    const { disagreements } = findIn({
      'a.txt':
        'The hospital trust will cut 200 posts and close two wards, prompting the nurses’ union to announce a ballot for strike action.',
      'b.txt': 'Dozens of patients’ relatives gathered in protest at plans to cut 200 posts and close two wards.',
    });
    expect(disagreements.filter((fact) => fact.fact.startsWith('What happened'))).toEqual([]);
  });

  it('says nothing of two scenes that share only a place, nor of one article told both ways', () => {
    const { disagreements } = findIn({
      'a.txt': 'Nurses held a protest outside the main entrance of the hospital on Monday.',
      'b.txt': 'Bus drivers went on strike across the region on Monday. Dozens protested outside the depot.',
      'c.txt': 'Workers went on strike at the plant, and later staged a protest at the plant gates.',
      'd.txt': 'Workers held a protest at the plant gates during the strike.',
    });
    expect(disagreements.filter((fact) => fact.fact.startsWith('What happened'))).toEqual([]);
  });
});

describe('how a gathering went', () => {
  it('reads angry scenes and a confrontation against a peaceful gathering, told in the sentence before "it"', () => {
    expect(steps('There were angry scenes at the terminal gate this morning.')).toEqual(['hostile: angry scenes']);
    expect(steps('Dozens of dockers confronted managers over safety.')).toEqual(['hostile: confronted']);
    expect(steps('It was a short, peaceful gathering.')).toEqual(['peaceful: peaceful']);
    expect(steps('They backed the U.N. Committee on the Peaceful Uses of Outer Space.')).toEqual([]);
    expect(steps('The council confronted a £5m shortfall in its budget.')).toEqual([]);
    const { disagreements } = findIn({
      'ebc.txt':
        'There were angry scenes at the terminal gate this morning as dozens of dockers confronted managers over safety.',
      'tidings.txt':
        'On Tuesday afternoon about sixty dockers gathered at the terminal gate. It was a short, peaceful gathering: I saw handshakes, not fists.',
    });
    expect(disagreements.filter((fact) => fact.fact.startsWith('What happened')).map((fact) => fact.fact)).toEqual([
      'What happened: "angry scenes" or "peaceful"',
    ]);
  });

  it('says nothing of a peaceful gathering and angry scenes somewhere else', () => {
    const { disagreements } = findIn({
      'ebc.txt': 'There were angry scenes at the council chamber as protesters confronted councillors.',
      'tidings.txt':
        'On Tuesday afternoon about sixty dockers gathered at the terminal gate. It was a short, peaceful gathering.',
    });
    expect(disagreements.filter((fact) => fact.fact.startsWith('What happened'))).toEqual([]);
  });
});
