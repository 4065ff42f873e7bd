// The database schema, one migration per version. A migration is never edited once released: a change is a new
// migration at the end. `PRAGMA user_version` records how many have run, so a file from a newer Crossread (a
// higher version than this list knows) is recognised and refused instead of being misread.
//
// Tables are STRICT so a value of the wrong type is an error at the write, not a surprise in a report. Lists and
// responses are JSON text: they are read and written whole, never queried inside.

export const migrations: readonly string[] = [
  `
  CREATE TABLE students (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    group_name TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    student_id TEXT REFERENCES students (id),
    mode TEXT NOT NULL CHECK (mode IN ('practice', 'test')),
    seed INTEGER NOT NULL,
    set_ids TEXT NOT NULL,
    skills TEXT NOT NULL,
    requested_count INTEGER NOT NULL,
    -- [{ "id", "skill" }] in the order asked: reports and imports need each item's skill without the item bank.
    items TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER
  ) STRICT;
  CREATE INDEX sessions_by_student ON sessions (student_id, started_at);
  CREATE INDEX sessions_by_start ON sessions (started_at);

  -- One row per answer, written and committed when the answer is submitted. The key makes an answer imported
  -- twice count once.
  CREATE TABLE answers (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    item_id TEXT NOT NULL,
    skill TEXT NOT NULL,
    response TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    hits INTEGER NOT NULL,
    misses INTEGER NOT NULL,
    false_alarms INTEGER NOT NULL,
    correct_rejections INTEGER NOT NULL,
    PRIMARY KEY (session_id, item_id)
  ) STRICT;
  CREATE INDEX answers_by_item ON answers (item_id);

  -- Small named values: the teacher PIN's scrypt hash, this computer's id for results files.
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // v2, classroom: assignments a teacher made or imported (the whole assignment as JSON, read and written whole),
  // and on each session the assignment it was taken for, its feedback timing and time limit. Sessions keep the
  // assignment's id without a foreign key: results imported from another computer may name an assignment this one
  // never had.
  `
  CREATE TABLE assignments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    imported_at INTEGER
  ) STRICT;

  ALTER TABLE sessions ADD COLUMN assignment_id TEXT;
  ALTER TABLE sessions ADD COLUMN feedback TEXT CHECK (feedback IN ('during', 'end'));
  ALTER TABLE sessions ADD COLUMN time_limit_ms INTEGER CHECK (time_limit_ms > 0);
  CREATE INDEX sessions_by_assignment ON sessions (assignment_id, started_at);
  `,
];

export const schemaVersion = migrations.length;
