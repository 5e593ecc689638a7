#pragma once

#include "baton/domain/Decision.h"

#include <QString>

namespace baton::ui {

class TeamSession;

/// The decision's charter lines for its detail pane: the rule that set its defaults (a link to
/// the Charter page), its fallback and, once decide_by has passed, "Fallback due: ...".
QString charterHtml(TeamSession& session, const domain::Decision& decision);
/// Who took part: role, stance and comment, an advisor's advice and whether it was followed,
/// and for advice and expert decisions each advisor's and decider's level in the decision's
/// areas, with the warning when nobody asked has level 3 or higher.
QString participantsHtml(TeamSession& session, const domain::Decision& decision);

} // namespace baton::ui
