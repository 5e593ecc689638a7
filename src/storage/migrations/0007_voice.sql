-- Baton team file, schema version 7: trust and voice.
-- Conflicts climb the charter's ladder; ideas, concerns and questions anyone may raise, with
-- no author at all when raised anonymously; the psychological-safety pulse; and
-- shared-responsibility reviews of what went wrong, which name factors and never a person.
--
-- The short lists inside a record (a conflict's parties and steps, a review's participants,
-- factors and follow-ups, a pulse's respondents) are JSON arrays in a column: a team holds a
-- few hundred of these records, never millions, and every list is read and written whole.

CREATE TABLE conflicts (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    parties     TEXT NOT NULL DEFAULT '[]',
    raised_on   TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'withdrawn')),
    steps       TEXT NOT NULL DEFAULT '[]',
    resolution  TEXT NOT NULL DEFAULT '',
    resolved_on TEXT,
    decision    TEXT REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
    updated_at  TEXT NOT NULL,
    retracted   INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
);
CREATE INDEX conflicts_status ON conflicts (status, raised_on);

-- An anonymous item's author is NULL: there is no other column, table or history field that
-- keeps who raised it.
CREATE TABLE voice_items (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('idea', 'concern', 'question')),
    text       TEXT NOT NULL,
    author     TEXT REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    raised_on  TEXT,
    status     TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'acted_on', 'declined')),
    response   TEXT NOT NULL DEFAULT '',
    responder  TEXT REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    initiative TEXT REFERENCES initiatives (id) DEFERRABLE INITIALLY DEFERRED,
    decision   TEXT REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
    updated_at TEXT NOT NULL,
    retracted  INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
);
CREATE INDEX voice_items_status ON voice_items (status, raised_on);

-- Who responded (`responded`, sorted by member id) and what was answered (pulse_responses)
-- are kept apart. pulse_responses has no row id and no time; its key orders the answers by
-- their values, and the repository rewrites a pulse's answers whole in that order, so neither
-- the rows nor their place in the file tell who answered, or when.
CREATE TABLE pulses (
    rid           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    opened_on     TEXT,
    closed_on     TEXT,
    min_responses INTEGER NOT NULL DEFAULT 5 CHECK (min_responses >= 3),
    responded     TEXT NOT NULL DEFAULT '[]',
    updated_at    TEXT NOT NULL,
    retracted     INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
);

CREATE TABLE pulse_responses (
    pulse   TEXT NOT NULL REFERENCES pulses (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    answers TEXT NOT NULL CHECK (length(answers) = 7 AND answers NOT GLOB '*[^1-7]*'),
    n       INTEGER NOT NULL, -- 0, 1, ... among equal answers
    PRIMARY KEY (pulse, answers, n)
) WITHOUT ROWID;

CREATE TABLE reviews (
    rid                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    subject_kind         TEXT NOT NULL CHECK (subject_kind IN ('commitment', 'initiative', 'decision')),
    subject              TEXT NOT NULL,
    held_on              TEXT,
    participants         TEXT NOT NULL DEFAULT '[]',
    what_happened        TEXT NOT NULL DEFAULT '',
    contributing_factors TEXT NOT NULL DEFAULT '[]',
    what_we_change       TEXT NOT NULL DEFAULT '',
    follow_ups           TEXT NOT NULL DEFAULT '[]',
    updated_at           TEXT NOT NULL,
    retracted            INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
);
CREATE INDEX reviews_subject ON reviews (subject_kind, subject);

-- A team server knows the login behind every change it receives, so a change that must keep no
-- author (an anonymous voice item, a pulse answer) stays on this workstation. A pulse's answers
-- reach the server with its closing, as the facilitator's change, once there are enough of them.
DROP TRIGGER sync_outbox;
CREATE TRIGGER sync_outbox AFTER INSERT ON changes
WHEN NEW.kind <> 'team' AND NEW.operation NOT IN ('raise-anonymous-voice-item', 'record-pulse-response')
     AND EXISTS (SELECT 1 FROM sync_link WHERE applying = 0)
BEGIN
    UPDATE sync_link SET hlc = max(hlc + 1, CAST((julianday(NEW.at) - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
    INSERT INTO sync_changes (change_id, hlc, author, at, operation, kind, record, origin, local_seq)
    VALUES (lower(hex(randomblob(16))), (SELECT hlc FROM sync_link), coalesce(NEW.author, ''), NEW.at,
            NEW.operation, NEW.kind, NEW.record, 'local', NEW.seq);
END;
