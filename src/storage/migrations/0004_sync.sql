-- Baton team file, schema version 4: the local replica of a team server (docs/adr/0009).
-- A file that was never published or joined leaves these tables empty and pays nothing.

-- The server this file is a replica of: at most one row. `baseline_seq` is the last history
-- entry that came with the team when it was published or joined; `cursor` the last server
-- change applied here; `hlc` this replica's hybrid logical clock (milliseconds * 65536 + a
-- counter), which orders every change the same way on every replica; `facilitator` what the
-- server last said of this login, so edits it would refuse are refused here first.
CREATE TABLE sync_link (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    server       TEXT NOT NULL,
    team         TEXT NOT NULL,
    member       TEXT,
    facilitator  INTEGER NOT NULL DEFAULT 0 CHECK (facilitator IN (0, 1)),
    baseline_seq INTEGER NOT NULL,
    cursor       INTEGER NOT NULL DEFAULT 0,
    hlc          INTEGER NOT NULL DEFAULT 0,
    applying     INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);

-- Every change since the baseline, from here or from the server, as its author made it.
-- A change made here keeps its fields in `changes` (local_seq) and has none of its own;
-- one from the server carries `before` and `after` as its author's replica wrote them.
-- `server_seq` is empty until the server has accepted the change; `refused` holds the
-- server's reason when it would not (a change made here), `parked` why a change from the
-- server cannot be applied here (not a valid record, a reference this replica cannot follow:
-- the same on every replica). Neither takes part in the merge.
CREATE TABLE sync_changes (
    change_id  TEXT PRIMARY KEY,
    hlc        INTEGER NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    operation  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    record     TEXT NOT NULL,
    origin     TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
    before     TEXT,
    after      TEXT,
    local_seq  INTEGER UNIQUE,
    server_seq INTEGER UNIQUE,
    refused    TEXT,
    parked     TEXT
) WITHOUT ROWID;
CREATE INDEX sync_changes_order ON sync_changes (kind, record, hlc, author, change_id);
CREATE INDEX sync_changes_unsent ON sync_changes (local_seq) WHERE server_seq IS NULL AND refused IS NULL;
-- Refused and parked changes are few: the status bar counts them after every sync round.
CREATE INDEX sync_changes_set_aside ON sync_changes (hlc) WHERE refused IS NOT NULL OR parked IS NOT NULL;

-- Two changes of one field where the later (in clock order) did not see the earlier: the
-- later wins everywhere, the earlier stays here until a facilitator settles it.
CREATE TABLE sync_conflicts (
    kind        TEXT NOT NULL,
    record      TEXT NOT NULL,
    field       TEXT NOT NULL,
    winner      TEXT NOT NULL,
    loser       TEXT NOT NULL,
    kept_value  TEXT NOT NULL,
    lost_value  TEXT NOT NULL,
    settled_by  TEXT,
    PRIMARY KEY (kind, record, field, loser)
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_open ON sync_conflicts (kind, record) WHERE settled_by IS NULL;

-- Each change made here while linked joins the outbox with the next clock value. Changes the
-- sync itself applies (applying = 1, only inside its own transaction) do not.
CREATE TRIGGER sync_outbox AFTER INSERT ON changes
WHEN NEW.kind <> 'team' AND EXISTS (SELECT 1 FROM sync_link WHERE applying = 0)
BEGIN
    UPDATE sync_link SET hlc = max(hlc + 1, CAST((julianday(NEW.at) - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
    INSERT INTO sync_changes (change_id, hlc, author, at, operation, kind, record, origin, local_seq)
    VALUES (lower(hex(randomblob(16))), (SELECT hlc FROM sync_link), coalesce(NEW.author, ''), NEW.at,
            NEW.operation, NEW.kind, NEW.record, 'local', NEW.seq);
END;
