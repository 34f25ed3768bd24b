-- The schema of the last version before migrations (schema.sql + accounts.sql, issue 18), as users' files have it.
-- The service's own database. Plain SQL (no SQLite-only features beyond the pragmas set in code) so that
-- PostgreSQL can follow. Times are ISO-8601 instants in UTC; nothing is ever deleted.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

-- Every file received, accepted or not: the journal of intake.
CREATE TABLE IF NOT EXISTS files (
    id               INTEGER PRIMARY KEY,
    claim_id         TEXT    NOT NULL UNIQUE,   -- the intake claim this file came from: processed exactly once
    sha256           TEXT    NOT NULL,
    original_name    TEXT    NOT NULL,
    source           TEXT    NOT NULL,          -- 'папка' (inbox) or 'веб' (upload form)
    sender_school    TEXT,                      -- school folder or signed-in school, as given
    school           TEXT    NOT NULL,          -- resolved FIS OKO login, '' when unknown
    received_at      TEXT    NOT NULL,
    size_bytes       INTEGER NOT NULL,
    archive_path     TEXT    NOT NULL,          -- relative to the data folder
    status           TEXT    NOT NULL,          -- ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED, DUPLICATE
    omitted_problems INTEGER NOT NULL,
    duplicate_of     INTEGER REFERENCES files (id),
    receipt_path     TEXT    NOT NULL           -- relative to the outbox
);
CREATE INDEX IF NOT EXISTS files_by_hash ON files (sha256);
CREATE INDEX IF NOT EXISTS files_by_school ON files (school);

CREATE TABLE IF NOT EXISTS problems (
    file_id  INTEGER NOT NULL REFERENCES files (id),
    position INTEGER NOT NULL,
    severity TEXT    NOT NULL,
    sheet    TEXT    NOT NULL,
    cell     TEXT    NOT NULL,
    message  TEXT    NOT NULL,
    found    TEXT    NOT NULL,
    expected TEXT    NOT NULL,
    PRIMARY KEY (file_id, position)
);

-- The works a file was for, as far as its check could tell: also for rejected files, so that the coordinator's
-- table shows which school's work waits for a corrected file. Files recorded before this table have no rows.
CREATE TABLE IF NOT EXISTS file_works (
    file_id INTEGER NOT NULL REFERENCES files (id),
    year    INTEGER NOT NULL,
    subject TEXT    NOT NULL,
    grade   INTEGER NOT NULL,
    PRIMARY KEY (file_id, year, subject, grade)
);
CREATE INDEX IF NOT EXISTS file_works_by_year ON file_works (year);

-- Accepted results of one school for one work; a resubmission replaces the current one (replaced_by is set).
CREATE TABLE IF NOT EXISTS submissions (
    id           INTEGER PRIMARY KEY,
    file_id      INTEGER NOT NULL REFERENCES files (id),
    school       TEXT    NOT NULL,
    year         INTEGER NOT NULL,
    subject      TEXT    NOT NULL,
    grade        INTEGER NOT NULL,
    sheets       TEXT    NOT NULL,              -- sheet names joined by a line feed
    tasks        TEXT    NOT NULL,              -- code:max:level;… in the order of participants' points
    participants INTEGER NOT NULL,
    accepted_at  TEXT    NOT NULL,
    replaced_by  INTEGER REFERENCES submissions (id)
);
CREATE INDEX IF NOT EXISTS submissions_current ON submissions (year, school, subject, grade, replaced_by);
-- A receipt lists the submissions its file brought: without this every receipt read the whole table.
CREATE INDEX IF NOT EXISTS submissions_by_file ON submissions (file_id);

CREATE TABLE IF NOT EXISTS participants (
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    row_number    INTEGER NOT NULL,
    code          TEXT    NOT NULL,
    class_name    TEXT    NOT NULL,
    sex           TEXT    NOT NULL,
    variant       TEXT    NOT NULL,
    absent        INTEGER NOT NULL,
    journal_mark  INTEGER,
    primary_score INTEGER NOT NULL,
    points        TEXT    NOT NULL,             -- see Points.encode: '1;0;X;2'
    PRIMARY KEY (submission_id, row_number)
);

-- What each generated document was last made from, so it is regenerated only when its data changed.
CREATE TABLE IF NOT EXISTS outputs (
    path        TEXT PRIMARY KEY,                -- relative to the outbox
    fingerprint TEXT NOT NULL,
    written_at  TEXT NOT NULL
);

