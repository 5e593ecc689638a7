#include "EditChecks.h"

#include "baton/domain/DependencyGraph.h"
#include "baton/domain/TextRules.h"
#include "baton/edit/EditService.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/MemberRepository.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkMember(EditWriter& w, const Member& m)
{
    if (auto ok = checkName(m.name, "A name"); !ok)
        return ok;
    if (m.joinedOn && m.leftOn && *m.leftOn < *m.joinedOn)
        return makeError(ErrorCode::InvalidValue, m.name + " cannot leave (" + m.leftOn->toString() +
                                                      ") before joining (" + m.joinedOn->toString() + ").");
    if (m.email && !m.email->empty()) {
        const std::string mine = foldCase(*m.email);
        for (const auto& other : storage::MemberRepository(w.db()).all(storage::Retracted::Included)) {
            if (other.id != m.id && other.email && foldCase(*other.email) == mine)
                return makeError(ErrorCode::Conflict,
                                 "The email " + *m.email + " already belongs to " + other.name + ".");
        }
    }
    return {};
}

Result<void> checkArea(EditWriter& w, const ExpertiseArea& a)
{
    if (auto ok = checkName(a.name, "A name"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Area, a.parent, "The parent area"); !ok)
        return ok;
    DependencyGraph tree;
    const auto areas = storage::ExpertiseRepository(w.db()).areas(storage::Retracted::Included);
    const std::string name = foldCase(a.name);
    for (const auto& other : areas) {
        if (other.id == a.id)
            continue;
        if (other.parent)
            tree.setEdges(other.id.str(), {other.parent->str()});
        if (!other.retracted && other.parent == a.parent && foldCase(other.name) == name)
            return makeError(ErrorCode::Conflict, "There is already an area called “" + other.name + "” there.");
    }
    if (a.parent) {
        tree.setEdges(a.id.str(), {a.parent->str()});
        if (tree.findCycle())
            return makeError(ErrorCode::RuleViolation, "An area cannot sit inside itself or one of its own sub-areas.");
    }
    return {};
}

} // namespace

Edit PeopleEdits::addMember(Member m)
{
    return addChecked(m_context, "add-member", std::move(m), "member", checkMember);
}

Edit PeopleEdits::editMember(Member m)
{
    return editChecked(m_context, "edit-member", std::move(m), "member", checkMember);
}

Edit PeopleEdits::addArea(ExpertiseArea a)
{
    return addChecked(m_context, "add-area", std::move(a), "area", checkArea);
}

Edit PeopleEdits::editArea(ExpertiseArea a)
{
    return editChecked(m_context, "edit-area", std::move(a), "area", checkArea);
}

Edit PeopleEdits::setLevel(Expertise e)
{
    return m_context.run("set-level", [&](EditWriter& w) -> Result<void> {
        if (e.level < kMinLevel || e.level > kMaxLevel)
            return makeError(ErrorCode::InvalidValue, "A level is from 1 (aware) to 5 (authority).");
        if (auto ok = w.requireLive(RecordKind::Member, e.member.str(), "The member"); !ok)
            return ok;
        if (auto ok = w.requireLive(RecordKind::Area, e.area.str(), "The area"); !ok)
            return ok;
        e.retracted = false;
        w.write(e);
        return {};
    });
}

Edit PeopleEdits::endorse(Endorsement e)
{
    return m_context.run("endorse", [&](EditWriter& w) -> Result<void> {
        if (e.endorser == e.member)
            return makeError(ErrorCode::RuleViolation, "Members cannot endorse themselves.");
        if (w.find<Endorsement>(e.id.str()))
            return makeError(ErrorCode::Conflict, "An endorsement with id " + e.id.str() + " already exists.");
        if (auto ok = w.requireLive(RecordKind::Member, e.endorser.str(), "The endorser"); !ok)
            return ok;
        if (auto ok = w.requireLive(RecordKind::Member, e.member.str(), "The member endorsed"); !ok)
            return ok;
        if (auto ok = w.requireLive(RecordKind::Area, e.area.str(), "The area"); !ok)
            return ok;
        e.retracted = false;
        w.write(e);
        return {};
    });
}

} // namespace baton::edit
