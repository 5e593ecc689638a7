#pragma once

#include "baton/domain/Result.h"
#include "baton/exchange/ImportReport.h"

#include <QString>

class QWidget;

namespace baton::ui {

class TeamSession;

/// Imports an exchange file into the session's team file on another thread, with a
/// cancellable progress dialog. Cancelling leaves the file as it was.
exchange::ImportReport importInBackground(QWidget* parent, TeamSession& session, const QString& jsonPath,
                                          bool showDialog = true);
/// Exports the whole team on another thread, atomically.
domain::Result<void> exportInBackground(QWidget* parent, TeamSession& session, const QString& jsonPath,
                                        bool showDialog = true);

/// A short, readable summary of an import for a message box.
QString describeImport(const exchange::ImportReport& report);

} // namespace baton::ui
