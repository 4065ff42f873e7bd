// Typed codes for code; every failure that crosses the contract carries one of these plus a sentence for people.
export const errorCodes = [
  'BAD_ARGUMENT',
  'UNKNOWN_CALL',
  'FOREIGN_SENDER',
  'NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_NOT_UTF8',
  'FILE_BINARY',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'BAD_CONTENT',
  // Quiz sessions: a session id main does not know, an item that is not one of the session's, a response that
  // does not fit the item (wrong format, an option or line the item does not have, the same one twice), a second
  // answer to an item, any change to a finished session, and a request no item in the chosen sets can fill.
  'UNKNOWN_SESSION',
  'ITEM_NOT_IN_SESSION',
  'BAD_RESPONSE',
  'ALREADY_ANSWERED',
  'SESSION_FINISHED',
  'NO_ITEMS',
  // Storage and people: a database written by a newer Crossread (left untouched), a write that failed, a student
  // id this computer does not know, the teacher PIN not set yet / already set / wrong / tried too often, a teacher
  // token that is missing, expired or from before a restart, a results file that cannot be imported, a capability
  // this shell lacks (a save dialog in browser mode), and a report that could not be printed.
  'STORAGE_REFUSED',
  'STORAGE_FAILED',
  'UNKNOWN_STUDENT',
  'PIN_NOT_SET',
  'PIN_ALREADY_SET',
  'WRONG_PIN',
  'TOO_MANY_ATTEMPTS',
  'TEACHER_LOCKED',
  'BAD_IMPORT',
  'NOT_AVAILABLE',
  'PRINT_FAILED',
  // Classroom: a session this computer's classroom lock does not allow, an answer after a timed session's end, a
  // test assignment a student has already handed in, and an assignment file that cannot be imported (not one, damaged, edited, or naming items this computer lacks).
  'CLASSROOM_LOCKED',
  'TIME_UP',
  'ALREADY_TAKEN',
  'BAD_ASSIGNMENT',
  'INTERNAL',
  // Article import: the teacher cancelled a generation before it finished; nothing was written.
  'CANCELLED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface CrossreadError {
  code: ErrorCode;
  message: string;
}
