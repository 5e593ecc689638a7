#pragma once

#include "baton/domain/RecordKind.h"
#include "baton/storage/Database.h"

#include <optional>
#include <string>

namespace baton::storage {

/// A live (not retracted) record that refers to the record `key` of `kind`, described for a
/// message ("decision “Pricing”"); empty when nothing refers to it.
std::optional<std::string> firstLiveReference(Database& db, domain::RecordKind kind, const std::string& key);

} // namespace baton::storage
