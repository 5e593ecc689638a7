#pragma once

#include "baton/domain/Commitment.h"
#include "baton/storage/Database.h"
#include "baton/storage/WriteMode.h"

#include <functional>
#include <memory>
#include <optional>

namespace baton::storage {

class ChangedColumns;

/// Reads and writes commitments and their supporters.
class CommitmentRepository {
public:
    explicit CommitmentRepository(Database& db);
    ~CommitmentRepository();
    CommitmentRepository(const CommitmentRepository&) = delete;
    CommitmentRepository& operator=(const CommitmentRepository&) = delete;

    void upsert(const domain::Commitment& commitment, WriteMode mode = WriteMode::Upsert);
    /// Replaces `stored` (as read by find) with `commitment`, writing only what differs.
    void update(const domain::Commitment& commitment, const domain::Commitment& stored);
    std::optional<domain::Commitment> find(const domain::CommitmentId& id);
    std::optional<domain::Timestamp> updatedAt(const std::string& id);
    /// Deletes the commitment and its supporters (used to undo a creation).
    void remove(const domain::CommitmentId& id);
    void forEach(const std::function<void(const domain::Commitment&)>& visit);

private:
    domain::Commitment readRow(const Statement& s);
    std::vector<domain::MemberId> supportersOf(const std::string& id);
    void writeSupporters(const domain::Commitment& commitment, bool replace);
    Database& m_db;
    std::unique_ptr<ChangedColumns> m_columns;
    std::optional<Statement> m_insert, m_clearSupporters, m_addSupporter, m_updatedAt, m_supportersOf, m_find;
};

} // namespace baton::storage
