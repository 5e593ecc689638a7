#include "baton/report/TrustQueries.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/ConflictRules.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/ReviewRepository.h"

#include <algorithm>
#include <map>

namespace baton::report {
using namespace baton::domain;

namespace {

std::string nameIn(storage::Database& db, const char* sql, const std::string& id)
{
    storage::Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.step() ? s.columnText(0) : id;
}

std::string memberName(storage::Database& db, const std::string& id)
{
    return nameIn(db, "SELECT name FROM members WHERE id = ?", id);
}

std::string subjectOf(storage::Database& db, const Review& r)
{
    switch (r.subjectKind) {
    case ReviewSubjectKind::Commitment:
        return "commitment “" + nameIn(db, "SELECT description FROM commitments WHERE id = ?", r.subject) + "”";
    case ReviewSubjectKind::Initiative:
        return "initiative “" + nameIn(db, "SELECT title FROM initiatives WHERE id = ?", r.subject) + "”";
    case ReviewSubjectKind::Decision:
        return "decision “" + nameIn(db, "SELECT title FROM decisions WHERE id = ?", r.subject) + "”";
    }
    return r.subject;
}

int countOf(storage::Database& db, const char* sql)
{
    return static_cast<int>(db.queryInt(sql));
}

} // namespace

TrustView readTrust(storage::Database& db, Date asOf)
{
    TrustView view;
    view.asOf = asOf;
    const auto charter = storage::CharterRuleRepository(db).all();
    std::map<int, std::string> rungs;
    for (const CharterRule* step : conflictLadder(charter))
        rungs.emplace(step->position, step->title);
    for (auto& c : storage::ConflictRepository(db).all()) {
        ConflictRow row;
        for (const auto& p : c.parties)
            row.parties.push_back(memberName(db, p.str()));
        if (const auto it = rungs.find(c.currentRung()); it != rungs.end())
            row.rungTitle = it->second;
        if (c.decision)
            row.decisionTitle = nameIn(db, "SELECT title FROM decisions WHERE id = ?", c.decision->str());
        row.daysOnRung = daysOnRung(c, asOf);
        row.conflict = std::move(c);
        (row.conflict.status == ConflictStatus::Open ? view.open : view.closed).push_back(std::move(row));
    }
    std::stable_sort(view.open.begin(), view.open.end(), [](const ConflictRow& a, const ConflictRow& b) {
        return a.daysOnRung.value_or(0) > b.daysOnRung.value_or(0);
    });
    std::reverse(view.closed.begin(), view.closed.end());
    for (auto& r : storage::ReviewRepository(db).all()) {
        ReviewRow row;
        row.subject = subjectOf(db, r);
        for (const auto& p : r.participants)
            row.participants.push_back(memberName(db, p.str()));
        for (const auto& f : r.followUps) {
            storage::Statement s = db.prepare("SELECT status = 'open' FROM commitments WHERE id = ? AND retracted = 0");
            s.bind(1, f.str());
            if (s.step() && s.columnInt(0) != 0)
                ++row.followUpsOpen;
        }
        row.review = std::move(r);
        view.reviews.push_back(std::move(row));
    }
    std::stable_sort(view.reviews.begin(), view.reviews.end(), [](const ReviewRow& a, const ReviewRow& b) {
        return a.review.heldOn.value_or(Date{}) > b.review.heldOn.value_or(Date{});
    });
    view.missedCommitments =
        countOf(db, "SELECT count(*) FROM commitments INDEXED BY commitments_due WHERE status = 'missed' AND "
                    "retracted = 0");
    view.missedCommitmentsReviewed = countOf(
        db, "SELECT count(DISTINCT r.subject) FROM reviews r JOIN commitments c ON c.id = r.subject "
            "WHERE r.retracted = 0 AND r.subject_kind = 'commitment' AND c.status = 'missed' AND c.retracted = 0");
    view.missedInitiatives = countOf(db, "SELECT count(*) FROM initiatives WHERE status = 'missed' AND retracted = 0");
    view.missedInitiativesReviewed = countOf(
        db, "SELECT count(DISTINCT r.subject) FROM reviews r JOIN initiatives i ON i.id = r.subject "
            "WHERE r.retracted = 0 AND r.subject_kind = 'initiative' AND i.status = 'missed' AND i.retracted = 0");
    return view;
}

} // namespace baton::report
