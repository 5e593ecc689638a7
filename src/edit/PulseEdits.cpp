#include "EditChecks.h"

#include "baton/domain/PulseScoring.h"
#include "baton/edit/EditService.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

/// Only a facilitator opens and closes a pulse.
Result<void> requireFacilitator(EditContext& context, EditWriter& w, std::string_view what)
{
    const auto me = context.me();
    const auto who = me ? w.liveMember(*me) : std::nullopt;
    if (!who || !who->facilitator)
        return makeError(ErrorCode::RuleViolation, "Only a facilitator can " + std::string(what) +
                                                       " a pulse; choose a facilitator as who you "
                                                       "are on this workstation.");
    return {};
}

} // namespace

Edit PulseEdits::open(Pulse p)
{
    p.closedOn.reset();
    p.responded.clear();
    p.responses.clear();
    if (!p.openedOn)
        p.openedOn = m_context.today();
    return m_context.run("open-pulse", [&](EditWriter& w) -> Result<void> {
        if (auto ok = requireFacilitator(m_context, w, "open"); !ok)
            return ok;
        if (w.find<Pulse>(p.id.str()))
            return makeError(ErrorCode::Conflict, "A pulse with id " + p.id.str() + " already exists.");
        if (auto ok = checkName(p.title, "A title"); !ok)
            return ok;
        if (auto ok = firstProblem(pulseProblems(p)); !ok)
            return ok;
        w.write(p);
        return {};
    });
}

Edit PulseEdits::recordResponse(const PulseId& id, const MemberId& member, const PulseAnswers& answers)
{
    auto done = m_context.runAnonymously("record-pulse-response", [&](EditWriter& w) -> Result<void> {
        auto pulse = loadLive<Pulse>(w, id.str(), "pulse");
        if (!pulse)
            return pulse.error();
        const auto who = w.liveMember(member);
        if (!who)
            return makeError(ErrorCode::NotFound, "there is no member with id " + member.str() + " in this team");
        if (who->hasLeftBy(m_context.today()))
            return makeError(ErrorCode::RuleViolation, who->name + " has left the team and cannot answer the pulse.");
        Pulse p = std::move(pulse.value());
        if (auto ok = domain::recordResponse(p, member, answers); !ok)
            return ok;
        w.write(std::move(p));
        return {};
    });
    // What the caller keeps (an undo stack, say) holds no answers: they are in the file only.
    if (done)
        for (auto& change : done.value().changes) {
            std::get<Pulse>(change.after).responses.clear();
            if (change.before)
                std::get<Pulse>(*change.before).responses.clear();
        }
    return done;
}

Edit PulseEdits::close(const PulseId& id, Date on)
{
    return m_context.run("close-pulse", [&](EditWriter& w) -> Result<void> {
        if (auto ok = requireFacilitator(m_context, w, "close"); !ok)
            return ok;
        auto pulse = loadLive<Pulse>(w, id.str(), "pulse");
        if (!pulse)
            return pulse.error();
        Pulse p = std::move(pulse.value());
        if (auto ok = closePulse(p, on); !ok)
            return ok;
        w.write(std::move(p));
        return {};
    });
}

} // namespace baton::edit
