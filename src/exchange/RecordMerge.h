#pragma once

#include "ImportHistory.h"

#include "baton/exchange/ImportReport.h"
#include "baton/storage/RecordStore.h"

#include <optional>
#include <string>
#include <utility>

namespace baton::exchange {

/// The merge rule for one record: adds it when new, replaces the stored one when the incoming
/// updated_at is newer, keeps the stored one otherwise; counts which, and writes history.
/// `existing(record)` gives the stored updated_at; `write(record, mode)` stores the record.
/// `after` is the record's canonicalFields() when already computed (empty: computed here).
template <typename T, typename Existing, typename Write>
void mergeRecord(const T& record, KindCounts& counts, ImportHistory& history, Existing existing, Write write,
                 std::string after = {})
{
    const std::optional<domain::Timestamp> current = existing(record);
    if (!current) {
        write(record, storage::WriteMode::InsertNew);
        history.append(record, std::nullopt, std::move(after));
        ++counts.added;
    } else if (record.updatedAt > *current) {
        auto before = history.snapshot(record);
        write(record, storage::WriteMode::Upsert);
        history.append(record, std::move(before), std::move(after));
        ++counts.updated;
    } else {
        ++counts.unchanged;
    }
}

} // namespace baton::exchange
