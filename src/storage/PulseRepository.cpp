#include "baton/storage/PulseRepository.h"

#include "Columns.h"
#include "JsonColumns.h"

#include "baton/domain/PulseScoring.h"

#include <algorithm>

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect =
    "SELECT id, title, opened_on, closed_on, min_responses, responded, updated_at, retracted FROM pulses";

std::string answersText(const PulseAnswers& answers)
{
    std::string out;
    for (int a : answers)
        out += static_cast<char>('0' + a);
    return out;
}
} // namespace

Pulse PulseRepository::read(const Statement& s)
{
    Pulse p;
    p.id = columns::id<PulseId>(s, 0);
    p.title = s.columnText(1);
    p.openedOn = columns::date(s, 2);
    p.closedOn = columns::date(s, 3);
    p.minResponses = static_cast<int>(s.columnInt(4));
    p.responded = columns::idsOf<MemberId>(m_db, s.columnText(5));
    p.updatedAt = columns::timestamp(s, 6);
    p.retracted = s.columnInt(7) != 0;
    return p;
}

void PulseRepository::upsert(const Pulse& p)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO pulses (id, title, opened_on, closed_on, min_responses, responded, "
                            "updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO "
                            "UPDATE SET title = ?2, opened_on = ?3, closed_on = ?4, min_responses = ?5, "
                            "responded = ?6, updated_at = ?7, retracted = ?8");
    std::vector<MemberId> responded = p.responded;
    std::sort(responded.begin(), responded.end());
    s.bind(1, p.id.str()).bind(2, p.title);
    columns::bindDate(s, 3, p.openedOn);
    columns::bindDate(s, 4, p.closedOn);
    s.bind(5, static_cast<std::int64_t>(p.minResponses)).bind(6, columns::jsonIds(responded));
    s.bind(7, p.updatedAt.toString()).bind(8, p.retracted);
    s.run();
    // The answers are rewritten whole, in their own order, with the same n for the same
    // answers: what the rows hold, and where, depends only on the set of answers.
    prepared(m_db, m_clear, "DELETE FROM pulse_responses WHERE pulse = ?").bind(1, p.id.str()).run();
    Statement& add = prepared(m_db, m_add, "INSERT INTO pulse_responses (pulse, answers, n) VALUES (?, ?, ?)");
    std::string previous;
    std::int64_t n = 0;
    for (const auto& answers : sortedForStorage(p.responses)) {
        std::string text = answersText(answers);
        n = text == previous ? n + 1 : 0;
        add.bind(1, p.id.str()).bind(2, text).bind(3, n).run();
        previous = std::move(text);
    }
}

namespace {
void loadAnswers(Statement& s, Pulse& p)
{
    s.bind(1, p.id.str());
    while (s.step()) {
        const std::string text = s.columnText(0);
        PulseAnswers answers{};
        for (std::size_t k = 0; k < answers.size() && k < text.size(); ++k)
            answers[k] = text[k] - '0';
        p.responses.push_back(answers);
    }
    s.reset();
}
} // namespace

std::optional<Pulse> PulseRepository::find(const PulseId& id)
{
    auto found = findOne<Pulse>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        [&](const Statement& s) { return read(s); });
    if (found)
        loadAnswers(
            prepared(m_db, m_answers, "SELECT answers FROM pulse_responses WHERE pulse = ? ORDER BY answers, n"),
            *found);
    return found;
}

std::vector<Pulse> PulseRepository::all(Retracted retracted)
{
    Statement s = m_db.prepare(std::string(kSelect) + (retracted == Retracted::Hidden ? " WHERE retracted = 0" : "") +
                               " ORDER BY rid");
    std::vector<Pulse> out;
    while (s.step())
        out.push_back(read(s));
    for (auto& p : out)
        loadAnswers(
            prepared(m_db, m_answers, "SELECT answers FROM pulse_responses WHERE pulse = ? ORDER BY answers, n"), p);
    return out;
}

} // namespace baton::storage
