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

-- Who is who: each login role speaks for exactly one member of the team. Written only by the
-- administrator (baton-cli server add-member / promote), never through a member's login.
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
CREATE INDEX baseline_record ON baton.baseline (kind, record);

-- The member the current login speaks for; empty for a login that is nobody on this team.
-- SECURITY DEFINER (owned by the administrator who ran `server init`): reading `people`
-- from inside its own policies would otherwise recurse. Inside it current_user is the
-- owner, so the login is session_user; a member's SET ROLE changes nothing here.
CREATE FUNCTION baton.current_member() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = baton, pg_temp
    AS $$ SELECT member_id FROM baton.people WHERE role_name = session_user $$;

CREATE FUNCTION baton.is_facilitator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = baton, pg_temp
    AS $$ SELECT coalesce((SELECT facilitator FROM baton.people WHERE role_name = session_user), false)
              AND pg_has_role(session_user, 'baton_facilitator', 'MEMBER') $$;

-- Whether the team has a record: published with it, or added by an accepted change.
CREATE FUNCTION baton.known(kind text, record text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT FROM baton.changes c WHERE c.kind = $1 AND c.record = $2)
              OR EXISTS (SELECT FROM baton.baseline b WHERE b.kind = $1 AND b.record = $2) $$;

-- The first record `after` refers to that the team does not have ("area 0190..."), if any:
-- a change must never leave other workstations with a reference they cannot follow.
CREATE FUNCTION baton.missing_reference(kind text, after jsonb) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    ref record;
BEGIN
    FOR ref IN
        SELECT r.k, r.id FROM (
            SELECT 'member' AS k, after ->> 'member' AS id WHERE kind IN ('expertise', 'endorsement', 'contribution')
            UNION ALL SELECT 'area', after ->> 'area' WHERE kind IN ('expertise', 'endorsement')
            UNION ALL SELECT 'member', after ->> 'endorser' WHERE kind = 'endorsement'
            UNION ALL SELECT 'area', after ->> 'parent' WHERE kind = 'area'
            UNION ALL SELECT 'area', a FROM jsonb_array_elements_text(
                CASE WHEN kind IN ('initiative', 'decision') AND jsonb_typeof(after -> 'areas') = 'array'
                     THEN after -> 'areas' ELSE '[]' END) a
            UNION ALL SELECT 'member', e ->> 'member' FROM jsonb_array_elements(
                CASE WHEN kind = 'initiative' AND jsonb_typeof(after -> 'leadership') = 'array'
                     THEN after -> 'leadership' ELSE '[]' END) e
            UNION ALL SELECT 'initiative', after ->> 'initiative' WHERE kind IN ('contribution', 'decision', 'commitment')
            UNION ALL SELECT 'contribution', d FROM jsonb_array_elements_text(
                CASE WHEN kind = 'contribution' AND jsonb_typeof(after -> 'depends_on') = 'array'
                     THEN after -> 'depends_on' ELSE '[]' END) d
            UNION ALL SELECT 'member', after ->> 'accountable' WHERE kind = 'decision'
            UNION ALL SELECT 'decision', after ->> 'supersedes' WHERE kind = 'decision'
            UNION ALL SELECT 'member', e ->> 'member' FROM jsonb_array_elements(
                CASE WHEN kind = 'decision' AND jsonb_typeof(after -> 'participants') = 'array'
                     THEN after -> 'participants' ELSE '[]' END) e
            UNION ALL SELECT 'member', after ->> 'owner' WHERE kind = 'commitment'
            UNION ALL SELECT 'member', s FROM jsonb_array_elements_text(
                CASE WHEN kind = 'commitment' AND jsonb_typeof(after -> 'supporters') = 'array'
                     THEN after -> 'supporters' ELSE '[]' END) s
            UNION ALL SELECT 'decision', after ->> 'decision' WHERE kind = 'commitment'
        ) r WHERE r.id IS NOT NULL
    LOOP
        IF NOT baton.known(ref.k, ref.id) THEN
            RETURN ref.k || ' ' || ref.id;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- The member of the first part of a decision that `author` may not write, if any. A member's
