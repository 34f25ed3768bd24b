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
