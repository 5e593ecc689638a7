#pragma once

#include "baton/domain/RecordKind.h"

#include <QString>

class QWidget;

namespace baton::ui {

class TeamSession;

/// Asks, then retracts a record entered by mistake through the edit service: hidden from lists
/// and reports, kept and marked in history, undoable. `label` names it. Returns whether it was.
bool retractRecord(QWidget* parent, TeamSession& session, domain::RecordKind kind, const QString& id,
                   const QString& label);

} // namespace baton::ui
