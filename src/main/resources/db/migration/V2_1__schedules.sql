-- V2.1: the VPR schedule (issue 13, «График проведения ВПР»). Numbered 2.1 because V2 is the accounts' Java
-- migration and V3 is kept for the observers: the two branches merge without renumbering.
-- Every «График» workbook received, accepted or rejected, with the school and year it was for; a school's latest
-- accepted schedule of a year is in force, the earlier ones stay on record. Nothing is deleted.
CREATE TABLE IF NOT EXISTS schedules (
    file_id  INTEGER NOT NULL PRIMARY KEY REFERENCES files (id),
    school   TEXT    NOT NULL,                  -- FIS OKO login, '' when the file named no known school
    year     INTEGER NOT NULL,
    accepted INTEGER NOT NULL                   -- 1: accepted (its sittings below), 0: rejected (none)
);
CREATE INDEX IF NOT EXISTS schedules_by_school ON schedules (year, school, accepted, file_id);

-- The sittings of an accepted schedule: a school writes a work on a date in the listed classes.
CREATE TABLE IF NOT EXISTS schedule_sittings (
    file_id      INTEGER NOT NULL REFERENCES files (id),
    position     INTEGER NOT NULL,
    school       TEXT    NOT NULL,
    sitting_date TEXT    NOT NULL,              -- ISO date, 2026-04-15
    year         INTEGER NOT NULL,
    subject      TEXT    NOT NULL,
    grade        INTEGER NOT NULL,
    classes      TEXT    NOT NULL,              -- «4А;4Б», '' when the row named no class
    PRIMARY KEY (file_id, position)
);
