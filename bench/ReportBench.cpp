// baton-report-bench: times the accountability report over 10,000 commitments and the
// leadership report over 50,000 initiatives, drawn with QPainter, and the same tables laid
// out by QTextDocument for comparison. Prints figures; asserts nothing.
//
//   baton-report-bench [--commitments N] [--initiatives N]
//   baton-report-bench --file TEAMFILE   the reports read by SQL from a team file: each part
//                                        timed, for the screen (200 rows a list) and whole; then
//                                        lead suggestion, expertise map, coaching, all-time trends

#include "SyntheticTeam.h"

#include "baton/pdf/PdfRenderer.h"
#include "baton/report/ExpertiseQueries.h"
#include "baton/report/LatencyQueries.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/FallbackQueries.h"
#include "baton/storage/TeamFile.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace baton;

namespace {

std::size_t option(const QStringList& args, const QString& name, std::size_t fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toULongLong() : fallback;
}

/// The same report through QTextDocument: every table as HTML, printed to a PDF.
double viaTextDocument(const report::ReportDocument& doc, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QString html = QStringLiteral("<h1>%1</h1>").arg(QString::fromStdString(doc.title).toHtmlEscaped());
    for (const auto& section : doc.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(QString::fromStdString(section.heading).toHtmlEscaped());
        for (const auto& table : section.tables) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr>");
            for (const auto& c : table.columns)
                html += QStringLiteral("<th>%1</th>").arg(QString::fromStdString(c).toHtmlEscaped());
            html += QStringLiteral("</tr></thead>");
            const std::size_t shown =
                table.pdfRowLimit > 0 ? std::min(table.pdfRowLimit, table.rows.size()) : table.rows.size();
            for (std::size_t r = 0; r < shown; ++r) {
                const auto& row = table.rows[r];
                html += QStringLiteral("<tr>");
                for (const auto& cell : row)
                    html += QStringLiteral("<td>%1</td>").arg(QString::fromStdString(cell).toHtmlEscaped());
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }
    QTextDocument text;
    text.setHtml(html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    text.print(&writer);
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double viaPainter(const report::ReportDocument& doc, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    if (auto ok = pdf::PdfRenderer(doc).writePdf(path.toStdString(), pdf::PageSize::A4); !ok)
        std::fprintf(stderr, "%s\n", ok.error().message.c_str());
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double secondsOf(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/// Times the SQL reading of both reports on a real team file, three runs each.
int fromFile(const QString& path)
{
    // Read-write: a file from an older Baton is upgraded first (and the upgrade timed).
    QElapsedTimer upgrade;
    upgrade.start();
    auto opened =
        storage::TeamFile::open(path.toStdString(), storage::OpenMode::ReadWrite, storage::IntegrityCheck::Deferred);
    std::printf("open (and upgrade, if needed): %.3f s\n", secondsOf(upgrade));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().message.c_str());
        return 1;
    }
    storage::Database& db = opened.value()->db();
    const domain::Date today = domain::Date::fromYmd(2026, 11, 29);
    for (const std::size_t limit : {std::size_t{200}, std::size_t{0}}) {
        for (int run = 1; run <= 3; ++run) {
            QElapsedTimer t;
            t.start();
            report::LeadershipQuery q;
            q.today = today;
            q.from = today.addDays(-365);
            const auto lead = report::readLeadershipReport(db, q, report::ReadLimits{limit, nullptr});
            const double leadSeconds = secondsOf(t);
            t.restart();
            const auto acc = report::readAccountabilityReport(db, today, report::ReadLimits{limit, nullptr});
            const double accSeconds = secondsOf(t);
            t.restart();
            const report::ReportContext context{"bench", "", "", "", {}};
            const auto d1 = report::leadershipDocument(lead, context);
            const auto d2 = report::accountabilityDocument(acc, context);
            std::printf("%s, run %d: leadership (last 365 days, %zu stints, %zu months, %zu taking part) %.3f s, "
                        "accountability (%zu gaps) %.3f s, documents %.3f s\n",
                        limit ? "screen (200 rows a list)" : "whole", run, lead.stintCount, lead.months.size(),
                        lead.participation.size(), leadSeconds, acc.gaps.counts.total(), accSeconds, secondsOf(t));
        }
    }
    // Leadership follows expertise: what New Initiative and Pass the Lead read on the UI thread,
    // and the expertise map and coaching view (read on a worker).
    std::vector<domain::AreaId> needed;
    {
        storage::Statement s = db.prepare("SELECT id FROM expertise_areas WHERE retracted = 0 LIMIT 2");
        while (s.step())
            needed.emplace_back(s.columnText(0));
    }
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer t;
        t.start();
        const auto ranked = report::suggestLeads(db, needed, today);
        const double suggestSeconds = secondsOf(t);
        t.restart();
        const auto map = report::readExpertiseMap(db, today);
        const double mapSeconds = secondsOf(t);
        t.restart();
        const auto coaching = report::readCoaching(db, today);
        const double coachingSeconds = secondsOf(t);
        t.restart();
        report::LeadershipQuery all;
        all.today = today;
        const auto whole = report::readLeadershipReport(db, all, report::ReadLimits{200, nullptr});
        std::printf("run %d: lead suggestion (%zu members) %.3f s, expertise map (%zu areas) %.3f s, coaching %.3f s, "
                    "leadership over all time (%zu months) %.3f s\n",
                    run, ranked.size(), suggestSeconds, map.areas.size(), mapSeconds, coachingSeconds,
                    whole.months.size(), secondsOf(t));
    }
    // Decisions that do not stall (issue 11): latency per method by one GROUP BY over the
    // covering index decisions_latency, and the overview's fallbacks due (partial index).
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer t;
        t.start();
        const auto year = report::readDecisionLatency(db, today.addDays(-365), today);
        const double yearSeconds = secondsOf(t);
        t.restart();
        const auto ever = report::readDecisionLatency(db, domain::Date::fromYmd(1970, 1, 1), today);
        const double everSeconds = secondsOf(t);
        t.restart();
        const auto due = storage::fallbacksDue(db, today, 13);
        const double dueSeconds = secondsOf(t);
        int decided = 0;
        for (const auto& f : ever)
            decided += f.count;
        std::printf("run %d: decision latency, last 365 days (%zu methods) %.3f s, all time (%d decisions) %.3f s; "
                    "fallbacks due (%zu shown) %.4f s\n",
                    run, year.size(), yearSeconds, decided, everSeconds, due.size(), dueSeconds);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (const auto file = args.indexOf(QStringLiteral("--file")); file >= 0 && file + 1 < args.size())
        return fromFile(args[file + 1]);
    const std::size_t commitments = option(args, QStringLiteral("--commitments"), 10000);
    const std::size_t initiatives = option(args, QStringLiteral("--initiatives"), 50000);
    const bench::SyntheticTeam team(std::max(commitments * 2, initiatives * 20));
    QTemporaryDir dir;

    std::vector<domain::Member> members;
    for (std::size_t i = 0; i < team.memberCount(); ++i)
        members.push_back(team.member(i));
    std::vector<domain::Initiative> allInitiatives;
    for (std::size_t i = 0; i < initiatives; ++i)
        allInitiatives.push_back(team.initiative(i));
    std::vector<domain::Commitment> someCommitments;
    for (std::size_t i = 0; i < commitments; ++i)
        someCommitments.push_back(team.commitment(i));
    std::vector<domain::Decision> decisions;
    for (std::size_t i = 0; i < commitments * 2; ++i)
        decisions.push_back(team.decision(i));
    report::ReportContext context{"Synthetic team", "2026-11-26T09:00:00Z", "baton-report-bench", {}, {}};

    QElapsedTimer timer;
    timer.start();
    const auto accountability = report::accountabilityDocument(
        report::buildAccountabilityReport(members, {}, decisions, someCommitments, domain::Date::fromYmd(2026, 11, 26)),
        context);
    const double accBuild = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::size_t accRows = 0;
    for (const auto& s : accountability.sections)
        for (const auto& t : s.tables)
            accRows += t.rows.size();
    const double accPainter = viaPainter(accountability, dir.filePath(QStringLiteral("acc.pdf")));
    const double accText = viaTextDocument(accountability, dir.filePath(QStringLiteral("acc-text.pdf")));
    std::printf("accountability report, %zu commitments (%zu table rows): figures %.2f s, PDF with QPainter %.2f s, "
                "with QTextDocument %.2f s (%.1fx slower)\n",
                commitments, accRows, accBuild, accPainter, accText, accText / accPainter);

    timer.restart();
    report::LeadershipQuery query;
    query.today = domain::Date::fromYmd(2026, 11, 26);
    const auto leadership =
        report::leadershipDocument(report::buildLeadershipReport(members, allInitiatives, query), context);
    const double leadBuild = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::size_t leadRows = 0;
    for (const auto& s : leadership.sections)
        for (const auto& t : s.tables)
            leadRows += t.rows.size();
    const double leadPainter = viaPainter(leadership, dir.filePath(QStringLiteral("lead.pdf")));
    std::printf("leadership report, %zu initiatives (%zu table rows): figures %.2f s, PDF with QPainter %.2f s\n",
                initiatives, leadRows, leadBuild, leadPainter);
    if (args.contains(QStringLiteral("--text-leadership"))) {
        const double leadText = viaTextDocument(leadership, dir.filePath(QStringLiteral("lead-text.pdf")));
        std::printf("  with QTextDocument %.2f s (%.1fx slower)\n", leadText, leadText / leadPainter);
    }
    return 0;
}
