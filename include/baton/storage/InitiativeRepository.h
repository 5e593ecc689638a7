#pragma once

#include "baton/domain/Contribution.h"
#include "baton/domain/Initiative.h"
#include "baton/storage/Database.h"
#include "baton/storage/WriteMode.h"

#include <functional>
#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes initiatives with their areas and leadership stints, and contributions.
class InitiativeRepository {
public:
    explicit InitiativeRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::Initiative& initiative, WriteMode mode = WriteMode::Upsert);
    void upsertContribution(const domain::Contribution& contribution, WriteMode mode = WriteMode::Upsert);
    std::optional<domain::Initiative> find(const domain::InitiativeId& id);
    std::optional<domain::Timestamp> updatedAt(const std::string& id);
    std::optional<domain::Timestamp> contributionUpdatedAt(const std::string& id);
    bool exists(const std::string& id);
    /// Deletes the initiative with its stints and areas (used to undo a creation).
    void remove(const domain::InitiativeId& id);
    void removeContribution(const domain::ContributionId& id);
    std::optional<domain::Contribution> findContribution(const domain::ContributionId& id);

    /// Streams every initiative in insertion order, stints and areas included.
    void forEach(const std::function<void(const domain::Initiative&)>& visit);
    void forEachContribution(const std::function<void(const domain::Contribution&)>& visit);
    /// Contribution id -> the ids it depends on, for cycle checks.
    std::vector<std::pair<std::string, std::vector<std::string>>> dependencyEdges();

    /// Contributions of one initiative, in the order they were added.
    std::vector<domain::Contribution> contributionsOf(const domain::InitiativeId& id);

private:
    /// Visits every contribution `s` (a prepared kContributionSelect statement, values bound) reads.
    void visitContributions(Statement& s, const std::function<void(const domain::Contribution&)>& visit);
    void loadChildren(domain::Initiative& initiative);
    std::vector<domain::LeadStint> stintsOf(const domain::InitiativeId& id);
    Database& m_db;
    std::optional<Statement> m_upsert, m_clearAreas, m_addArea, m_clearStints, m_addStint;
    std::optional<Statement> m_upsertContribution, m_clearDeps, m_addDep;
    std::optional<Statement> m_updatedAt, m_contributionUpdatedAt, m_areasOf, m_stintsOf, m_find;
};

} // namespace baton::storage
