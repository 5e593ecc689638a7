#include "baton/storage/ReviewRepository.h"

#include "Columns.h"
#include "JsonColumns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect = "SELECT id, subject_kind, subject, held_on, participants, what_happened, "
                                "contributing_factors, what_we_change, follow_ups, updated_at, retracted FROM reviews";

Review readReview(Database& db, const Statement& s)
{
    Review r;
    r.id = columns::id<ReviewId>(s, 0);
    r.subjectKind = columns::enumValue<ReviewSubjectKind>(s, 1);
    r.subject = s.columnText(2);
    r.heldOn = columns::date(s, 3);
    r.participants = columns::idsOf<MemberId>(db, s.columnText(4));
    r.whatHappened = s.columnText(5);
    r.contributingFactors = columns::textsOf(db, s.columnText(6));
    r.whatWeChange = s.columnText(7);
    r.followUps = columns::idsOf<CommitmentId>(db, s.columnText(8));
    r.updatedAt = columns::timestamp(s, 9);
    r.retracted = s.columnInt(10) != 0;
    return r;
}
} // namespace

void ReviewRepository::upsert(const Review& r)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO reviews (id, subject_kind, subject, held_on, participants, what_happened, "
                            "contributing_factors, what_we_change, follow_ups, updated_at, retracted) VALUES (?1, ?2, "
                            "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO UPDATE SET subject_kind = ?2, "
                            "subject = ?3, held_on = ?4, participants = ?5, what_happened = ?6, "
                            "contributing_factors = ?7, what_we_change = ?8, follow_ups = ?9, updated_at = ?10, "
                            "retracted = ?11");
    s.bind(1, r.id.str()).bind(2, toString(r.subjectKind)).bind(3, r.subject);
    columns::bindDate(s, 4, r.heldOn);
    s.bind(5, columns::jsonIds(r.participants)).bind(6, r.whatHappened);
    s.bind(7, columns::jsonTexts(r.contributingFactors)).bind(8, r.whatWeChange);
    s.bind(9, columns::jsonIds(r.followUps)).bind(10, r.updatedAt.toString()).bind(11, r.retracted);
    s.run();
}

std::optional<Review> ReviewRepository::find(const ReviewId& id)
{
    return findOne<Review>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        [&](const Statement& s) { return readReview(m_db, s); });
}

std::vector<Review> ReviewRepository::read(Statement s)
{
    std::vector<Review> out;
    while (s.step())
        out.push_back(readReview(m_db, s));
    return out;
}

std::vector<Review> ReviewRepository::all(Retracted retracted)
{
    return read(m_db.prepare(std::string(kSelect) +
                             (retracted == Retracted::Hidden ? " WHERE retracted = 0 ORDER BY rid" : " ORDER BY rid")));
}

std::vector<Review> ReviewRepository::of(ReviewSubjectKind kind, const std::string& subject)
{
    Statement s =
        m_db.prepare(std::string(kSelect) + " WHERE retracted = 0 AND subject_kind = ?1 AND subject = ?2 ORDER BY rid");
    s.bind(1, toString(kind)).bind(2, subject);
    return read(std::move(s));
}

} // namespace baton::storage
