-- Baton team file, schema version 6: the team charter.
-- Charter rules say how the team decides (by area: a default method, a deadline and a fallback),
-- how a conflict climbs the escalation ladder, and how the team keeps itself accountable.
-- A decision remembers its fallback and the rule that set it; an advisor's advice is kept with
-- whether the decision followed it.

-- Decision latency for the leadership review (days from proposed_on to decided_on per method):
-- one scan of this covering index for the period, never the decisions' rows. retracted is
-- a column as well as in the WHERE: SQLite 3.40 reads the table for a partial index's own terms.
CREATE INDEX decisions_latency ON decisions (decided_on, method, proposed_on, status, retracted)
    WHERE decided_on IS NOT NULL AND retracted = 0;

CREATE TABLE charter_rules (
    rid                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('decision_rule', 'conflict_step', 'accountability_practice')),
    title              TEXT NOT NULL,
    text               TEXT NOT NULL DEFAULT '',
    position           INTEGER NOT NULL DEFAULT 1,
    method             TEXT CHECK (method IS NULL OR method IN ('consensus', 'consent', 'advice', 'expert',
                                                                 'majority_vote', 'delegated')),
    decide_within_days INTEGER CHECK (decide_within_days IS NULL OR decide_within_days >= 1),
    fallback           TEXT CHECK (fallback IS NULL OR fallback IN ('accountable_decides', 'majority_vote',
                                                                     'extend_once', 'escalate_to_team')),
    updated_at         TEXT NOT NULL,
    retracted          INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
);
CREATE INDEX charter_rules_kind ON charter_rules (kind, position);

CREATE TABLE charter_rule_areas (
    rule     TEXT NOT NULL REFERENCES charter_rules (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    area     TEXT NOT NULL REFERENCES expertise_areas (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (rule, position)
) WITHOUT ROWID;
CREATE INDEX charter_rule_areas_area ON charter_rule_areas (area);

ALTER TABLE decisions ADD COLUMN fallback TEXT CHECK (fallback IS NULL OR fallback IN ('accountable_decides',
    'majority_vote', 'extend_once', 'escalate_to_team'));
ALTER TABLE decisions ADD COLUMN charter_rule TEXT REFERENCES charter_rules (id) DEFERRABLE INITIALLY DEFERRED;

-- Proposals whose fallback is due (decide_by passed), for the overview: read from this index
-- alone in deadline order, however many proposals without a fallback are overdue.
CREATE INDEX decisions_fallback_due ON decisions (decide_by, proposed_on)
    WHERE status = 'proposed' AND retracted = 0 AND fallback IS NOT NULL;

ALTER TABLE decision_participants ADD COLUMN advice TEXT NOT NULL DEFAULT '';
ALTER TABLE decision_participants ADD COLUMN followed INTEGER CHECK (followed IS NULL OR followed IN (0, 1));
