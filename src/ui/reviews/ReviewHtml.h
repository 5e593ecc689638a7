#pragma once

#include "baton/domain/Enums.h"

#include <QString>

#include <string>

namespace baton::ui {

class TeamSession;

/// The shared-responsibility reviews of a commitment, initiative or decision for its detail
/// pane, linked to the Conflicts page where reviews are listed; for a missed item without
/// one, a line that suggests holding one.
QString reviewsHtml(TeamSession& session, domain::ReviewSubjectKind kind, const std::string& subject, bool missed);

} // namespace baton::ui
