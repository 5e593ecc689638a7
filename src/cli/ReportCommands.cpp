// baton-cli report leadership|accountability: the facilitator's reports as PDF or CSV.
#include "Cli.h"
#include "Commands.h"

#include "baton/domain/Clock.h"
#include "baton/domain/TextRules.h"
#include "baton/pdf/PdfRenderer.h"
#include "baton/report/CsvWriter.h"
#include "baton/report/ExpertiseQueries.h"
#include "baton/report/LatencyQueries.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/TeamFile.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace baton::cli {
namespace {

/// The QGuiApplication PDF layout needs (for fonts), for as long as one report is written,
/// on the offscreen platform so that baton-cli needs no display. It is destroyed before the
/// command returns rather than left to static destruction at exit. Without XDG_RUNTIME_DIR
/// (root, cron, containers) Qt warns on stderr and creates /tmp/runtime-<user> while it
/// starts; a private folder, removed afterwards, stands in for it instead.
class GuiApplicationScope {
public:
    GuiApplicationScope()
    {
        if (QGuiApplication::instance())
            return;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            m_runtimeDir = std::make_unique<QTemporaryDir>(); // mode 0700, as Qt requires
            if (m_runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir->path()));
        }
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    ~GuiApplicationScope()
    {
        m_app.reset();
        if (m_runtimeDir)
            qunsetenv("XDG_RUNTIME_DIR");
    }
    GuiApplicationScope(const GuiApplicationScope&) = delete;
    GuiApplicationScope& operator=(const GuiApplicationScope&) = delete;

private:
    static inline char m_name[] = "baton-cli";
    static inline char* m_argv[] = {m_name, nullptr};
    int m_argc = 1;
    std::unique_ptr<QTemporaryDir> m_runtimeDir;
    std::unique_ptr<QGuiApplication> m_app;
};

std::optional<domain::Date> dateOption(const CommandLine& cl, const std::string& option, Io io, bool& bad)
{
    const auto value = cl.value(option);
    if (!value)
        return std::nullopt;
    const auto date = domain::Date::parse(*value);
    if (!date) {
        io.err << "baton-cli report: " << option << " \"" << *value << "\" is not a date; write YYYY-MM-DD\n";
        bad = true;
    }
    return date;
}

int writeDocument(const report::ReportDocument& doc, const CommandLine& cl, Io io)
{
    const auto out = cl.value("--output");
    if (!out) {
        io.err << "baton-cli report: -o OUT is required (a .pdf file, or a folder with --format csv)\n";
        return kExitUsage;
    }
    const std::string format = cl.value("--format").value_or("pdf");
    if (format == "csv") {
        auto written = report::writeCsvFolder(doc, *out);
        if (!written) {
            io.err << "baton-cli report: " << written.error().message << "\n";
            return kExitRefused;
        }
        io.out << "Wrote " << written.value().size() << " CSV files to " << *out << "\n";
        return kExitOk;
    }
    if (format != "pdf") {
        io.err << "baton-cli report: --format is pdf or csv, not \"" << format << "\"\n";
        return kExitUsage;
    }
    pdf::PageSize size = pdf::PageSize::FromLocale;
    if (const auto page = cl.value("--page-size")) {
        if (*page == "a4")
            size = pdf::PageSize::A4;
        else if (*page == "letter")
            size = pdf::PageSize::Letter;
        else {
            io.err << "baton-cli report: --page-size is a4 or letter, not \"" << *page << "\"\n";
            return kExitUsage;
        }
    }
    const GuiApplicationScope gui;
    if (auto ok = pdf::PdfRenderer(doc).writePdf(*out, size); !ok) {
        io.err << "baton-cli report: " << ok.error().message << "\n";
        return kExitRefused;
    }
    io.out << "Wrote " << *out << "\n";
    return kExitOk;
}

/// Who runs the report, for its cover.
std::string userName()
{
    const char* user = std::getenv("USER");
    return user && *user ? user : "baton-cli";
}

} // namespace

int reportCommand(const CommandLine& cl, Io io)
{
    const std::string& kind = cl.positional()[0];
    if (kind != "leadership" && kind != "accountability" && kind != "expertise" && kind != "coaching" &&
        kind != "charter") {
        io.err << "baton-cli report: the report is \"leadership\", \"accountability\", \"expertise\", "
                  "\"coaching\" or \"charter\", not \""
               << kind << "\"\n";
        return kExitUsage;
    }
    // A report reads only the indexes it needs, so it does not first read the whole file to
    // check it (on a 4 GB file that alone takes longer than the report): SQLite still refuses
    // any damaged page the report touches, and `baton-cli check` checks every page.
    auto opened =
        storage::TeamFile::open(cl.positional()[1], storage::OpenMode::ReadOnly, storage::IntegrityCheck::Deferred);
    if (!opened) {
        io.err << "baton-cli: " << opened.error().message << "\n";
        return kExitRefused;
    }
    storage::Database& db = opened.value()->db();
    const storage::ReadSnapshot snapshot(db); // the cover's history head and the figures agree
    const domain::SystemClock clock;
    const report::ReportContext context = report::readReportContext(db, clock.now().toString(), userName());
    bool bad = false;
    if (kind == "leadership") {
        report::LeadershipQuery query;
        query.today = clock.today();
        query.from = dateOption(cl, "--from", io, bad);
        query.to = dateOption(cl, "--to", io, bad);
        if (bad)
            return kExitUsage;
        if (const auto status = cl.value("--status")) {
            query.status = domain::parseEnum<domain::InitiativeStatus>(*status);
            if (!query.status) {
                io.err << "baton-cli report: --status is one of " << domain::allowedValues<domain::InitiativeStatus>()
                       << "\n";
                return kExitUsage;
            }
        }
        if (const auto area = cl.value("--area")) {
            for (const auto& a : storage::ExpertiseRepository(db).areas())
                if (domain::foldCase(a.name) == domain::foldCase(*area))
                    query.area = a.id;
            if (!query.area) {
                io.err << "baton-cli report: there is no expertise area called \"" << *area << "\"\n";
                return kExitRefused;
            }
        }
        if (query.from && query.to && *query.to < *query.from) {
            io.err << "baton-cli report: --to is before --from\n";
            return kExitUsage;
        }
        return writeDocument(report::leadershipDocument(report::readLeadershipReport(db, query), context), cl, io);
    }
    const auto asOf = dateOption(cl, "--as-of", io, bad);
    if (bad)
        return kExitUsage;
    if (kind == "expertise") {
        const domain::Date day = asOf.value_or(clock.today());
        return writeDocument(report::expertiseDocument(report::readExpertiseMap(db, day), day, context), cl, io);
    }
    if (kind == "charter") {
        const domain::Date day = asOf.value_or(clock.today());
        return writeDocument(report::charterDocument(report::readCharter(db), day, context), cl, io);
    }
    if (kind == "coaching") {
        const domain::Date day = asOf.value_or(clock.today());
        return writeDocument(report::coachingDocument(report::readCoaching(db, day), day, context), cl, io);
    }
    const auto built = report::readAccountabilityReport(db, asOf.value_or(clock.today()));
    return writeDocument(report::accountabilityDocument(built, context), cl, io);
}

} // namespace baton::cli
