-- Alerts: a chat is told of each new post matching a search, once, as the post is stored.
--
-- An alert fires for posts stored after it was made (id > after_post), never for copies
-- (duplicate_of set): a story is told once, by its first post. alert_sends is the
-- exactly-once record: a row is written before the message is sent and sent_at after
-- Telegram accepted it; a restart resends only rows whose sent_at is NULL, with the same
-- random_id, so Telegram refuses a message it already has.

CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    chat        TEXT    NOT NULL,   -- telethon's marked peer id, as text
    query       TEXT    NOT NULL,   -- the search as typed (archive.query syntax)
    origin      TEXT    NOT NULL DEFAULT 'chat' CHECK (origin IN ('chat', 'config')),
    created_by  INTEGER,            -- Telegram user id; NULL for [[alerts]] in the config
    created_at  TEXT    NOT NULL,
    after_post  INTEGER NOT NULL,   -- posts.id up to which this alert has looked
    UNIQUE (chat, query)
);

CREATE TABLE alert_sends (
    alert_id    INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    post_id     INTEGER NOT NULL,
    message     TEXT    NOT NULL,   -- the composed HTML, so a resend carries the same text
    message_id  INTEGER,
    sent_at     TEXT,
    PRIMARY KEY (alert_id, post_id)
);
