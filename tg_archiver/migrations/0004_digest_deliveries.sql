-- Digest deliveries: one row per digest, target chat and period, so a period is sent once.
--
-- The row is written before the first message is sent, with the composed messages, and
-- sent_parts / message_ids advance after each message is sent. A restart that finds a row
-- with finished_at NULL resumes at part sent_parts of the same messages: sent parts are never
-- sent again, the rest never skipped. The next period starts at the last period_end.

CREATE TABLE digest_deliveries (
    digest        TEXT    NOT NULL,   -- a configured digest's name, or a subscription's key
    chat          TEXT    NOT NULL,   -- 'console' or a Telegram chat id
    period_start  TEXT    NOT NULL,
    period_end    TEXT    NOT NULL,
    parts         INTEGER NOT NULL,
    sent_parts    INTEGER NOT NULL DEFAULT 0,
    messages      TEXT    NOT NULL,   -- JSON list of the composed HTML messages
    message_ids   TEXT    NOT NULL DEFAULT '[]',   -- JSON list, one per sent part
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    PRIMARY KEY (digest, chat, period_end)
);
