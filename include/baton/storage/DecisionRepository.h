#pragma once

#include "baton/domain/Decision.h"
#include "baton/storage/Database.h"
#include "baton/storage/WriteMode.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baton::storage {

/// Reads and writes decisions with their options, areas and participants.
class DecisionRepository {
public:
    explicit DecisionRepository(Database& db) : m_db(db) {}

    /// Inserts or replaces the decision with its children and keeps the full-text index in step.
    void upsert(const domain::Decision& decision, WriteMode mode = WriteMode::Upsert);
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
    void loadChildren(domain::Decision& decision);
    Database& m_db;
    std::optional<Statement> m_insert, m_upsert, m_clearOptions, m_addOption, m_clearAreas, m_addArea, m_clearParticipants,
        m_addParticipant, m_updatedAt, m_optionsOf, m_areasOf, m_participantsOf, m_oldText, m_ftsDelete, m_ftsInsert;
};

} // namespace baton::storage
