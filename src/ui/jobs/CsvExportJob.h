#pragma once

#include "models/PagedSource.h"

#include "baton/domain/Result.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <string>

class QWidget;

namespace baton::ui {

/// Writes every row of `source` to `path` as CSV (a header row, RFC 4180 fields, CRLF), a
/// page at a time, so a long list never sits in memory. Written through a temporary file:
/// when `progress` (rows written, rows in all) returns false (ErrorCode::Cancelled) or
/// writing fails, no file is left and an existing one is unchanged.
domain::Result<void> writeCsv(PagedSource& source, const QString& path,
                              const std::function<bool(std::size_t done, std::size_t total)>& progress = {});

/// writeCsv on another thread, with a cancellable progress dialog: the list is made again
/// by `reopen` on a read-only connection of the worker's own to the team file at `teamPath`.
domain::Result<void> exportCsvInBackground(QWidget* parent, const std::string& teamPath, PagedSource::Reopen reopen,
                                           const QString& path, bool showDialog = true);

} // namespace baton::ui
