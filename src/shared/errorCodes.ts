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
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface CrossreadError {
  code: ErrorCode;
  message: string;
}
