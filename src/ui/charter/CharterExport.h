#pragma once

#include "baton/domain/Result.h"

#include <QString>

class QWidget;

namespace baton::ui {

class TeamSession;

/// "How we work" (the charter) as a PDF at `path`, with the cover facts of the other reports.
domain::Result<void> exportCharterPdf(TeamSession& session, const QString& path);
/// The charter as CSV files in `folder`, one per list.
domain::Result<void> exportCharterCsv(TeamSession& session, const QString& folder);
/// Asks where, writes, and shows a refusal; the charter is a handful of rules, read at once.
void askExportCharterPdf(TeamSession& session, QWidget* parent);
void askExportCharterCsv(TeamSession& session, QWidget* parent);

} // namespace baton::ui
