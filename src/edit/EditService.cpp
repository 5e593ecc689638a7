#include "baton/edit/EditService.h"

#include "baton/storage/References.h"

namespace baton::edit {
using namespace baton::domain;

EditService::EditService(storage::TeamFile& file, const Clock& clock)
    : m_context(file, clock)
    , people(m_context)
    , initiatives(m_context)
    , decisions(m_context)
    , commitments(m_context)
    , goals(m_context)
    , charter(m_context)
    , conflicts(m_context)
    , voice(m_context)
    , pulses(m_context)
    , reviews(m_context)
{
}

Edit EditService::retract(RecordKind kind, const std::string& key)
{
    return m_context.run("retract", [&](EditWriter& w) -> Result<void> {
        auto record = w.find(kind, key);
        if (!record)
            return makeError(ErrorCode::NotFound,
                             "there is no " + std::string(toString(kind)) + " with id " + key + " in this team");
        if (isRetracted(*record))
            return makeError(ErrorCode::Conflict,
                             std::string(toString(kind)) + " “" + labelOf(*record) + "” is already retracted");
        if (const auto user = storage::firstLiveReference(w.db(), kind, key))
            return makeError(ErrorCode::RuleViolation, "“" + labelOf(*record) + "” cannot be retracted while " + *user +
                                                           " refers to it; retract or change that first");
        setRetracted(*record, true);
        w.write(std::move(*record));
        return {};
    });
}

Edit EditService::revert(const ChangeSet& done, std::string_view operation)
{
    if (const auto why = whyFinal(done.operation))
        return makeError(ErrorCode::RuleViolation, *why + "; nothing was changed");
    return m_context.run(operation, [&](EditWriter& w) -> Result<void> {
        for (auto it = done.changes.rbegin(); it != done.changes.rend(); ++it) {
            const auto current = w.find(kindOf(it->after), keyOf(it->after));
            if (!current || canonicalFields(*current) != canonicalFields(it->after))
                return makeError(ErrorCode::Conflict, "“" + labelOf(it->after) +
                                                          "” has changed since; undoing would overwrite that change, "
                                                          "so nothing was changed");
            AnyRecord target = it->before ? *it->before : it->after;
            if (!it->before)
                setRetracted(target, true); // a record the edit created: undoing it retracts it
            // Hiding a record is a retraction, with retract()'s rule: nothing live may refer to it.
            if (isRetracted(target) && !isRetracted(*current))
                if (const auto user = storage::firstLiveReference(w.db(), kindOf(target), keyOf(target)))
                    return makeError(ErrorCode::RuleViolation, "“" + labelOf(target) + "” would be hidden, but " +
                                                                   *user + " refers to it; nothing was changed");
            // Bringing a state back must not point at records retracted since.
            if (!isRetracted(target))
                for (const auto& [kind, key] : referencesOf(target))
                    if (auto ok = w.requireLive(kind, key, "“" + labelOf(target) + "” cannot come back"); !ok)
                        return makeError(ok.error().code, ok.error().message + "; nothing was changed");
            w.write(std::move(target), it->seq);
        }
        return {};
    });
}

Edit EditService::undo(const ChangeSet& done)
{
    return revert(done, "undo");
}

Edit EditService::redo(const ChangeSet& undone)
{
    return revert(undone, "redo");
}

} // namespace baton::edit
