#include "core/EnumText.h"

#include <QCoreApplication>

namespace baton::ui {
using namespace baton::domain;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EnumText", text);
}
} // namespace

QString displayName(DecisionMethod v)
{
    switch (v) {
    case DecisionMethod::Consensus:
        return tr("Consensus");
    case DecisionMethod::Consent:
        return tr("Consent");
    case DecisionMethod::Advice:
        return tr("Advice");
    case DecisionMethod::Expert:
        return tr("Expert");
    case DecisionMethod::MajorityVote:
        return tr("Majority vote");
    case DecisionMethod::Delegated:
        return tr("Delegated");
    }
    return {};
}

QString displayName(DecisionStatus v)
{
    switch (v) {
    case DecisionStatus::Proposed:
        return tr("Proposed");
    case DecisionStatus::Decided:
        return tr("Decided");
    case DecisionStatus::Superseded:
        return tr("Superseded");
    case DecisionStatus::Reversed:
        return tr("Reversed");
    case DecisionStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString displayName(InitiativeStatus v)
{
    switch (v) {
    case InitiativeStatus::Proposed:
        return tr("Proposed");
    case InitiativeStatus::Active:
        return tr("Active");
    case InitiativeStatus::Completed:
        return tr("Completed");
    case InitiativeStatus::Missed:
        return tr("Missed");
    case InitiativeStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString displayName(CommitmentStatus v)
{
    switch (v) {
    case CommitmentStatus::Open:
        return tr("Open");
    case CommitmentStatus::Done:
        return tr("Done");
    case CommitmentStatus::Missed:
        return tr("Missed");
    case CommitmentStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString displayName(GoalStatus v)
{
    switch (v) {
    case GoalStatus::Active:
        return tr("Active");
    case GoalStatus::Achieved:
        return tr("Achieved");
    case GoalStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString displayName(ContributionStatus v)
{
    switch (v) {
    case ContributionStatus::Planned:
        return tr("Planned");
    case ContributionStatus::InProgress:
        return tr("In progress");
    case ContributionStatus::Done:
        return tr("Done");
    case ContributionStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString displayName(ParticipantRole v)
{
    switch (v) {
    case ParticipantRole::Proposer:
        return tr("Proposer");
    case ParticipantRole::Decider:
        return tr("Decider");
    case ParticipantRole::Advisor:
        return tr("Advisor");
    case ParticipantRole::Consulted:
        return tr("Consulted");
    case ParticipantRole::Informed:
        return tr("Informed");
    }
    return {};
}

QString displayName(Stance v)
{
    switch (v) {
    case Stance::Support:
        return tr("Support");
    case Stance::Concern:
        return tr("Concern");
    case Stance::Objection:
        return tr("Objection");
    case Stance::Abstain:
        return tr("Abstain");
    case Stance::None:
        return tr("No stance");
    }
    return {};
}

QString displayName(StintRole v)
{
    return v == StintRole::Lead ? tr("Lead") : tr("Co-lead");
}

QString levelName(int level)
{
    switch (level) {
    case 1:
        return tr("1 Aware");
    case 2:
        return tr("2 Practitioner");
    case 3:
        return tr("3 Proficient");
    case 4:
        return tr("4 Expert");
    case 5:
        return tr("5 Authority");
    default:
        return QString::number(level);
    }
}

QString displayName(CharterRuleKind v)
{
    switch (v) {
    case CharterRuleKind::DecisionRule:
        return tr("Decision rule");
    case CharterRuleKind::ConflictStep:
        return tr("Conflict step");
    case CharterRuleKind::AccountabilityPractice:
        return tr("Accountability practice");
    }
    return {};
}

QString displayName(VoiceKind v)
{
    switch (v) {
    case VoiceKind::Idea:
        return tr("Idea");
    case VoiceKind::Concern:
        return tr("Concern");
    case VoiceKind::Question:
        return tr("Question");
    }
    return {};
}

QString displayName(DecisionFallback v)
{
    switch (v) {
    case DecisionFallback::AccountableDecides:
        return tr("The accountable member decides");
    case DecisionFallback::MajorityVote:
        return tr("Majority vote");
    case DecisionFallback::ExtendOnce:
        return tr("Extend the deadline once");
    case DecisionFallback::EscalateToTeam:
        return tr("Escalate to the whole team");
    }
    return {};
}

QString displayName(VoiceStatus v)
{
    switch (v) {
    case VoiceStatus::Open:
        return tr("Open");
    case VoiceStatus::Acknowledged:
        return tr("Acknowledged");
    case VoiceStatus::ActedOn:
        return tr("Acted on");
    case VoiceStatus::Declined:
        return tr("Declined");
    }
    return {};
}

} // namespace baton::ui
