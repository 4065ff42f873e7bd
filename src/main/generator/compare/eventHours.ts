import type { LineRef } from '../../../shared/analysis.ts';
import type { FactFinding } from './finding.ts';
import type { DatedEvent } from './datedEvents.ts';
import { compareDates } from './compareDates.ts';
import { groupMentions } from './factGroups.ts';
import { findingsFor } from './factFindings.ts';
import { describeEvent } from './eventDescription.ts';
import { pushTo } from './pushTo.ts';
import type { ValueMatch } from './factValues.ts';

// The first clock time a news article gives is, nearly always, the hour of the event the story is about: "the coach
// left the road at around 4.20pm", "the break-in happened at about 2.50am". Outlets tell that moment with
// different verbs ("smashed through a barrier just before 4pm", "overturned at 16:10"), so the words around the
// times often share nothing. Each article's first hour is compared with the others' when they fall on the same
// day and less than an hour and a half apart; further apart, the first hour of one article is more likely another
// moment of the story (a software update at 2.30am before a failure at 4.50am).

/** Minutes two first hours may stand apart and still be read as one moment. */
const window = 90;

/** Each article's first clock time, compared across the articles that give one near the others. */
export function findEventHours(events: readonly DatedEvent[]): FactFinding[] {
  const first = new Map<string, DatedEvent>();
  for (const event of events) {
    if (!event.time?.clock || event.time.range || event.datesAFigure) continue;
    const known = first.get(event.file);
    if (!known || event.order < known.order) first.set(event.file, event);
  }
  const byFile = new Map<string, DatedEvent[]>();
  for (const event of events) {
    if (event.time?.clock) pushTo(byFile, event.file, event);
  }
  const groups = groupMentions([...first.values()], {
    keys: () => ['first hour'],
    relate: (a, b) => (near(a, b) ? 1 : 0),
    exclusive: true,
  });
  // An article that also gives the other's hour, at any point, takes no side.
  const givesToo = (event: DatedEvent, other: DatedEvent): boolean =>
    (byFile.get(event.file) ?? []).some((own) => compareDates(own, other) === 'same');
  const compare = (a: DatedEvent, b: DatedEvent): ValueMatch => {
    const match = compareDates(a, b);
    return match === 'different' && (givesToo(a, b) || givesToo(b, a)) ? 'compatible' : match;
  };
  return groups.flatMap((group) =>
    findingsFor(group, {
      kind: 'date',
      fact: describeEvent(group),
      compare,
      refOf,
      reasonsFor: (a, b) => [`"${a.text}" and "${b.text}" are the first hour each article gives, on one day`],
    }),
  );
}

function near(a: DatedEvent, b: DatedEvent): boolean {
  if (!a.time || !b.time) return false;
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
  return Math.max(a.time.low, b.time.low) - Math.min(a.time.high, b.time.high) <= window;
}

function refOf(event: DatedEvent): LineRef {
  return { file: event.file, line: event.sentence.line, text: event.text };
}
