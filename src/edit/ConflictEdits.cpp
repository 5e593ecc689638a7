#include "EditChecks.h"

#include "baton/domain/ConflictRules.h"
#include "baton/edit/EditService.h"
#include "baton/storage/CharterRuleRepository.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkConflict(EditWriter& w, const Conflict& c)
{
    if (auto ok = firstProblem(conflictFieldProblems(c)); !ok)
        return ok;
    if (auto ok = requireAllLive(w, RecordKind::Member, c.parties, "A party"); !ok)
        return ok;
    return requireLiveIfSet(w, RecordKind::Decision, c.decision, "The decision");
}

/// Loads the live conflict, applies `change` to it and writes it back.
template <typename Change>
Edit changeConflict(EditContext& context, std::string_view operation, const ConflictId& id, Change change)
{
    return context.run(operation, [&](EditWriter& w) -> Result<void> {
        auto conflict = loadLive<Conflict>(w, id.str(), "conflict");
        if (!conflict)
            return conflict.error();
        Conflict c = std::move(conflict.value());
        if (auto ok = change(w, c); !ok)
            return ok;
        if (auto ok = checkConflict(w, c); !ok)
            return ok;
        w.write(std::move(c));
        return {};
    });
}

} // namespace

Edit ConflictEdits::raise(Conflict c)
{
    c.status = ConflictStatus::Open;
    c.steps.clear();
    c.resolution.clear();
    c.resolvedOn.reset();
    c.decision.reset();
    if (!c.raisedOn)
        c.raisedOn = m_context.today();
    return addChecked(m_context, "raise-conflict", std::move(c), "conflict", checkConflict);
}

Edit ConflictEdits::editConflict(Conflict c)
{
    return changeConflict(m_context, "edit-conflict", c.id, [&](EditWriter&, Conflict& stored) -> Result<void> {
        stored.title = c.title;
        stored.description = c.description;
        stored.parties = c.parties;
        if (c.raisedOn)
            stored.raisedOn = c.raisedOn;
        return {};
    });
}

Edit ConflictEdits::climb(const ConflictId& id, Date on, std::string note)
{
    return changeConflict(m_context, "climb-conflict", id, [&](EditWriter& w, Conflict& c) -> Result<void> {
        const auto charter = storage::CharterRuleRepository(w.db()).all();
        return domain::climb(c, charter, on, std::move(note));
    });
}

Edit ConflictEdits::resolve(const ConflictId& id, Date on, std::string resolution, std::optional<DecisionId> decision)
{
    return changeConflict(m_context, "resolve-conflict", id, [&](EditWriter&, Conflict& c) -> Result<void> {
        return domain::resolve(c, on, std::move(resolution), std::move(decision));
    });
}

Edit ConflictEdits::withdraw(const ConflictId& id, Date on, std::string reason)
{
    return changeConflict(m_context, "withdraw-conflict", id,
                          [&](EditWriter&, Conflict& c) -> Result<void> { return domain::withdraw(c, on, reason); });
}

} // namespace baton::edit
