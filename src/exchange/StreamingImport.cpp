#include "StreamingImport.h"

#include "DraftWriter.h"
#include "ImportValidator.h"
#include "RecordParser.h"

#include "baton/domain/Clock.h"

#include <algorithm>
#include <variant>

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
    RecordPipeline stream(m_input, m_options.maxDepth, m_options.maxErrors);
    while (ParsedRecord* parsed = stream.next())
        take(*parsed);
    const bool complete = stream.complete();
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

void StreamingImport::step(std::uint64_t consumed)
{
    if (++m_read % 1000 != 0 || !m_options.progress)
        return;
    // The total is not known before the end; estimated from the bytes read, done / total is
    // the share of the file read so far.
    consumed = std::max<std::uint64_t>(consumed, 1);
    const auto estimate = static_cast<std::size_t>(static_cast<double>(m_read) * static_cast<double>(m_input.size()) /
                                                   static_cast<double>(consumed));
    if (!m_options.progress(m_read, std::max(m_read, estimate)))
        throw ImportCancelled{};
}

void StreamingImport::take(ParsedRecord& parsed)
{
    step(parsed.consumed);
    for (Issue& w : parsed.issues.warnings)
        m_sink.warning(std::move(w.where), std::move(w.what));
    m_sink.absorb(parsed.issues);
    if (auto* m = std::get_if<Located<domain::Member>>(&parsed.record)) {
        m_references.known(RefKind::Member, m->record.id.str());
        m_draft.members.push_back(std::move(*m));
    } else if (auto* a = std::get_if<Located<domain::ExpertiseArea>>(&parsed.record)) {
        m_references.known(RefKind::Area, a->record.id.str());
        m_draft.areas.push_back(std::move(*a));
    } else if (auto* e = std::get_if<Located<domain::Expertise>>(&parsed.record)) {
        m_draft.expertise.push_back(std::move(*e));
    } else if (auto* en = std::get_if<Located<domain::Endorsement>>(&parsed.record)) {
        m_draft.endorsements.push_back(std::move(*en));
    } else if (auto* i = std::get_if<Located<domain::Initiative>>(&parsed.record)) {
        m_references.known(RefKind::Initiative, i->record.id.str());
        m_draft.initiatives.push_back(std::move(*i));
    } else if (auto* c = std::get_if<Located<domain::Contribution>>(&parsed.record)) {
        m_draft.contributions.push_back(std::move(*c));
    } else if (auto* g = std::get_if<Located<domain::DevelopmentGoal>>(&parsed.record)) {
        m_draft.goals.push_back(std::move(*g));
    } else if (auto* cr = std::get_if<Located<domain::CharterRule>>(&parsed.record)) {
        m_references.known(RefKind::CharterRule, cr->record.id.str());
        m_draft.charterRules.push_back(std::move(*cr));
    } else if (auto* conflict = std::get_if<Located<domain::Conflict>>(&parsed.record)) {
        m_draft.conflicts.push_back(std::move(*conflict));
    } else if (auto* voice = std::get_if<Located<domain::VoiceItem>>(&parsed.record)) {
        m_draft.voiceItems.push_back(std::move(*voice));
    } else if (auto* pulse = std::get_if<Located<domain::Pulse>>(&parsed.record)) {
        m_draft.pulses.push_back(std::move(*pulse));
    } else if (auto* review = std::get_if<Located<domain::Review>>(&parsed.record)) {
        m_draft.reviews.push_back(std::move(*review));
    } else if (auto* d = std::get_if<Located<domain::Decision>>(&parsed.record)) {
        if (!m_sink.hasErrors()) // once a field is refused nothing is written, so why check
            m_writer.write(*d, std::move(parsed.canonical));
    } else if (auto* cm = std::get_if<Located<domain::Commitment>>(&parsed.record)) {
        if (!m_sink.hasErrors())
            m_writer.write(*cm, std::move(parsed.canonical));
    }
}

} // namespace baton::exchange
