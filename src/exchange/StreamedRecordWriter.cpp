#include "StreamedRecordWriter.h"

#include "RecordMerge.h"
#include "RecordParser.h"

#include "baton/domain/CrashPoint.h"

namespace baton::exchange {
using namespace baton::domain;

namespace {

std::string itemOf(std::string_view field, std::size_t k)
{
    return std::string(field) + "/" + std::to_string(k);
}

} // namespace

StreamedRecordWriter::StreamedRecordWriter(storage::Database& db, ScratchTables& scratch, ReferenceCheck& references,
                                           ImportHistory& history, IssueSink& sink, ImportReport& report)
    : m_scratch(scratch)
    , m_references(references)
    , m_history(history)
    , m_sink(sink)
    , m_decisionCounts(report.counts["decisions"])
    , m_commitmentCounts(report.counts["commitments"])
    , m_decisions(db)
    , m_commitments(db)
    , m_hadDecisions(db.queryInt("SELECT EXISTS (SELECT 1 FROM decisions)") != 0)
    , m_hadCommitments(db.queryInt("SELECT EXISTS (SELECT 1 FROM commitments)") != 0)
{
}

bool StreamedRecordWriter::firstOfItsId(int list, const char* key, const std::string& id, std::size_t index)
{
    const auto first = m_scratch.firstWith(list, id, index);
    if (!first)
        return true;
    m_sink.error("/" + std::string(key) + "/" + std::to_string(index),
                 "duplicate id " + id + "; it is already used by /" + key + "/" + std::to_string(*first));
    return false;
}

void StreamedRecordWriter::write(const Located<Decision>& located, std::string canonical)
{
    const Decision& r = located.record;
    const std::size_t i = located.index;
    if (!firstOfItsId(static_cast<int>(RecordArray::Decisions), "decisions", r.id.str(), i))
        return;
    if (r.initiative)
        m_references.check(RefKind::Initiative, r.initiative->str(),
                           [&] { return pointerOf("decisions", i, "initiative"); });
    for (std::size_t k = 0; k < r.areas.size(); ++k)
        m_references.check(RefKind::Area, r.areas[k].str(),
                           [&] { return pointerOf("decisions", i, itemOf("areas", k)); });
    if (r.accountable)
        m_references.check(RefKind::Member, r.accountable->str(),
                           [&] { return pointerOf("decisions", i, "accountable"); });
    if (r.supersedes)
        m_references.check(RefKind::Decision, r.supersedes->str(),
                           [&] { return pointerOf("decisions", i, "supersedes"); });
    if (r.charterRule)
        m_references.check(RefKind::CharterRule, r.charterRule->str(),
                           [&] { return pointerOf("decisions", i, "charter_rule"); });
    for (std::size_t k = 0; k < r.participants.size(); ++k)
        m_references.check(RefKind::Member, r.participants[k].member.str(),
                           [&] { return pointerOf("decisions", i, itemOf("participants", k) + "/member"); });
    mergeRecord(
        r, m_decisionCounts, m_history,
        [&](const Decision& d) {
            return m_hadDecisions ? m_decisions.updatedAt(d.id.str()) : std::optional<Timestamp>();
        },
        [&](const Decision& d, storage::WriteMode mode) { m_decisions.upsert(d, mode); }, std::move(canonical));
    crashPoint("import.mid-records");
}

void StreamedRecordWriter::write(const Located<Commitment>& located, std::string canonical)
{
    const Commitment& r = located.record;
    const std::size_t i = located.index;
    if (!firstOfItsId(static_cast<int>(RecordArray::Commitments), "commitments", r.id.str(), i))
        return;
    m_references.check(RefKind::Member, r.owner.str(), [&] { return pointerOf("commitments", i, "owner"); });
    for (std::size_t k = 0; k < r.supporters.size(); ++k)
        m_references.check(RefKind::Member, r.supporters[k].str(),
                           [&] { return pointerOf("commitments", i, itemOf("supporters", k)); });
    if (r.decision)
        m_references.check(RefKind::Decision, r.decision->str(),
                           [&] { return pointerOf("commitments", i, "decision"); });
    if (r.initiative)
        m_references.check(RefKind::Initiative, r.initiative->str(),
                           [&] { return pointerOf("commitments", i, "initiative"); });
    mergeRecord(
        r, m_commitmentCounts, m_history,
        [&](const Commitment& c) {
            return m_hadCommitments ? m_commitments.updatedAt(c.id.str()) : std::optional<Timestamp>();
        },
        [&](const Commitment& c, storage::WriteMode mode) { m_commitments.upsert(c, mode); }, std::move(canonical));
}

} // namespace baton::exchange
