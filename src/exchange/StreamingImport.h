#pragma once

#include "ImportHistory.h"
#include "ImportInput.h"
#include "IssueSink.h"
#include "RecordPipeline.h"
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
/// The file is parsed on a second thread (RecordPipeline); everything that touches the team
/// file, the report or the progress callback happens on the calling thread.
class StreamingImport {
public:
    StreamingImport(storage::TeamFile& file, const ImportOptions& options, ScratchTables& scratch, ImportInput& input,
                    ImportReport& report, IssueSink& sink);

    /// Reads, checks and writes everything; true when the caller may commit.
    bool run();

private:
    /// One record from the parser thread: its problems reported, then kept or written.
    void take(ParsedRecord& parsed);
    /// Counts a record read (`consumed` bytes into the input) and lets the progress callback cancel.
    void step(std::uint64_t consumed);
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
