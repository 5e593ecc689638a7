#pragma once

#include "ImportHistory.h"
#include "IssueSink.h"
#include "ReferenceCheck.h"
#include "ScratchTables.h"
#include "TeamDraft.h"

#include "baton/exchange/ImportReport.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"

namespace baton::exchange {

/// Decisions and commitments, the bulk of a large file, are checked and written one at a
/// time as they are read, inside the import's transaction: a duplicate id or an unresolved
/// reference is reported at its JSON Pointer (references may still resolve later in the file,
/// see ReferenceCheck), and the record is merged by the same rule as every other.
class StreamedRecordWriter {
public:
    StreamedRecordWriter(storage::Database& db, ScratchTables& scratch, ReferenceCheck& references,
                         ImportHistory& history, IssueSink& sink, ImportReport& report);

    /// `canonical` is the record's canonicalFields() when already computed (empty: computed here).
    void write(const Located<domain::Decision>& d, std::string canonical = {});
    void write(const Located<domain::Commitment>& c, std::string canonical = {});

private:
    /// False (and reported) when an earlier record of the same list had this id.
    bool firstOfItsId(int list, const char* key, const std::string& id, std::size_t index);

    ScratchTables& m_scratch;
    ReferenceCheck& m_references;
    ImportHistory& m_history;
    IssueSink& m_sink;
    KindCounts& m_decisionCounts;
    KindCounts& m_commitmentCounts;
    storage::DecisionRepository m_decisions;
    storage::CommitmentRepository m_commitments;
    /// Whether the team file held any decisions (commitments) before the import. When it held
    /// none, a record's stored version can only be one this import wrote, and firstOfItsId()
    /// has refused those already, so the lookup for the merge rule is skipped.
    bool m_hadDecisions;
    bool m_hadCommitments;
};

} // namespace baton::exchange
