#pragma once

#include "baton/sync/SyncChange.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baton::sync {

/// A field two changes wrote where the later (in clock order) had not seen the earlier.
struct FoldConflict {
    std::string field;
    std::string winner;    ///< change id whose value stands
    std::string loser;     ///< change id whose value was overwritten unseen
    std::string keptValue; ///< JSON of the value that stands
    std::string lostValue; ///< JSON of the value that was lost
    std::optional<std::string> settledBy; ///< a later change that set the field knowingly
};

/// A record's fields after every change, and the conflicts met on the way.
struct FoldResult {
    std::optional<std::string> fields; ///< JSON object; empty when no change created the record
    std::vector<FoldConflict> conflicts;
};

/// Replays `changes` (already in appliesBefore order) over `base`, field by field: each
/// change sets the fields it changed from its own `before` (all fields for a new record), so
/// the result depends only on the set of changes, never on the order they arrived in. A
/// change that overwrites a value it had not seen records a conflict. A later change of the
/// field made with the standing value in view, or a "settle" change of the record, settles it.
/// `valid`, when given, judges each intermediate record: when merging a change leaves fields
/// that are not a valid record, that change's own fields stand instead, so the result is what
/// a replica that had received exactly those changes would hold.
FoldResult foldRecord(const std::optional<std::string>& base, const std::vector<SyncChange>& changes,
                      const std::function<bool(const std::string&)>& valid = {});

/// foldRecord one change at a time: after adding changes in appliesBefore order, result() is
/// what foldRecord gives for all of them. A replica keeps one per record while it applies a
/// batch, so a record changed N times in a batch is not merged again from the start N times.
class RecordFolder {
public:
    explicit RecordFolder(const std::optional<std::string>& base, std::function<bool(const std::string&)> valid = {});
    ~RecordFolder();
    RecordFolder(RecordFolder&&) noexcept;
    RecordFolder& operator=(RecordFolder&&) noexcept;

    /// Picks up from a record as a replica stores it, knowing nothing of how it got there:
    /// adding a later change gives foldRecord's result over every change, unless that change
    /// meets a conflict (addConflicted), which only the whole history can describe.
    static RecordFolder resume(const std::string& fields, std::function<bool(const std::string&)> valid = {});

    /// Applies `change`, which must come after every change added so far.
    void add(const SyncChange& change);
    FoldResult result() const;
    /// Whether the last add found a conflict.
    bool addConflicted() const;
    /// The fields the last add changed with the standing value in view: they settle any open
    /// conflict on them.
    const std::vector<std::string>& knowingFields() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace baton::sync
