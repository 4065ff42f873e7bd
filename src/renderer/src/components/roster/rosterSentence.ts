// What a roster import did, in a sentence: "Added 24 students; 2 were already here." Students already here are
// said apart, so importing the same roster twice plainly adds nothing.

export interface RosterCounts {
  added: number;
  alreadyThere: number;
}

const students = (n: number): string => `${n} ${n === 1 ? 'student' : 'students'}`;
const were = (n: number): string => (n === 1 ? 'was' : 'were');

export function rosterSentence({ added, alreadyThere }: RosterCounts): string {
  if (added > 0) {
    return alreadyThere > 0
      ? `Added ${students(added)}; ${alreadyThere} ${were(alreadyThere)} already here.`
      : `Added ${students(added)}.`;
  }
  if (alreadyThere > 0) return `Nothing new: ${students(alreadyThere)} ${were(alreadyThere)} already here.`;
  return 'No students were added.';
}
