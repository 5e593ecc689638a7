#pragma once

#include "baton/domain/Result.h"

#include <QString>

class QWidget;

namespace baton::ui {

class TeamSession;

/// Saves a copy of the session's team file to `target` on another thread, through a
/// read-only connection of its own, with a cancellable progress dialog. The copy appears
/// only when complete; Cancel (ErrorCode::Cancelled) or a failure leaves no file and an
/// existing `target` as it was.
domain::Result<void> saveCopyInBackground(QWidget* parent, TeamSession& session, const QString& target,
                                          bool showDialog = true);

} // namespace baton::ui
