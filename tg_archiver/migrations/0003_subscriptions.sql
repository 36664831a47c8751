-- Digest subscriptions made from a chat with /subscribe: one row per chat and topic.
--
-- A chat subscribes to a topic (a canonical tag such as SCO) on a schedule: every day at a
-- time, or every week on a weekday at a time, in a time zone. Re-subscribing the same topic
-- in the same chat changes the schedule of the existing row.

CREATE TABLE subscriptions (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL,   -- telethon's marked peer id (-100... for groups)
    topic          TEXT    NOT NULL COLLATE NOCASE,
    schedule_kind  TEXT    NOT NULL CHECK (schedule_kind IN ('daily', 'weekly')),
    weekday        INTEGER CHECK (weekday BETWEEN 0 AND 6),   -- 0 = Monday; weekly only
    time           TEXT    NOT NULL,   -- 'HH:MM', in timezone
    timezone       TEXT    NOT NULL DEFAULT 'UTC',
    created_by     INTEGER,            -- Telegram user id
    created_at     TEXT    NOT NULL,
    UNIQUE (chat_id, topic),
    CHECK ((schedule_kind = 'weekly') = (weekday IS NOT NULL))
);
