-- Team server schema version 4: conflicts, voice items, pulses and reviews travel like any other
-- record. Anonymous voice items and pulse answers never reach the server (a replica keeps them:
-- the server knows the login behind every change); a pulse's answers arrive with its closing.

ALTER TABLE baton.changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE baton.changes ADD CONSTRAINT changes_kind_check
    CHECK (kind IN ('member', 'area', 'expertise', 'endorsement', 'initiative', 'contribution', 'decision',
                    'commitment', 'development_goal', 'charter_rule', 'conflict', 'voice_item', 'pulse', 'review'));

-- As in version 3, plus the references of the new kinds.
CREATE OR REPLACE FUNCTION baton.missing_reference(kind text, after jsonb) RETURNS text
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
                CASE WHEN kind IN ('initiative', 'decision', 'charter_rule') AND jsonb_typeof(after -> 'areas') = 'array'
                     THEN after -> 'areas' ELSE '[]' END) a
            UNION ALL SELECT 'member', e ->> 'member' FROM jsonb_array_elements(
                CASE WHEN kind = 'initiative' AND jsonb_typeof(after -> 'leadership') = 'array'
                     THEN after -> 'leadership' ELSE '[]' END) e
            UNION ALL SELECT 'initiative', after ->> 'initiative' WHERE kind IN ('contribution', 'decision', 'commitment',
                                                                             'voice_item')
            UNION ALL SELECT 'contribution', d FROM jsonb_array_elements_text(
                CASE WHEN kind = 'contribution' AND jsonb_typeof(after -> 'depends_on') = 'array'
                     THEN after -> 'depends_on' ELSE '[]' END) d
            UNION ALL SELECT 'member', after ->> 'accountable' WHERE kind = 'decision'
            UNION ALL SELECT 'decision', after ->> 'supersedes' WHERE kind = 'decision'
            UNION ALL SELECT 'charter_rule', after ->> 'charter_rule' WHERE kind = 'decision'
            UNION ALL SELECT 'member', e ->> 'member' FROM jsonb_array_elements(
                CASE WHEN kind = 'decision' AND jsonb_typeof(after -> 'participants') = 'array'
                     THEN after -> 'participants' ELSE '[]' END) e
            UNION ALL SELECT 'member', after ->> 'owner' WHERE kind = 'commitment'
            UNION ALL SELECT 'member', s FROM jsonb_array_elements_text(
                CASE WHEN kind = 'commitment' AND jsonb_typeof(after -> 'supporters') = 'array'
                     THEN after -> 'supporters' ELSE '[]' END) s
            UNION ALL SELECT 'decision', after ->> 'decision' WHERE kind IN ('commitment', 'conflict', 'voice_item')
            UNION ALL SELECT 'member', after ->> 'member' WHERE kind = 'development_goal'
            UNION ALL SELECT 'area', after ->> 'area' WHERE kind = 'development_goal'
            UNION ALL SELECT 'member', after ->> 'mentor' WHERE kind = 'development_goal'
            UNION ALL SELECT 'member', p FROM jsonb_array_elements_text(
                CASE WHEN kind = 'conflict' AND jsonb_typeof(after -> 'parties') = 'array'
                     THEN after -> 'parties' ELSE '[]' END) p
            UNION ALL SELECT 'member', after ->> 'author' WHERE kind = 'voice_item'
            UNION ALL SELECT 'member', after ->> 'responder' WHERE kind = 'voice_item'
            UNION ALL SELECT 'member', p FROM jsonb_array_elements_text(
                CASE WHEN kind = 'pulse' AND jsonb_typeof(after -> 'responded') = 'array'
                     THEN after -> 'responded' ELSE '[]' END) p
            UNION ALL SELECT after ->> 'subject_kind', after ->> 'subject' WHERE kind = 'review'
            UNION ALL SELECT 'member', p FROM jsonb_array_elements_text(
                CASE WHEN kind = 'review' AND jsonb_typeof(after -> 'participants') = 'array'
                     THEN after -> 'participants' ELSE '[]' END) p
            UNION ALL SELECT 'commitment', f FROM jsonb_array_elements_text(
                CASE WHEN kind = 'review' AND jsonb_typeof(after -> 'follow_ups') = 'array'
                     THEN after -> 'follow_ups' ELSE '[]' END) f
        ) r WHERE r.id IS NOT NULL
    LOOP
        IF NOT baton.known(ref.k, ref.id) THEN
            RETURN ref.k || ' ' || ref.id;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
