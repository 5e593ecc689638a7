#pragma once

#include "baton/domain/AdviceCheck.h"
#include "baton/domain/Decision.h"

#include <QString>

namespace baton::ui {

class TeamSession;

/// The advice process for a decision, as the detail pane shows it: domain::adviceExpertise over
/// the session's areas and levels, and the warning with the areas' names.
domain::AdviceExpertise adviceCheck(TeamSession& session, const domain::Decision& decision);
/// "No one with expertise (level 3 or higher) in Data was asked", or empty.
QString adviceWarningText(TeamSession& session, const domain::Decision& decision, const domain::AdviceExpertise& check);
/// "Level 4 (Expert) in these areas" or "Below level 3 in these areas", for one member.
QString memberLevelText(TeamSession& session, const domain::Decision& decision, const domain::MemberId& member);

} // namespace baton::ui
