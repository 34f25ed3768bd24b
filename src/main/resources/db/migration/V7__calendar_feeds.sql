-- The secret addresses of the coordinators' calendar subscriptions: Outlook and Thunderbird fetch a subscribed
-- calendar without signing in, so the address itself is the key. Only the SHA-256 of its random token is kept, as
-- for sessions (a copy of the database opens no feed); one address per account, a new one replaces the old.
CREATE TABLE IF NOT EXISTS calendar_feeds (
    login      TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