-- stance and comment are theirs alone; anyone may add or remove someone who has not taken a
-- stance yet (stance "none", no comment), for example to consult them.
CREATE FUNCTION baton.foreign_stance(kind text, before jsonb, after jsonb, author text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    m text;
    was jsonb;
    now_ jsonb;
BEGIN
    IF kind <> 'decision' THEN
        RETURN NULL;
    END IF;
    FOR m IN
        SELECT DISTINCT p ->> 'member' FROM jsonb_array_elements(
            (CASE WHEN jsonb_typeof(before -> 'participants') = 'array' THEN before -> 'participants' ELSE '[]' END) ||
            (CASE WHEN jsonb_typeof(after -> 'participants') = 'array' THEN after -> 'participants' ELSE '[]' END)) p
    LOOP
        IF m IS NULL OR m = author THEN
            CONTINUE;
        END IF;
        SELECT p INTO was FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(before -> 'participants') = 'array' THEN before -> 'participants' ELSE '[]' END) p
         WHERE p ->> 'member' = m LIMIT 1;
        SELECT p INTO now_ FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(after -> 'participants') = 'array' THEN after -> 'participants' ELSE '[]' END) p
         WHERE p ->> 'member' = m LIMIT 1;
        IF was IS DISTINCT FROM now_
           AND NOT (coalesce(was ->> 'stance', 'none') = 'none' AND coalesce(now_ ->> 'stance', 'none') = 'none'
                    AND coalesce(was ->> 'comment', '') = '' AND coalesce(now_ ->> 'comment', '') = '') THEN
            RETURN m;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- Checks a new change and says plainly why it is refused, then gives it its place in the
-- order and names the login that sent it. Row-level security below checks the same rules
-- again. SECURITY DEFINER: members may not take the ordering lock themselves.
CREATE FUNCTION baton.stamp_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = baton, pg_temp
    AS $$
DECLARE
    me text := baton.current_member();
    after_ jsonb;
    before_ jsonb;
    key text;
    missing text;
    other text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'the login % is nobody on this team', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.author IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'a change can only be added in your own name: the login % speaks for member %, not %',
            session_user, me, NEW.author USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.kind IN ('member', 'area') AND NOT baton.is_facilitator() THEN
        RAISE EXCEPTION 'only a facilitator can add or change members and expertise areas'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.operation = 'settle' AND NOT baton.is_facilitator() THEN
        RAISE EXCEPTION 'only a facilitator can settle a conflict' USING ERRCODE = 'insufficient_privilege';
    END IF;
    after_ := NEW.after::jsonb;
    before_ := NEW.before::jsonb;
    IF jsonb_typeof(after_) IS DISTINCT FROM 'object' OR (before_ IS NOT NULL AND jsonb_typeof(before_) <> 'object') THEN
        RAISE EXCEPTION 'change % is not a record', NEW.change_id USING ERRCODE = 'check_violation';
    END IF;
    key := CASE NEW.kind WHEN 'expertise' THEN (after_ ->> 'member') || '/' || (after_ ->> 'area') ELSE after_ ->> 'id' END;
    IF key IS DISTINCT FROM NEW.record THEN
        RAISE EXCEPTION 'change % says it is about % %, but its fields are those of %', NEW.change_id, NEW.kind,
            NEW.record, coalesce(key, 'no record') USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.before IS NULL AND NEW.kind <> 'expertise' AND baton.known(NEW.kind, NEW.record) THEN
        RAISE EXCEPTION 'change % adds % %, which the team already has', NEW.change_id, NEW.kind, NEW.record
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.hlc > (extract(epoch FROM now()) * 1000 + 86400000)::bigint * 65536 THEN
        RAISE EXCEPTION 'change % is dated more than a day ahead of the server''s clock', NEW.change_id
            USING ERRCODE = 'check_violation';
    END IF;
    other := baton.foreign_stance(NEW.kind, before_, after_, NEW.author);
    IF other IS NOT NULL THEN
        RAISE EXCEPTION 'only member % can write their own stance on a decision', other
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    missing := baton.missing_reference(NEW.kind, after_);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'change % refers to %, which the team does not have', NEW.change_id, missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('baton.changes'));
    NEW.server_seq := nextval('baton.changes_server_seq');
    NEW.author_role := session_user;
    NEW.received_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER changes_stamp BEFORE INSERT ON baton.changes FOR EACH ROW EXECUTE FUNCTION baton.stamp_change();

