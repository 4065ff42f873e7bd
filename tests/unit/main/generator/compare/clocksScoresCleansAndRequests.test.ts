import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// Facts first met on the cruise-outbreak and airport sets, told here in other trades' words: a system that "came
// back", a wire's 24-hour clock, a "deep clean" and how long it takes, a score "out of 100", a cruise line's
// "guests", a title with a level word before it, and people "asked" to do something. Each beside the clean case that
// must stay quiet.

const disagreements = disagreementsWithOtherNews;

describe('clocks, scores, cleans and requests, told in other trades', () => {
  it('dates a system that "came back" as its restoring', () => {
    const a = "The hospital's booking platform came back at 1.50pm, nine hours after the outage began.";
    const b = (time: string) =>
      `Staff said everything had come back ${time}, after what managers called a power fault.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('shortly before 4pm') }, 'date')).toEqual([
      ['1.50pm', 'shortly before 4pm'],
    ]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('at 1.50pm') }, 'date')).toEqual([]);
  });

  it('reads a wire\'s "at 1400 local time" as a clock', () => {
    const a = 'The central bank announced its decision at 1400 local time on Thursday.';
    const b = (time: string) => `The central bank announced its decision at ${time} on Thursday, as expected.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('3pm') }, 'date')).toEqual([
      ['1400 local time on Thursday', '3pm on Thursday'],
    ]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('2pm') }, 'date')).toEqual([]);
  });

  it('reads "a two-week deep clean" and "expected to take ten days" as one length', () => {
    const a = 'The stadium needs a two-week deep clean before it can reopen, the club says.';
    const b = (length: string) => `A deep clean of the stadium is expected to take ${length}, the club said.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('ten days') }, 'number')).toEqual([['two-week', 'ten days']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('14 days') }, 'number')).toEqual([]);
  });

  it('reads "88 out of 100" as a score told to the point', () => {
    const a = 'The restaurant scored 88 out of 100 at its last hygiene inspection in May.';
    const b = (score: string) => `At its last hygiene inspection, in May, the restaurant scored ${score} out of 100.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('91') }, 'number')).toEqual([['88 out of 100', '91 out of 100']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('88') }, 'number')).toEqual([]);
  });

  it('counts a cruise line\'s "guests" as its passengers', () => {
    const a = 'The ferry was carrying 1,240 passengers when it ran aground off the point.';
    const b = (count: string) => `The ferry had ${count} guests aboard when it ran aground off the point.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('1,420') }, 'number')).toEqual([['1,240', '1,420']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('1,240') }, 'number')).toEqual([]);
  });

  it('reads "the board\'s chief food safety officer" as a title, not a lone "chief"', () => {
    const a = "Dr Mara Voss, the board's chief food safety officer, said the plant would stay shut.";
    expect(
      disagreements(
        { 'a.txt': a, 'b.txt': "Dr Mara Voss, the board's director of public health, said the plant would stay shut." },
        'name',
      ),
    ).toEqual([
      ["Mara Voss, the board's chief food safety officer", "Mara Voss, the board's director of public health"],
    ]);
    expect(
      disagreements(
        { 'a.txt': a, 'b.txt': "Mara Voss, the board's chief food safety officer, told reporters the plant was shut." },
        'name',
      ),
    ).toEqual([]);
  });

  it('reads "asked to stay" as a request, against "ordered to stay", whoever reports it', () => {
    const a = 'The pupils with a cough had been asked to stay at home until the rash faded, Greyvale School said.';
    const b = (verb: string) => `Parents told The Gazette the pupils had been ${verb} to stay at home.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('ordered') }, 'claim')).toHaveLength(1);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('advised') }, 'claim')).toEqual([]);
  });

  it('reads "asked to leave by the chair" as a polite order, not a request', () => {
    const b = 'The councillor was ordered to leave the chamber after the vote.';
    const a = (who: string) => `The councillor was asked to leave the chamber ${who} after the vote.`;
    expect(disagreements({ 'a.txt': a('by the mayor'), 'b.txt': b }, 'claim')).toEqual([]);
    expect(disagreements({ 'a.txt': a('again'), 'b.txt': b }, 'claim')).toHaveLength(1);
  });

  it('reads "pushed back" past an aside as a postponement, against a cancelled "departure" told in full', () => {
    const a = 'The next sailing, scheduled for Saturday, has been pushed back to Tuesday, the ferry company said.';
    const b = (verb: string) =>
      `Next departure ${verb}\n\nThe next departure, which was due on Saturday, has been ${verb}.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('cancelled') }, 'claim')).toEqual([
      [a, 'The next departure, which was due on Saturday, has been cancelled.'],
    ]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('postponed') }, 'claim')).toEqual([]);
  });
});
