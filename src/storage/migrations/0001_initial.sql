-- Baton team file, schema version 1.
-- Ids are the exchange format's lowercase UUID strings; references use them directly.
-- Dates are 'YYYY-MM-DD' text, timestamps RFC 3339 UTC text: both sort as text.

CREATE TABLE team (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 800),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Per-file settings such as which member uses this workstation.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE members (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    email       TEXT COLLATE NOCASE UNIQUE,
    title       TEXT,
    facilitator INTEGER NOT NULL DEFAULT 0 CHECK (facilitator IN (0, 1)),
    joined_on   TEXT,
    left_on     TEXT,
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT
);

CREATE TABLE expertise_areas (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    parent      TEXT REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT
);
CREATE INDEX expertise_areas_parent ON expertise_areas (parent);

CREATE TABLE expertise (
    member         TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    area           TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    wants_to_learn INTEGER NOT NULL DEFAULT 0 CHECK (wants_to_learn IN (0, 1)),
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (member, area)
) WITHOUT ROWID;
CREATE INDEX expertise_area ON expertise (area);

CREATE TABLE endorsements (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    endorser   TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    member     TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    area       TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    note       TEXT NOT NULL DEFAULT '',
    endorsed_on TEXT,
    updated_at TEXT NOT NULL,
    CHECK (endorser <> member)
);
CREATE INDEX endorsements_member ON endorsements (member, area);

CREATE TABLE initiatives (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'missed', 'cancelled')),
    started_on  TEXT,
    due_on      TEXT,
    closed_on   TEXT,
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT
);
CREATE INDEX initiatives_title ON initiatives (title, rid);
CREATE INDEX initiatives_status ON initiatives (status, title, rid);

CREATE TABLE initiative_areas (
    initiative TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position   INTEGER NOT NULL,
    area       TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (initiative, position)
) WITHOUT ROWID;

-- Leadership history: appended by handoffs, read by the leadership review.
CREATE TABLE lead_stints (
    initiative TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position   INTEGER NOT NULL,
    member     TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    role       TEXT NOT NULL CHECK (role IN ('lead', 'co-lead')),
    from_on    TEXT NOT NULL,
    to_on      TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (initiative, position)
) WITHOUT ROWID;
CREATE INDEX lead_stints_member ON lead_stints (member, from_on);

CREATE TABLE contributions (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    initiative  TEXT NOT NULL REFERENCES initiatives (id) DEFERRABLE INITIALLY DEFERRED,
    member      TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'blocked')),
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT
);
CREATE INDEX contributions_initiative ON contributions (initiative);

CREATE TABLE contribution_dependencies (
    contribution TEXT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position     INTEGER NOT NULL,
    depends_on   TEXT NOT NULL REFERENCES contributions (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (contribution, position)
) WITHOUT ROWID;

CREATE TABLE decisions (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    context     TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    rationale   TEXT NOT NULL DEFAULT '',
    method      TEXT NOT NULL CHECK (method IN ('consensus', 'consent', 'advice', 'expert', 'majority_vote', 'delegated')),
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'decided', 'superseded', 'reversed', 'withdrawn')),
    initiative  TEXT REFERENCES initiatives (id) DEFERRABLE INITIALLY DEFERRED,
    proposed_on TEXT,
    decide_by   TEXT,
    decided_on  TEXT,
    review_on   TEXT,
    accountable TEXT REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    supersedes  TEXT REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT,
    -- The date the decision list sorts by: when it was decided, else proposed, else last touched.
    listed_on   TEXT GENERATED ALWAYS AS (coalesce(decided_on, proposed_on, substr(updated_at, 1, 10))) VIRTUAL,
    CHECK (status IN ('proposed', 'withdrawn') OR accountable IS NOT NULL)
);
CREATE INDEX decisions_listed ON decisions (listed_on, rid);
CREATE INDEX decisions_status ON decisions (status, listed_on, rid);
CREATE INDEX decisions_deadline ON decisions (decide_by) WHERE status = 'proposed';
CREATE INDEX decisions_initiative ON decisions (initiative);
CREATE INDEX decisions_accountable ON decisions (accountable);
CREATE INDEX decisions_supersedes ON decisions (supersedes) WHERE supersedes IS NOT NULL;

CREATE TABLE decision_options (
    decision TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (decision, position)
) WITHOUT ROWID;

CREATE TABLE decision_areas (
    decision TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    area     TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (decision, position)
) WITHOUT ROWID;

CREATE TABLE decision_participants (
    decision TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member   TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    role     TEXT NOT NULL CHECK (role IN ('proposer', 'decider', 'advisor', 'consulted', 'informed')),
    stance   TEXT NOT NULL CHECK (stance IN ('support', 'concern', 'objection', 'abstain', 'none')),
    comment  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision, position)
) WITHOUT ROWID;
CREATE INDEX decision_participants_member ON decision_participants (member);

CREATE TABLE commitments (
    rid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    owner       TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    decision    TEXT REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
    initiative  TEXT REFERENCES initiatives (id) DEFERRABLE INITIALLY DEFERRED,
    due_on      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'missed', 'dropped')),
    closed_on   TEXT,
    outcome     TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    created_by  TEXT,
    updated_by  TEXT,
    -- The commitment list sorts by due date, undated ones last.
    due_key     TEXT GENERATED ALWAYS AS (coalesce(due_on, '9999-12-31')) VIRTUAL
);
CREATE INDEX commitments_due_key ON commitments (due_key, rid);
CREATE INDEX commitments_owner ON commitments (owner, status);
CREATE INDEX commitments_decision ON commitments (decision) WHERE decision IS NOT NULL;
CREATE INDEX commitments_initiative ON commitments (initiative) WHERE initiative IS NOT NULL;
CREATE INDEX commitments_due ON commitments (status, due_on);

CREATE TABLE commitment_supporters (
    commitment TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position   INTEGER NOT NULL,
    member     TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (commitment, position)
) WITHOUT ROWID;

-- Full-text index over what people search decisions for. DecisionRepository keeps it in
-- step with decisions; triggers cannot, because trusted_schema is OFF and FTS5 tables are
-- not allowed inside triggers then.
CREATE VIRTUAL TABLE decisions_fts USING fts5 (
    title, context, outcome, rationale,
    content = 'decisions', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2'
);
