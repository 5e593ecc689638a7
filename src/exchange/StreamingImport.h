#pragma once

#include "ImportHistory.h"
#include "ImportInput.h"
#include "IssueSink.h"
#include "RecordStream.h"
#include "ReferenceCheck.h"
#include "ScratchTables.h"
#include "StreamedRecordWriter.h"
#include "TeamDraft.h"

#include "baton/exchange/ImportOptions.h"
#include "baton/storage/TeamFile.h"

namespace baton::exchange {

/// Thrown when the progress callback asks to stop.
struct ImportCancelled {};

/// One import of one exchange file, inside a transaction the caller owns. Reads the file as a
/// stream of records: decisions and commitments are checked and written as they come (see
/// StreamedRecordWriter); the team's structure (members, areas, expertise, endorsements,
/// initiatives, contributions), which the validator checks as a whole (unique emails, area
/// tree, dependency graph), is kept as a draft and written once the file is read.
/// Field-level problems anywhere suppress the cross-record checks, as they always have.
class StreamingImport : RecordListener {
public:
    StreamingImport(storage::TeamFile& file, const ImportOptions& options, ScratchTables& scratch, ImportInput& input,
                    ImportReport& report, IssueSink& sink);

    /// Reads, checks and writes everything; true when the caller may commit.
    bool run();

private:
    bool headerValue(const Json& header) override;
    void record(RecordArray kind, std::size_t index, const Json& value) override;
    /// Counts a record read and lets the progress callback cancel.
    void step();
    /// After the whole file is read without field-level problems: the checks that need it all.
    bool checkAndWriteRest();

    storage::TeamFile& m_file;
    const ImportOptions& m_options;
    ImportInput& m_input;
    ImportReport& m_report;
    IssueSink& m_sink; ///< field-level problems, reported as found
    ImportReport m_checksReport;
    IssueSink m_checks; ///< cross-record problems, reported only when there are no field-level ones
    ImportHistory m_history;
    ReferenceCheck m_references;
    StreamedRecordWriter m_writer;
    TeamDraft m_draft;
    std::size_t m_read = 0;
};

} // namespace baton::exchange
