#pragma once

// A deterministic, synthetic team of any size for benchmarks: record i is computed from i,
// so a million decisions never need to sit in memory at once.

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"

#include <cstddef>
#include <string>

namespace baton::bench {

class SyntheticTeam {
public:
    explicit SyntheticTeam(std::size_t decisions);

    std::size_t memberCount() const { return m_members; }
    std::size_t areaCount() const { return m_areas; }
    std::size_t initiativeCount() const { return m_initiatives; }
    std::size_t decisionCount() const { return m_decisions; }
    std::size_t commitmentCount() const { return m_commitments; }

    domain::Member member(std::size_t i) const;
    domain::ExpertiseArea area(std::size_t i) const;
    domain::Initiative initiative(std::size_t i) const;
    domain::Decision decision(std::size_t i) const;
    domain::Commitment commitment(std::size_t i) const;

    static std::string id(char kind, std::size_t i);

private:
    std::size_t m_members, m_areas, m_initiatives, m_decisions, m_commitments;
};

} // namespace baton::bench
