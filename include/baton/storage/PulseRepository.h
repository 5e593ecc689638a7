#pragma once

#include "baton/domain/Pulse.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes psychological-safety pulses. Who responded is kept with the pulse, sorted
/// by member id; the answers are kept apart in pulse_responses, a table with no row id and no
/// time, rewritten whole in the answers' own order on every save, so nothing in the file links
/// an answer to a member or to the moment it was given.
class PulseRepository {
public:
    explicit PulseRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::Pulse& pulse);
    std::optional<domain::Pulse> find(const domain::PulseId& id);
    /// Every pulse, in the order they were first stored (as exported).
    std::vector<domain::Pulse> all(Retracted retracted = Retracted::Hidden);

private:
    domain::Pulse read(const Statement& s);

    Database& m_db;
    std::optional<Statement> m_upsert, m_find, m_clear, m_add, m_answers;
};

} // namespace baton::storage
