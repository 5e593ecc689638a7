#include "EditChecks.h"

#include "baton/edit/EditService.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkItem(EditWriter& w, const VoiceItem& v)
{
    if (auto ok = firstProblem(voiceItemProblems(v)); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Member, v.author, "The author"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Member, v.responder, "The responder"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Initiative, v.initiative, "The initiative"); !ok)
        return ok;
    return requireLiveIfSet(w, RecordKind::Decision, v.decision, "The decision");
}

/// A new item as raised: open, with no response yet.
VoiceItem asRaised(VoiceItem v, Date today)
{
    v.status = VoiceStatus::Open;
    v.response.clear();
    v.responder.reset();
    if (!v.raisedOn)
        v.raisedOn = today;
    return v;
}

Edit changeItem(EditContext& context, std::string_view operation, const VoiceItemId& id,
                const std::function<void(VoiceItem&)>& change)
{
    return context.run(operation, [&](EditWriter& w) -> Result<void> {
        auto item = loadLive<VoiceItem>(w, id.str(), "voice item");
        if (!item)
            return item.error();
        VoiceItem v = std::move(item.value());
        change(v);
        if (auto ok = checkItem(w, v); !ok)
            return ok;
        w.write(std::move(v));
        return {};
    });
}

} // namespace

Edit VoiceEdits::raise(VoiceItem v)
{
    const auto me = m_context.me();
    if (!me)
        return makeError(ErrorCode::RuleViolation, "Choose who you are on this workstation first, or raise the item "
                                                   "anonymously.");
    v.author = *me;
    return addChecked(m_context, "raise-voice-item", asRaised(std::move(v), m_context.today()), "voice item",
                      checkItem);
}

Edit VoiceEdits::raiseAnonymously(VoiceItem v)
{
    v.author.reset();
    v = asRaised(std::move(v), m_context.today());
    return m_context.runAnonymously("raise-anonymous-voice-item", [&](EditWriter& w) -> Result<void> {
        if (w.find<VoiceItem>(v.id.str()))
            return makeError(ErrorCode::Conflict, "A voice item with id " + v.id.str() + " already exists.");
        if (auto ok = checkItem(w, v); !ok)
            return ok;
        w.write(v);
        return {};
    });
}

Edit VoiceEdits::respond(const VoiceItemId& id, VoiceStatus status, std::string response)
{
    const auto me = m_context.me();
    if (!me)
        return makeError(ErrorCode::RuleViolation, "Choose who you are on this workstation first: a response names "
                                                   "its responder.");
    return changeItem(m_context, "respond-voice-item", id, [&](VoiceItem& v) {
        v.status = status;
        v.response = std::move(response);
        v.responder = *me;
    });
}

Edit VoiceEdits::link(const VoiceItemId& id, std::optional<InitiativeId> initiative, std::optional<DecisionId> decision)
{
    return changeItem(m_context, "link-voice-item", id, [&](VoiceItem& v) {
        v.initiative = std::move(initiative);
        v.decision = std::move(decision);
    });
}

} // namespace baton::edit
