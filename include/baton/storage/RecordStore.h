#pragma once

#include "baton/domain/Record.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/Database.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/GoalRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/PulseRepository.h"
#include "baton/storage/ReviewRepository.h"
#include "baton/storage/VoiceItemRepository.h"

#include <array>
#include <functional>
#include <optional>
#include <string>

namespace baton::storage {

/// Reads and writes any kind of record by kind and key, through the kind's repository.
/// The edit service, the history and verification use this, so they stay generic.
class RecordStore {
public:
    explicit RecordStore(Database& db);

    /// The record, retracted or not; empty when there is none with that key.
    std::optional<domain::AnyRecord> find(domain::RecordKind kind, const std::string& key);
    template <typename T> std::optional<T> find(const std::string& key)
    {
        auto found = find(domain::RecordTraits<T>::kKind, key);
        return found ? std::optional<T>(std::get<T>(std::move(*found))) : std::nullopt;
    }
    /// Whether the record is retracted; empty when there is none with that key. Cheaper than
    /// find: one indexed row, no children.
    std::optional<bool> retracted(domain::RecordKind kind, const std::string& key);
    /// Inserts or replaces the record with its children; `before`, when given, is the record
    /// as stored now (as find returned it), which saves reading it again.
    void save(const domain::AnyRecord& record, const domain::AnyRecord* before = nullptr);
    /// Every record of `kind`, retracted ones included, without holding them all in memory.
    void forEach(domain::RecordKind kind, const std::function<void(const domain::AnyRecord&)>& visit);
    /// The kinds that hold records, in the order they depend on each other.
    static const std::vector<domain::RecordKind>& kinds();

private:
    Database& m_db;
    MemberRepository m_members;
    ExpertiseRepository m_expertise;
    InitiativeRepository m_initiatives;
    DecisionRepository m_decisions;
    CommitmentRepository m_commitments;
    GoalRepository m_goals;
    CharterRuleRepository m_charter;
    ConflictRepository m_conflicts;
    VoiceItemRepository m_voice;
    PulseRepository m_pulses;
    ReviewRepository m_reviews;
    std::array<std::optional<Statement>, static_cast<std::size_t>(domain::RecordKind::Team)> m_retracted;
};

} // namespace baton::storage
