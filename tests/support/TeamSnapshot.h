#pragma once

// The whole team in memory, as the in-memory report builders take it: for tests that check the
// SQL-read reports against those builders. The product never loads a team whole.

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"

#include <vector>

namespace baton::test {

/// Every live (not retracted) record a facilitator report reads.
struct TeamSnapshot {
    std::vector<domain::Member> members;
    std::vector<domain::Initiative> initiatives;
    std::vector<domain::Decision> decisions;
    std::vector<domain::Commitment> commitments;
};

inline TeamSnapshot loadSnapshot(storage::Database& db)
{
    TeamSnapshot s;
    s.members = storage::MemberRepository(db).all();
    storage::InitiativeRepository(db).forEach([&](const domain::Initiative& i) {
        if (!i.retracted)
            s.initiatives.push_back(i);
    });
    storage::DecisionRepository(db).forEach([&](const domain::Decision& d) {
        if (!d.retracted)
            s.decisions.push_back(d);
    });
    storage::CommitmentRepository(db).forEach([&](const domain::Commitment& c) {
        if (!c.retracted)
            s.commitments.push_back(c);
    });
    return s;
}

} // namespace baton::test
