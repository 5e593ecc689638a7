#include "EditChecks.h"

#include "baton/domain/CommitmentRules.h"
#include "baton/edit/EditService.h"

#include <algorithm>

namespace baton::edit {
using namespace baton::domain;

namespace {

constexpr RecordKind kSubjectKinds[] = {RecordKind::Commitment, RecordKind::Initiative, RecordKind::Decision};

Result<void> checkReview(EditWriter& w, const Review& r)
{
    if (auto ok = firstProblem(reviewProblems(r)); !ok)
        return ok;
    if (auto ok = w.requireLive(kSubjectKinds[static_cast<int>(r.subjectKind)], r.subject, "The reviewed item"); !ok)
        return ok;
    if (auto ok = requireAllLive(w, RecordKind::Member, r.participants, "A participant"); !ok)
        return ok;
    return requireAllLive(w, RecordKind::Commitment, r.followUps, "A follow-up");
}

} // namespace

Edit ReviewEdits::hold(Review review, std::vector<Commitment> followUps)
{
    if (!review.heldOn)
        review.heldOn = m_context.today();
    return m_context.run("hold-review", [&](EditWriter& w) -> Result<void> {
        if (w.find<Review>(review.id.str()))
            return makeError(ErrorCode::Conflict, "A review with id " + review.id.str() + " already exists.");
        for (auto& c : followUps) {
            if (w.find<Commitment>(c.id.str()))
                return makeError(ErrorCode::Conflict, "A commitment with id " + c.id.str() + " already exists.");
            c.status = CommitmentStatus::Open;
            c.retracted = false;
            if (auto ok = checkName(c.description, "A follow-up's description"); !ok)
                return ok;
            if (auto ok = w.requireLive(RecordKind::Member, c.owner.str(), "A follow-up's owner"); !ok)
                return ok;
            if (auto ok = requireAllLive(w, RecordKind::Member, c.supporters, "A follow-up's supporter"); !ok)
                return ok;
            w.write(c);
            review.followUps.push_back(c.id);
        }
        if (auto ok = checkReview(w, review); !ok)
            return ok;
        review.retracted = false;
        w.write(review);
        return {};
    });
}

Edit ReviewEdits::editReview(Review review)
{
    return m_context.run("edit-review", [&](EditWriter& w) -> Result<void> {
        auto before = loadLive<Review>(w, review.id.str(), "review");
        if (!before)
            return before.error();
        review.subjectKind = before.value().subjectKind; // a review looks back on one thing for good
        review.subject = before.value().subject;
        for (const auto& id : before.value().followUps)
            if (std::find(review.followUps.begin(), review.followUps.end(), id) == review.followUps.end())
                review.followUps.push_back(id);
        if (auto ok = checkReview(w, review); !ok)
            return ok;
        review.retracted = false;
        w.write(std::move(review));
        return {};
    });
}

} // namespace baton::edit
