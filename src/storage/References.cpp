#include "baton/storage/References.h"

#include <vector>

namespace baton::storage {
using domain::RecordKind;

namespace {

struct ReferenceQuery {
    const char* what; ///< how the referring record is named in a message
    const char* sql;  ///< fixed SQL; ?1 is the key; returns the referring record's label
};

const std::vector<ReferenceQuery>& queriesFor(RecordKind kind)
{
    static const std::vector<ReferenceQuery> kMember = {
        {"decision", "SELECT title FROM decisions WHERE retracted = 0 AND accountable = ?1 LIMIT 1"},
        {"decision", "SELECT d.title FROM decision_participants p JOIN decisions d ON d.id = p.decision "
                     "WHERE d.retracted = 0 AND p.member = ?1 LIMIT 1"},
        {"commitment", "SELECT description FROM commitments WHERE retracted = 0 AND owner = ?1 LIMIT 1"},
        {"commitment", "SELECT c.description FROM commitment_supporters s JOIN commitments c ON c.id = s.commitment "
                       "WHERE c.retracted = 0 AND s.member = ?1 LIMIT 1"},
        {"initiative", "SELECT i.title FROM lead_stints s JOIN initiatives i ON i.id = s.initiative "
                       "WHERE i.retracted = 0 AND s.member = ?1 LIMIT 1"},
        {"contribution", "SELECT description FROM contributions WHERE retracted = 0 AND member = ?1 LIMIT 1"},
        {"endorsement", "SELECT note FROM endorsements WHERE retracted = 0 AND (member = ?1 OR endorser = ?1) LIMIT 1"},
        {"expertise level", "SELECT 'level ' || level FROM expertise WHERE retracted = 0 AND member = ?1 LIMIT 1"},
        {"development goal", "SELECT 'a goal for level ' || target_level FROM development_goals WHERE retracted = 0 "
                             "AND (member = ?1 OR mentor = ?1) LIMIT 1"},
        {"conflict", "SELECT c.title FROM conflicts c, json_each(c.parties) p WHERE c.retracted = 0 "
                     "AND p.value = ?1 LIMIT 1"},
        {"voice item", "SELECT text FROM voice_items WHERE retracted = 0 AND (author = ?1 OR responder = ?1) LIMIT 1"},
        {"pulse", "SELECT p.title FROM pulses p, json_each(p.responded) r WHERE p.retracted = 0 AND r.value = ?1 "
                  "LIMIT 1"},
        {"review", "SELECT 'the review of ' || r.subject_kind || ' ' || r.subject FROM reviews r, "
                   "json_each(r.participants) p WHERE r.retracted = 0 AND p.value = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kArea = {
        {"area", "SELECT name FROM expertise_areas WHERE retracted = 0 AND parent = ?1 LIMIT 1"},
        {"expertise level", "SELECT 'level ' || level FROM expertise WHERE retracted = 0 AND area = ?1 LIMIT 1"},
        {"endorsement", "SELECT note FROM endorsements WHERE retracted = 0 AND area = ?1 LIMIT 1"},
        {"initiative", "SELECT i.title FROM initiative_areas a JOIN initiatives i ON i.id = a.initiative "
                       "WHERE i.retracted = 0 AND a.area = ?1 LIMIT 1"},
        {"decision", "SELECT d.title FROM decision_areas a JOIN decisions d ON d.id = a.decision "
                     "WHERE d.retracted = 0 AND a.area = ?1 LIMIT 1"},
        {"development goal", "SELECT 'a goal for level ' || target_level FROM development_goals WHERE retracted = 0 "
                             "AND area = ?1 LIMIT 1"},
        {"charter rule", "SELECT r.title FROM charter_rule_areas a JOIN charter_rules r ON r.id = a.rule "
                         "WHERE r.retracted = 0 AND a.area = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kInitiative = {
        {"decision", "SELECT title FROM decisions WHERE retracted = 0 AND initiative = ?1 LIMIT 1"},
        {"commitment", "SELECT description FROM commitments WHERE retracted = 0 AND initiative = ?1 LIMIT 1"},
        {"contribution", "SELECT description FROM contributions WHERE retracted = 0 AND initiative = ?1 LIMIT 1"},
        {"voice item", "SELECT text FROM voice_items WHERE retracted = 0 AND initiative = ?1 LIMIT 1"},
        {"review", "SELECT 'a review held on ' || ifnull(held_on, 'an unknown day') FROM reviews WHERE retracted = 0 "
                   "AND subject_kind = 'initiative' AND subject = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kDecision = {
        {"decision", "SELECT title FROM decisions WHERE retracted = 0 AND supersedes = ?1 LIMIT 1"},
        {"commitment", "SELECT description FROM commitments WHERE retracted = 0 AND decision = ?1 LIMIT 1"},
        {"conflict", "SELECT title FROM conflicts WHERE retracted = 0 AND decision = ?1 LIMIT 1"},
        {"voice item", "SELECT text FROM voice_items WHERE retracted = 0 AND decision = ?1 LIMIT 1"},
        {"review", "SELECT 'a review held on ' || ifnull(held_on, 'an unknown day') FROM reviews WHERE retracted = 0 "
                   "AND subject_kind = 'decision' AND subject = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kCommitment = {
        {"review", "SELECT 'a review held on ' || ifnull(held_on, 'an unknown day') FROM reviews WHERE retracted = 0 "
                   "AND subject_kind = 'commitment' AND subject = ?1 LIMIT 1"},
        {"review", "SELECT 'a review held on ' || ifnull(r.held_on, 'an unknown day') FROM reviews r, "
                   "json_each(r.follow_ups) f WHERE r.retracted = 0 AND f.value = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kContribution = {
        {"contribution", "SELECT c.description FROM contribution_dependencies d JOIN contributions c "
                         "ON c.id = d.contribution WHERE c.retracted = 0 AND d.depends_on = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kCharterRule = {
        {"decision", "SELECT title FROM decisions WHERE retracted = 0 AND charter_rule = ?1 LIMIT 1"},
    };
    static const std::vector<ReferenceQuery> kNone;
    switch (kind) {
    case RecordKind::Member:
        return kMember;
    case RecordKind::Area:
        return kArea;
    case RecordKind::Initiative:
        return kInitiative;
    case RecordKind::Decision:
        return kDecision;
    case RecordKind::Contribution:
        return kContribution;
    case RecordKind::CharterRule:
        return kCharterRule;
    case RecordKind::Commitment:
        return kCommitment;
    default:
        return kNone;
    }
}

} // namespace

std::optional<std::string> firstLiveReference(Database& db, RecordKind kind, const std::string& key)
{
    for (const auto& q : queriesFor(kind)) {
        Statement s = db.prepare(q.sql);
        s.bind(1, key);
        if (s.step())
            return std::string(q.what) + " “" + s.columnText(0) + "”";
    }
    return std::nullopt;
}

} // namespace baton::storage
