#include "baton/domain/WorkflowCheck.h"

namespace baton::domain {

std::string WorkflowCheck::nameOf(const MemberId& id) const
{
    const Member* m = m_members(id);
    return m ? m->name : id.str();
}

std::vector<std::string> WorkflowCheck::warningsFor(const Member& member) const
{
    std::vector<std::string> out;
    if (member.joinedOn && member.leftOn && *member.leftOn < *member.joinedOn)
        out.push_back("member " + member.name + " left (" + member.leftOn->toString() + ") before joining ("
                      + member.joinedOn->toString() + ")");
    return out;
}

std::vector<std::string> WorkflowCheck::warningsFor(const Initiative& initiative) const
{
    std::vector<std::string> out;
    for (const auto& stint : initiative.leadership) {
        const Member* m = m_members(stint.member);
        if (m && m->leftOn && *m->leftOn <= stint.from)
            out.push_back("initiative \"" + initiative.title + "\": " + m->name + " started a "
                          + std::string(toString(stint.role)) + " stint on " + stint.from.toString()
                          + " after leaving on " + m->leftOn->toString());
    }
    return out;
}

std::vector<std::string> WorkflowCheck::warningsFor(const Decision& decision) const
{
    std::vector<std::string> out;
    const bool decided = decision.status == DecisionStatus::Decided;
    if (decided && decision.method == DecisionMethod::Consent && decision.hasStandingObjection())
        out.push_back("decision \"" + decision.title + "\" was decided by consent over a standing objection");
    if (decision.proposedOn && decision.decidedOn && *decision.decidedOn < *decision.proposedOn)
        out.push_back("decision \"" + decision.title + "\" is dated " + decision.decidedOn->toString()
                      + ", before it was proposed on " + decision.proposedOn->toString());
    if (decided && decision.accountable && decision.decidedOn) {
        const Member* m = m_members(*decision.accountable);
        if (m && m->leftOn && *m->leftOn <= *decision.decidedOn)
            out.push_back("decision \"" + decision.title + "\": " + m->name + " is accountable but left on "
                          + m->leftOn->toString() + ", before it was decided on " + decision.decidedOn->toString());
    }
    return out;
}

std::vector<std::string> WorkflowCheck::warningsFor(const Commitment& commitment) const
{
    std::vector<std::string> out;
    const Member* owner = m_members(commitment.owner);
    if (commitment.status == CommitmentStatus::Open && owner && owner->leftOn)
        out.push_back("commitment \"" + commitment.description + "\" is still open but its owner " + owner->name
                      + " left on " + owner->leftOn->toString());
    return out;
}

} // namespace baton::domain
