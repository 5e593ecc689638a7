#pragma once

#include "baton/domain/Decision.h"
#include "baton/storage/Database.h"
#include "baton/storage/WriteMode.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baton::storage {

class ChangedColumns;

/// Reads and writes decisions with their options, areas and participants.
class DecisionRepository {
public:
    explicit DecisionRepository(Database& db);
    ~DecisionRepository();
    DecisionRepository(const DecisionRepository&) = delete;
    DecisionRepository& operator=(const DecisionRepository&) = delete;

    /// Inserts or replaces the decision with its children and keeps the full-text index in step.
    void upsert(const domain::Decision& decision, WriteMode mode = WriteMode::Upsert);
    /// Replaces `stored` (as read by find) with `decision`, writing only what differs.
    void update(const domain::Decision& decision, const domain::Decision& stored);
    std::optional<domain::Decision> find(const domain::DecisionId& id);
    std::optional<domain::Timestamp> updatedAt(const std::string& id);
    bool exists(const std::string& id);
    /// (id, title) of decisions that supersede `id`.
    std::vector<std::pair<std::string, std::string>> supersededBy(const domain::DecisionId& id);
    /// Deletes the decision, its children and its search text (used to undo a creation).
    void remove(const domain::DecisionId& id);
    /// Streams every decision in insertion order without holding the table in memory.
    void forEach(const std::function<void(const domain::Decision&)>& visit);

private:
    domain::Decision readRow(const Statement& s);
    void insert(const domain::Decision& decision);
    void indexText(std::int64_t rid, const domain::Decision& decision);
    /// Writes options, areas and participants; with `stored`, only those that differ.
    void writeChildren(const domain::Decision& decision, const domain::Decision* stored);
    void loadChildren(domain::Decision& decision);
    Database& m_db;
    std::unique_ptr<ChangedColumns> m_columns;
    std::optional<Statement> m_insert, m_clearOptions, m_addOption, m_clearAreas, m_addArea, m_clearParticipants,
        m_addParticipant, m_updatedAt, m_optionsOf, m_areasOf, m_participantsOf, m_oldText, m_ftsDelete, m_ftsInsert,
        m_find;
};

} // namespace baton::storage
