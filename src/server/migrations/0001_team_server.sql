-- Baton team server, schema version 1 (PostgreSQL 15). Everything lives in schema `baton`.
-- Each member logs in as their own role; what they may see and write is decided here, by
-- row-level security forced on every table, and never by the client (docs/adr/0009).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'baton_member') THEN
        CREATE ROLE baton_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'baton_facilitator') THEN
        CREATE ROLE baton_facilitator NOLOGIN IN ROLE baton_member;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA baton TO baton_member;

-- The team this database holds: one row, written when a facilitator publishes a team file.
CREATE TABLE baton.team (
    singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    id               text NOT NULL,
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 800),
    published_by     text NOT NULL,
    published_at     timestamptz NOT NULL DEFAULT now(),
    baseline_entries bigint NOT NULL
);

-- Who is who: each login role speaks for exactly one member of the team.
CREATE TABLE baton.people (
    member_id   text PRIMARY KEY,
    role_name   name NOT NULL UNIQUE,
    name        text NOT NULL,
    facilitator boolean NOT NULL DEFAULT false
);

-- The team file's history up to publishing, entry for entry, so a joiner's file carries the
-- same history and the same hash chain as the publisher's.
CREATE TABLE baton.baseline (
    seq       bigint PRIMARY KEY,
    at        text NOT NULL,
    author    text,
    operation text NOT NULL,
    kind      text NOT NULL,
    record    text NOT NULL,
    before    text,
    after     text NOT NULL,
    undoes    bigint
);

-- Every change since publishing, as its author's workstation made it. `server_seq` is given
-- under a lock held to commit, so a reader's cursor never skips a change committed late.
CREATE SEQUENCE baton.changes_server_seq;
CREATE TABLE baton.changes (
    server_seq  bigint PRIMARY KEY,
    change_id   text NOT NULL UNIQUE CHECK (change_id ~ '^[0-9a-f]{32}$'),
    hlc         bigint NOT NULL CHECK (hlc > 0),
    author      text NOT NULL,
    author_role name NOT NULL,
    at          text NOT NULL,
    operation   text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('member', 'area', 'expertise', 'endorsement', 'initiative',
                                              'contribution', 'decision', 'commitment')),
    record      text NOT NULL,
    before      text,
    after       text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_record ON baton.changes (kind, record);

-- The member the current login speaks for; empty for a login that is nobody on this team.
-- SECURITY DEFINER (owned by the administrator who ran `server init`): reading `people`
-- from inside its own policies would otherwise recurse. Inside it current_user is the
-- owner, so the login is session_user.
CREATE FUNCTION baton.current_member() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = baton, pg_temp
    AS $$ SELECT member_id FROM baton.people WHERE role_name = session_user $$;

CREATE FUNCTION baton.is_facilitator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = baton, pg_temp
    AS $$ SELECT coalesce((SELECT facilitator FROM baton.people WHERE role_name = session_user), false)
              AND pg_has_role(session_user, 'baton_facilitator', 'MEMBER') $$;

-- True when every stance that differs between `before` and `after` of a decision belongs to
-- `author`: a member's stance can only be written by that member.
CREATE FUNCTION baton.stances_are_own(kind text, before text, after text, author text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    p jsonb;
    was text;
BEGIN
    IF kind <> 'decision' THEN
        RETURN true;
    END IF;
    FOR p IN SELECT * FROM jsonb_array_elements(coalesce(after::jsonb -> 'participants', '[]'::jsonb)) LOOP
        SELECT q ->> 'stance' INTO was
          FROM jsonb_array_elements(coalesce(before::jsonb -> 'participants', '[]'::jsonb)) AS q
         WHERE q ->> 'member' = p ->> 'member';
        IF coalesce(was, 'none') IS DISTINCT FROM coalesce(p ->> 'stance', 'none')
           AND p ->> 'member' IS DISTINCT FROM author THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;

-- Gives each new change its place in the order and names the login that sent it.
CREATE FUNCTION baton.stamp_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('baton.changes'));
    NEW.server_seq := nextval('baton.changes_server_seq');
    NEW.author_role := current_user;
    NEW.received_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER changes_stamp BEFORE INSERT ON baton.changes FOR EACH ROW EXECUTE FUNCTION baton.stamp_change();

CREATE FUNCTION baton.refuse_rewrite() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'the team''s change history is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER changes_never_updated BEFORE UPDATE OR DELETE ON baton.changes
    FOR EACH ROW EXECUTE FUNCTION baton.refuse_rewrite();
CREATE TRIGGER changes_never_truncated BEFORE TRUNCATE ON baton.changes
    FOR EACH STATEMENT EXECUTE FUNCTION baton.refuse_rewrite();
CREATE TRIGGER baseline_never_updated BEFORE UPDATE OR DELETE ON baton.baseline
    FOR EACH ROW EXECUTE FUNCTION baton.refuse_rewrite();

-- Open windows refresh as soon as a change commits.
CREATE FUNCTION baton.announce_changes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('baton_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER changes_announce AFTER INSERT ON baton.changes
    FOR EACH STATEMENT EXECUTE FUNCTION baton.announce_changes();

ALTER TABLE baton.team ENABLE ROW LEVEL SECURITY;
ALTER TABLE baton.team FORCE ROW LEVEL SECURITY;
ALTER TABLE baton.people ENABLE ROW LEVEL SECURITY;
ALTER TABLE baton.people FORCE ROW LEVEL SECURITY;
ALTER TABLE baton.baseline ENABLE ROW LEVEL SECURITY;
ALTER TABLE baton.baseline FORCE ROW LEVEL SECURITY;
ALTER TABLE baton.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE baton.changes FORCE ROW LEVEL SECURITY;

-- Everyone on the team reads everything: the record is open in every direction.
CREATE POLICY team_read ON baton.team FOR SELECT USING (baton.current_member() IS NOT NULL);
CREATE POLICY people_read ON baton.people FOR SELECT USING (baton.current_member() IS NOT NULL);
CREATE POLICY baseline_read ON baton.baseline FOR SELECT USING (baton.current_member() IS NOT NULL);
CREATE POLICY changes_read ON baton.changes FOR SELECT USING (baton.current_member() IS NOT NULL);

-- Only a facilitator publishes (once) and manages who is who.
CREATE POLICY team_publish ON baton.team FOR INSERT WITH CHECK (baton.is_facilitator());
CREATE POLICY baseline_publish ON baton.baseline FOR INSERT
    WITH CHECK (baton.is_facilitator() AND NOT EXISTS (SELECT FROM baton.team));
CREATE POLICY people_manage ON baton.people FOR ALL USING (baton.is_facilitator()) WITH CHECK (baton.is_facilitator());

-- A member adds changes only as themself; people and areas only as a facilitator; a stance
-- only their own. No policy allows UPDATE or DELETE, and the triggers above refuse them even
-- to the owner.
CREATE POLICY changes_add ON baton.changes FOR INSERT
    WITH CHECK (author = baton.current_member()
                AND author_role = current_user
                AND (kind NOT IN ('member', 'area') OR baton.is_facilitator())
                AND baton.stances_are_own(kind, before, after, author));

GRANT SELECT ON baton.team, baton.people, baton.baseline, baton.changes TO baton_member;
GRANT INSERT ON baton.changes TO baton_member;
GRANT USAGE ON SEQUENCE baton.changes_server_seq TO baton_member;
GRANT INSERT, UPDATE, DELETE ON baton.people TO baton_facilitator;
GRANT INSERT ON baton.team, baton.baseline TO baton_facilitator;
GRANT EXECUTE ON FUNCTION baton.current_member(), baton.is_facilitator() TO baton_member;
