#pragma once

// Translated, human-readable names for the domain's enumerations.

#include "baton/domain/Enums.h"

#include <QString>

namespace baton::ui {

QString displayName(domain::DecisionMethod v);
QString displayName(domain::DecisionStatus v);
QString displayName(domain::InitiativeStatus v);
QString displayName(domain::CommitmentStatus v);
QString displayName(domain::GoalStatus v);
QString displayName(domain::ContributionStatus v);
QString displayName(domain::ParticipantRole v);
QString displayName(domain::Stance v);
QString displayName(domain::StintRole v);
QString displayName(domain::CharterRuleKind v);
QString displayName(domain::DecisionFallback v);
QString displayName(domain::VoiceKind v);
QString displayName(domain::VoiceStatus v);
QString levelName(int level);

} // namespace baton::ui
