#include "EditChecks.h"

#include "baton/domain/CommitmentRules.h"
#include "baton/domain/TextRules.h"
#include "baton/edit/EditService.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkLinks(EditWriter& w, const Commitment& c)
{
    if (auto ok = requireAllLive(w, RecordKind::Member, c.supporters, "A supporter"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Decision, c.decision, "The decision"); !ok)
        return ok;
    return requireLiveIfSet(w, RecordKind::Initiative, c.initiative, "The initiative");
}

Result<Member> owner(EditWriter& w, const Commitment& c)
{
    if (c.owner.empty())
        return makeError(ErrorCode::InvalidValue, "A commitment needs exactly one owner.");
    auto m = w.liveMember(c.owner);
    if (!m)
        return makeError(ErrorCode::NotFound, "there is no member with id " + c.owner.str() + " in this team");
    return std::move(*m);
}

} // namespace

Edit CommitmentEdits::addCommitment(Commitment c)
{
    return m_context.run("add-commitment", [&](EditWriter& w) -> Result<void> {
        if (w.find<Commitment>(c.id.str()))
            return makeError(ErrorCode::Conflict, "A commitment with id " + c.id.str() + " already exists.");
        const auto who = owner(w, c);
        if (!who)
            return who.error();
        c.status = CommitmentStatus::Open;
        c.closedOn.reset();
        if (auto ok = validateNewCommitment(c, who.value(), m_context.today()); !ok)
            return ok;
        if (auto ok = checkLinks(w, c); !ok)
            return ok;
        c.retracted = false;
        w.write(c);
        return {};
    });
}

Edit CommitmentEdits::editCommitment(Commitment c)
{
    return m_context.run("edit-commitment", [&](EditWriter& w) -> Result<void> {
        auto before = loadLive<Commitment>(w, c.id.str(), "commitment");
        if (!before)
            return before.error();
        if (isBlank(c.description))
            return makeError(ErrorCode::InvalidValue, "A commitment needs a description.");
        const auto who = owner(w, c);
        if (!who)
            return who.error();
        if (c.owner != before.value().owner && who.value().hasLeftBy(m_context.today()))
            return makeError(ErrorCode::RuleViolation, who.value().name + " left the team on " +
                                                           who.value().leftOn->toString() +
                                                           " and cannot take on a commitment.");
        for (const auto& s : c.supporters) {
            if (s == c.owner)
                return makeError(ErrorCode::InvalidValue,
                                 who.value().name + " owns this commitment and cannot also support it.");
        }
        if (auto ok = checkLinks(w, c); !ok)
            return ok;
        // Status and closing are the close intent's; an edit keeps them.
        c.status = before.value().status;
        c.closedOn = before.value().closedOn;
        c.outcome = before.value().outcome;
        c.retracted = false;
        w.write(c);
        return {};
    });
}

Edit CommitmentEdits::close(const CommitmentId& id, CommitmentStatus status, Date on, std::string outcome)
{
    return m_context.run("close-commitment", [&](EditWriter& w) -> Result<void> {
        auto c = loadLive<Commitment>(w, id.str(), "commitment");
        if (!c)
            return c.error();
        Commitment after = c.value();
        if (auto ok = closeCommitment(after, status, on, std::move(outcome)); !ok)
            return ok;
        w.write(after);
        return {};
    });
}

} // namespace baton::edit
