-- V8: the public observers' reports (issue 13). The order as issued and the reports that come back for it.
-- The visits of the observers' order as last made for a year: one row per school and date, the observer sent
-- there ('' when nobody could be). Replaced whole each time the order is made again; a report is matched against
-- the order the observer received, not against a plan that later schedules may have changed.
CREATE TABLE IF NOT EXISTS observer_visits (
    year         INTEGER NOT NULL,
    school       TEXT    NOT NULL,              -- FIS OKO login
    sitting_date TEXT    NOT NULL,              -- ISO date, 2026-04-15
    works        TEXT    NOT NULL,              -- «Математика, 4 класс (4А, 4Б); …», as the order prints them
    observer     TEXT    NOT NULL,
    report_due   TEXT    NOT NULL,              -- ISO date
    PRIMARY KEY (year, school, sitting_date)
);

-- Every observer's report received, accepted or rejected. The latest accepted report of a school and date counts;
-- the earlier ones stay on record. Nothing is deleted.
CREATE TABLE IF NOT EXISTS observer_reports (
    file_id      INTEGER NOT NULL PRIMARY KEY REFERENCES files (id),
    year         INTEGER NOT NULL,
    school       TEXT    NOT NULL,              -- '' when the file named no known school
    sitting_date TEXT    NOT NULL,              -- ISO date, '' when it could not be read
    observer     TEXT    NOT NULL,
    accepted     INTEGER NOT NULL,
    violations   TEXT    NOT NULL,              -- the questions answered «нет» with their comments, one per line
    remarks      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS observer_reports_by_visit ON observer_reports (year, school, sitting_date, accepted, file_id);