-- Federal lists of schools with signs of non-objectivity, imported through the inbox (the reference's own sheet is
-- read with the reference). For each year the rows of the latest file that brought that year are in force.
CREATE TABLE IF NOT EXISTS federal_list (
    file_id      INTEGER NOT NULL REFERENCES files (id),
    position     INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    login        TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    markers      TEXT    NOT NULL,              -- the marked works joined by a line feed
    marker_count INTEGER NOT NULL,
    origin       TEXT    NOT NULL,              -- file, sheet and row it came from
    PRIMARY KEY (file_id, position)
);
CREATE INDEX IF NOT EXISTS federal_list_by_year ON federal_list (year, file_id);

-- Works scored again by the municipal commission (re-check protocols received through the inbox); for each work
-- the row of the latest protocol is in force.
CREATE TABLE IF NOT EXISTS recheck_results (
    file_id    INTEGER NOT NULL REFERENCES files (id),
    position   INTEGER NOT NULL,
    school     TEXT    NOT NULL,
    year       INTEGER NOT NULL,
    subject    TEXT    NOT NULL,
    grade      INTEGER NOT NULL,
    code       TEXT    NOT NULL,
    task_codes TEXT    NOT NULL,                -- the protocol's task columns joined by ';'
    points     TEXT    NOT NULL,                -- see Points.encode, in the order of task_codes
    sheet      TEXT    NOT NULL,
    row_number INTEGER NOT NULL,
    PRIMARY KEY (file_id, position)
);
CREATE INDEX IF NOT EXISTS recheck_by_work ON recheck_results (year, school, subject, grade, code);

-- The journal of intake: every step in the life of every received file (taken, archived, checked, quarantined,
-- recorded, receipt written, done), one row per step, written as it happens, so a crash leaves a true trail.
-- The steps of one arrival share claim_id; from «archived» on they carry the content's sha256, which ties together
-- every arrival of the same bytes. Exactly once: files.claim_id is unique, and every taken claim is either in files
-- or still in the work folder (see Journal.unrecordedClaims).
CREATE TABLE IF NOT EXISTS file_events (
    id       INTEGER PRIMARY KEY,
    at       TEXT    NOT NULL,
    step     TEXT    NOT NULL,                  -- received, claimed, resumed, archived, checked, quarantined,
                                                -- recorded, receipt, done, failed, waiting
    claim_id TEXT,                              -- null only for «waiting»: the file is not taken yet
    sha256   TEXT,                              -- null before «archived»
    file_id  INTEGER REFERENCES files (id),     -- from «recorded» on
    name     TEXT    NOT NULL,                  -- the sender's file name
    school   TEXT,
    detail   TEXT    NOT NULL                   -- key=value pairs, as in the log line of the step
);
CREATE INDEX IF NOT EXISTS file_events_by_hash ON file_events (sha256);
CREATE INDEX IF NOT EXISTS file_events_by_claim ON file_events (claim_id);

-- Files seen in the inbox and not taken yet: when each was first seen and last changed (by the program's clock),
-- so the wait for a file that never becomes whole is counted over runs — a `process` run from a scheduler gives up
-- on it after the give-up time like the service does, instead of starting afresh every run.
CREATE TABLE IF NOT EXISTS inbox_seen (
    path       TEXT    PRIMARY KEY,             -- relative to the inbox, '/' between folders
    size       INTEGER NOT NULL,
    modified   INTEGER NOT NULL,                -- the file's own modification time, ms
    since      TEXT    NOT NULL,                -- when size or modification time last changed
    first_seen TEXT    NOT NULL,
    reported   INTEGER NOT NULL                 -- already reported as waiting too long
);
-- Who may sign in to the web pages. Lives in the service's database file beside the results; plain SQL.
-- Passwords only as salted PBKDF2 hashes (see PasswordHash); one-time passwords are flagged until changed.

CREATE TABLE IF NOT EXISTS accounts (
    login                TEXT    PRIMARY KEY,   -- as typed at sign-in, lower case
    kind                 TEXT    NOT NULL,      -- COORDINATOR or SCHOOL
    school               TEXT    NOT NULL,      -- FIS OKO login of the school, '' for a coordinator
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    password_changed_at  TEXT    NOT NULL,
    disabled_at          TEXT                   -- set while a coordinator has disabled the account
);

-- Signed-in web sessions, so that a restart (or a second instance on the same database) signs nobody out. The
-- browser's cookie holds a random 256-bit id; only its SHA-256 is kept here, so a copy of the database (a backup)
-- opens no session. Sessions before sign-in (the sign-in form's token) stay in memory only.
CREATE TABLE IF NOT EXISTS sessions (
    token_hash   TEXT PRIMARY KEY,
    login        TEXT NOT NULL,
    csrf         TEXT NOT NULL,                 -- the synchronizer token of the session's forms
    signed_in_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL                  -- updated at most once a minute; idle sessions end
);
CREATE INDEX IF NOT EXISTS sessions_by_login ON sessions (login);
