-- Baton team file, schema version 2: the append-only, hash-chained change history, and
-- retraction (a record entered by mistake is hidden, never deleted). Who created and who last
-- changed a record is read from the history from now on; the created_by / updated_by columns
-- of version 1 are kept for old files but no longer written.

ALTER TABLE members ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE expertise_areas ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE expertise ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE endorsements ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE initiatives ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE contributions ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE decisions ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));
ALTER TABLE commitments ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1));

-- Retracted rows are few: these tiny partial indexes let a list count all rows from a
-- covering index and subtract the retracted ones, instead of reading every row.
CREATE INDEX decisions_retracted ON decisions (rid) WHERE retracted = 1;
CREATE INDEX commitments_retracted ON commitments (rid) WHERE retracted = 1;
CREATE INDEX initiatives_retracted ON initiatives (rid) WHERE retracted = 1;

-- One row per change to one record. `before` and `after` hold every field of the record as
-- canonical JSON (NULL before a record existed). `hash` is the hex SHA-256 over the previous
-- entry's hash and this entry's canonical encoding (see storage/HistoryLog.cpp), so removing,
-- reordering or editing an entry breaks the chain from there on.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    author    TEXT,
    operation TEXT NOT NULL,
    kind      TEXT NOT NULL,
    record    TEXT NOT NULL,
    before    TEXT,
    after     TEXT NOT NULL,
    undoes    INTEGER,
    hash      TEXT NOT NULL
);
CREATE INDEX changes_record ON changes (record, seq);
CREATE INDEX changes_author ON changes (author, seq);
CREATE INDEX changes_kind ON changes (kind, seq);
CREATE INDEX changes_at ON changes (at);

CREATE TRIGGER changes_are_never_updated BEFORE UPDATE ON changes
BEGIN
    SELECT RAISE(ABORT, 'the change history is append-only: entries cannot be changed');
END;
CREATE TRIGGER changes_are_never_deleted BEFORE DELETE ON changes
BEGIN
    SELECT RAISE(ABORT, 'the change history is append-only: entries cannot be deleted');
END;
