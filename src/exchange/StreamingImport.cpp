#include "StreamingImport.h"

#include "DraftWriter.h"
#include "ImportValidator.h"
#include "RecordParser.h"

#include "baton/domain/Clock.h"

#include <algorithm>

namespace baton::exchange {

namespace {

domain::Timestamp importTime(const ImportOptions& options)
{
    return options.clock ? options.clock->now() : domain::SystemClock().now();
}

bool hasRecords(storage::Database& db)
{
    return db.queryInt("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM expertise_areas) + "
                       "(SELECT count(*) FROM initiatives) + (SELECT count(*) FROM decisions) + "
                       "(SELECT count(*) FROM commitments)") > 0;
}

} // namespace

StreamingImport::StreamingImport(storage::TeamFile& file, const ImportOptions& options, ScratchTables& scratch,
                                 ImportInput& input, ImportReport& report, IssueSink& sink)
    : m_file(file)
    , m_options(options)
    , m_input(input)
    , m_report(report)
    , m_sink(sink)
    , m_checks(m_checksReport, options.maxErrors)
    , m_history(file.db(), "import", importTime(options), file.setting("workstation_member"))
    , m_references(file.db(), scratch)
    , m_writer(file.db(), scratch, m_references, m_history, m_checks, report)
{
}

bool StreamingImport::run()
{
    // A fresh team file takes the team's name and description from the file it imports.
    const bool fresh = !hasRecords(m_file.db());
    RecordStream stream(m_input, *this, m_options.maxDepth);
    const bool complete = stream.run();
    if (const auto& fatal = stream.fatal()) {
        m_sink.clear(); // as before streaming: a file that does not parse reports only that
        m_sink.error(fatal->where, fatal->what);
        return false;
    }
    const std::size_t recordWarnings = m_report.warnings.size();
    if (!complete || unreadableFormat(stream.header())) {
        m_sink.clear(); // another format or a newer version: the records mean nothing here
        parseHeader(stream.header(), m_sink, m_draft);
        return false;
    }
    parseHeader(stream.header(), m_sink, m_draft);
    // The top level's warnings first, as a reader of the file meets them.
    std::rotate(m_report.warnings.begin(), m_report.warnings.begin() + static_cast<std::ptrdiff_t>(recordWarnings),
                m_report.warnings.end());
    if (m_sink.hasErrors() || !checkAndWriteRest())
        return false;
    if (fresh) {
        storage::Statement s = m_file.db().prepare("UPDATE team SET name = ?, description = ? WHERE singleton = 1");
        s.bind(1, m_draft.teamName).bind(2, m_draft.teamDescription).run();
    }
    m_report.applied = true;
    return true;
}

bool StreamingImport::checkAndWriteRest()
{
    ImportValidator(m_file, m_sink).validate(m_draft);
    m_sink.absorb(m_checksReport);
    m_references.resolve(m_sink);
    if (m_sink.hasErrors())
        return false;
    writeDraft(m_file.db(), m_draft, m_history, m_report);
    return true;
}

bool StreamingImport::headerValue(const Json& header)
{
    return !unreadableFormat(header);
}

void StreamingImport::step()
{
    if (++m_read % 1000 != 0 || !m_options.progress)
        return;
    // The total is not known before the end; estimated from the bytes read, done / total is
    // the share of the file read so far.
    const std::uint64_t consumed = std::max<std::uint64_t>(m_input.consumed(), 1);
    const auto estimate = static_cast<std::size_t>(static_cast<double>(m_read) * static_cast<double>(m_input.size()) /
                                                   static_cast<double>(consumed));
    if (!m_options.progress(m_read, std::max(m_read, estimate)))
        throw ImportCancelled{};
}

void StreamingImport::record(RecordArray kind, std::size_t index, const Json& value)
{
    step();
    TeamDraft& d = m_draft;
    if (!parseRecord(kind, value, index, m_sink, d))
        return;
    switch (kind) {
    case RecordArray::Members:
        m_references.known(RefKind::Member, d.members.back().record.id.str());
        break;
    case RecordArray::ExpertiseAreas:
        m_references.known(RefKind::Area, d.areas.back().record.id.str());
        break;
    case RecordArray::Initiatives:
        m_references.known(RefKind::Initiative, d.initiatives.back().record.id.str());
        break;
    case RecordArray::Decisions:
        if (!m_sink.hasErrors()) // once a field is refused nothing is written, so why check
            m_writer.write(d.decisions.back());
        d.decisions.clear();
        break;
    case RecordArray::Commitments:
        if (!m_sink.hasErrors())
            m_writer.write(d.commitments.back());
        d.commitments.clear();
        break;
    default:
        break;
    }
}

} // namespace baton::exchange
