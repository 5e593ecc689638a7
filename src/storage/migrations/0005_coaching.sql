-- Baton team file, schema version 5: leadership follows expertise.
-- A lead stint remembers the new lead's place in Baton's suggestion, contributions their
-- start and finish dates (the chain of interdependent work), and the facilitator keeps
-- development goals (coaching).

ALTER TABLE lead_stints ADD COLUMN suggested_rank INTEGER CHECK (suggested_rank IS NULL OR suggested_rank >= 1);
ALTER TABLE contributions ADD COLUMN started_on TEXT;
ALTER TABLE contributions ADD COLUMN done_on TEXT;

CREATE TABLE development_goals (
    rid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    member       TEXT NOT NULL REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    area         TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    mentor       TEXT REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED,
    started_on   TEXT,
    review_on    TEXT,
    status       TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'dropped')),
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    retracted    INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1)),
    CHECK (mentor IS NULL OR mentor <> member)
);
CREATE INDEX development_goals_member ON development_goals (member, status);
CREATE INDEX development_goals_review ON development_goals (status, review_on);


-- The leadership review's monthly trend counts decided decisions per month and accountable
-- member from this index alone, without reading a million rows.
CREATE INDEX decisions_decided_accountable ON decisions (decided_on, accountable)
    WHERE decided_on IS NOT NULL AND retracted = 0;

-- Participation in decisions by member and role, for the leadership review: over a period that
-- holds every decision it is read from this index alone.
DROP INDEX decision_participants_member;
CREATE INDEX decision_participants_member ON decision_participants (member, role);
