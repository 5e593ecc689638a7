#pragma once

#include "baton/domain/Review.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::storage {

/// Reads and writes shared-responsibility reviews.
class ReviewRepository {
public:
    explicit ReviewRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::Review& review);
    std::optional<domain::Review> find(const domain::ReviewId& id);
    /// Every review, in the order they were first stored (as exported).
    std::vector<domain::Review> all(Retracted retracted = Retracted::Hidden);
    /// The live reviews of one commitment, initiative or decision.
    std::vector<domain::Review> of(domain::ReviewSubjectKind kind, const std::string& subject);

private:
    /// Every review `s` (a prepared kSelect statement, its values bound) reads.
    std::vector<domain::Review> read(Statement s);

    Database& m_db;
    std::optional<Statement> m_upsert, m_find;
};

} // namespace baton::storage