-- Adds a batch of changes made on one workstation in one round trip, in order: for each, its
-- place on the server, or why it was refused (the others still go in). A change already on
-- the server from this member (a retry after a lost reply) is reported at its first place.
CREATE FUNCTION baton.push_changes(batch jsonb)
    RETURNS TABLE (change_id text, server_seq bigint, refused text)
    LANGUAGE plpgsql
    AS $$
#variable_conflict use_column
DECLARE
    c jsonb;
    seq bigint;
    owner_ text;
BEGIN
    FOR c IN SELECT * FROM jsonb_array_elements(batch) LOOP
        change_id := c ->> 'change_id';
        server_seq := NULL;
        refused := NULL;
        SELECT x.server_seq, x.author INTO seq, owner_ FROM baton.changes x WHERE x.change_id = c ->> 'change_id';
        IF seq IS NOT NULL THEN
            IF owner_ = baton.current_member() THEN
                server_seq := seq;
            ELSE
                refused := 'the change id ' || (c ->> 'change_id') || ' is already used by another member''s change';
            END IF;
        ELSE
            BEGIN
                INSERT INTO baton.changes (change_id, hlc, author, author_role, at, operation, kind, record, before, after)
                VALUES (c ->> 'change_id', (c ->> 'hlc')::bigint, c ->> 'author', session_user, c ->> 'at',
                        c ->> 'operation', c ->> 'kind', c ->> 'record', c ->> 'before', c ->> 'after')
                RETURNING baton.changes.server_seq INTO server_seq;
            EXCEPTION WHEN insufficient_privilege OR integrity_constraint_violation OR data_exception
                           OR raise_exception THEN
                refused := SQLERRM;
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

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
CREATE TRIGGER baseline_never_truncated BEFORE TRUNCATE ON baton.baseline
    FOR EACH STATEMENT EXECUTE FUNCTION baton.refuse_rewrite();

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

-- Only a facilitator publishes, once.
CREATE POLICY team_publish ON baton.team FOR INSERT WITH CHECK (baton.is_facilitator());
CREATE POLICY baseline_publish ON baton.baseline FOR INSERT
    WITH CHECK (baton.is_facilitator() AND NOT EXISTS (SELECT FROM baton.team));

-- A member adds changes only as themself; people, areas and settling only as a facilitator; a
-- stance only their own. No policy allows UPDATE or DELETE, and the triggers above refuse
-- them even to the owner.
CREATE POLICY changes_add ON baton.changes FOR INSERT
    WITH CHECK (author = baton.current_member()
                AND author_role = session_user
                AND (kind NOT IN ('member', 'area') OR baton.is_facilitator())
                AND (operation <> 'settle' OR baton.is_facilitator())
                AND baton.foreign_stance(kind, before::jsonb, after::jsonb, author) IS NULL);

GRANT SELECT ON baton.team, baton.people, baton.baseline, baton.changes TO baton_member;
GRANT INSERT ON baton.changes TO baton_member;
GRANT INSERT ON baton.team, baton.baseline TO baton_facilitator;
GRANT EXECUTE ON FUNCTION baton.current_member(), baton.is_facilitator(), baton.push_changes(jsonb) TO baton_member;

-- The ordering lock is the server's own: a member holding it would stop everyone's pushes.
REVOKE EXECUTE ON FUNCTION pg_advisory_lock(bigint), pg_advisory_lock_shared(bigint),
    pg_advisory_xact_lock(bigint), pg_advisory_xact_lock_shared(bigint), pg_try_advisory_lock(bigint),
    pg_try_advisory_lock_shared(bigint), pg_try_advisory_xact_lock(bigint),
    pg_try_advisory_xact_lock_shared(bigint) FROM PUBLIC;
