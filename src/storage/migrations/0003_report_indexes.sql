-- Baton team file, schema version 3: indexes for the facilitator's reports. The leadership
-- and accountability figures are computed by SQL over these (report/*Queries.cpp) instead
-- of loading the whole team, so a review reads only the period, area, status or as-of date
-- asked for. No data changes.

-- Initiatives needing one expertise area (the leadership review's area filter).
CREATE INDEX initiative_areas_area ON initiative_areas (area, initiative);

-- Decisions per accountable member as of a date, read from the index alone. Still serves
-- the reference check by accountable member (its first column).
DROP INDEX decisions_accountable;
CREATE INDEX decisions_accountable ON decisions (accountable, status, proposed_on, decided_on, retracted);

-- Proposed decisions past their deadline, counted from the index alone.
DROP INDEX decisions_deadline;
CREATE INDEX decisions_deadline ON decisions (decide_by, proposed_on) WHERE status = 'proposed' AND retracted = 0;

-- Decisions decided after an as-of date were still proposed on it.
CREATE INDEX decisions_decided ON decisions (decided_on) WHERE decided_on IS NOT NULL;

-- Commitments per owner as of a date, read from the index alone.
DROP INDEX commitments_owner;
CREATE INDEX commitments_owner ON commitments (owner, status, due_on, closed_on, retracted);

-- Open commitments past their due date, in the list's order (due_key is due_on, undated last).
DROP INDEX commitments_due;
CREATE INDEX commitments_due ON commitments (status, due_key);

-- Commitments closed after an as-of date were still open on it.
CREATE INDEX commitments_closed ON commitments (closed_on) WHERE closed_on IS NOT NULL;
