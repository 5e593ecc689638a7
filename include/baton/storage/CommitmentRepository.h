#pragma once

#include "baton/domain/Commitment.h"
#include "baton/storage/Database.h"
#include "baton/storage/WriteMode.h"

#include <functional>
#include <optional>

namespace baton::storage {

/// Reads and writes commitments and their supporters.
class CommitmentRepository {
public:
    explicit CommitmentRepository(Database& db) : m_db(db) {}

    void upsert(const domain::Commitment& commitment, WriteMode mode = WriteMode::Upsert);
    std::optional<domain::Commitment> find(const domain::CommitmentId& id);
    std::optional<domain::Timestamp> updatedAt(const std::string& id);
    /// Deletes the commitment and its supporters (used to undo a creation).
    void remove(const domain::CommitmentId& id);
    void forEach(const std::function<void(const domain::Commitment&)>& visit);

private:
    domain::Commitment readRow(const Statement& s);
    Database& m_db;
    std::optional<Statement> m_insert, m_upsert, m_clearSupporters, m_addSupporter, m_updatedAt, m_supportersOf;
};

} // namespace baton::storage
