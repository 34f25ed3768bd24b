-- Who may sign in to the web pages. Lives in the service's database file beside the results; plain SQL.
-- Passwords only as salted PBKDF2 hashes (see PasswordHash); one-time passwords are flagged until changed.

CREATE TABLE IF NOT EXISTS accounts (
    login                TEXT    PRIMARY KEY,   -- as typed at sign-in, lower case
    kind                 TEXT    NOT NULL,      -- COORDINATOR or SCHOOL
    school               TEXT    NOT NULL,      -- FIS OKO login of the school, '' for a coordinator
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    password_changed_at  TEXT    NOT NULL
);
