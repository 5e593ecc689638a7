#pragma once

#include "baton/domain/Result.h"

#include <cstddef>
#include <functional>
#include <string>

namespace baton::storage {

class Database;

/// Told the pages copied so far and the pages in all after each step of a copy; returning
/// false cancels the copy.
using CopyProgress = std::function<bool(std::size_t done, std::size_t total)>;

/// Pages copied per step: 4,096 pages of 4 KiB are 16 MiB, a few tens of milliseconds.
constexpr int kCopyPagesPerStep = 4096;

/// Copies the database open on `source` consistently (SQLite backup API) to `target`, a step
/// of `pagesPerStep` pages at a time, asking `progress` after each step. The copy is written
/// to `<target>.partial` and renamed over `target` only once complete: when cancelled
/// (ErrorCode::Cancelled) or when it fails, the partial file is removed and an existing
/// `target` is left as it was. Errors name the file and the cause.
domain::Result<void> copyDatabase(Database& source, const std::string& target, const CopyProgress& progress = {},
                                  int pagesPerStep = kCopyPagesPerStep);

/// copyDatabase through a read-only connection of its own to the file at `sourcePath`, so it
/// may run on any thread while the file is open elsewhere.
domain::Result<void> copyDatabaseFile(const std::string& sourcePath, const std::string& target,
                                      const CopyProgress& progress = {}, int pagesPerStep = kCopyPagesPerStep);

} // namespace baton::storage
