#pragma once

#include "baton/storage/HistoryLog.h"

#include <QString>

#include <vector>

namespace baton::ui {

class TeamSession;

namespace html {

/// "2026-11-29 10:30 · Ana Ruiz · decide": the one-line summary of a change.
QString changeSummary(TeamSession& session, const storage::ChangeEntry& entry);
/// The record's title, name or description as the entry recorded it (no database read).
QString recordLabel(const storage::ChangeEntry& entry);
/// What changed, field by field: "status: proposed → decided". Children (participants,
/// stints) show as their count; a new record shows as "created".
QString changeDetails(TeamSession& session, const storage::ChangeEntry& entry);
/// The History section of a detail pane: newest first, undo and retraction marked.
QString historySection(TeamSession& session, const std::string& record);

} // namespace html
} // namespace baton::ui
