#include "jobs/ExchangeJobs.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/BackgroundJob.h"

#include "baton/exchange/TeamExporter.h"
#include "baton/exchange/TeamImporter.h"

#include <QObject>

namespace baton::ui {

exchange::ImportReport importInBackground(QWidget* parent, TeamSession& session, const QString& jsonPath,
                                          bool showDialog)
{
    exchange::ImportReport report;
    const std::string teamPath = session.file().path();
    runWithProgress(
        parent, QObject::tr("Importing %1…").arg(jsonPath),
        [&](JobControl& control) {
            // A connection of its own: SQLite connections stay on the thread that made them.
            auto file = storage::TeamFile::open(teamPath);
            if (!file) {
                report.errors.push_back({"", file.error().message});
                return;
            }
            exchange::ImportOptions options;
            options.progress = [&control](std::size_t done, std::size_t total) {
                control.report(done, total);
                return !control.cancelled();
            };
            report = exchange::TeamImporter(*file.value(), options).importFile(toStd(jsonPath));
        },
        showDialog);
    if (report.applied) {
        // Older undo steps would write back copies the import may just have replaced.
        session.undoStack()->clear();
        session.reloadAll();
    }
    return report;
}

domain::Result<void> exportInBackground(QWidget* parent, TeamSession& session, const QString& jsonPath, bool showDialog)
{
    domain::Result<void> result;
    const std::string teamPath = session.file().path();
    const domain::Clock& clock = session.clock();
    runWithProgress(
        parent, QObject::tr("Exporting to %1…").arg(jsonPath),
        [&](JobControl&) {
            auto file = storage::TeamFile::open(teamPath, storage::OpenMode::ReadOnly);
            if (!file) {
                result = file.error();
                return;
            }
            result = exchange::TeamExporter(*file.value(), clock).exportFile(toStd(jsonPath));
        },
        showDialog);
    return result;
}

QString describeImport(const exchange::ImportReport& report)
{
    if (!report.applied) {
        QString text = QObject::tr("Nothing was imported; the team file is unchanged.\n\n");
        int shown = 0;
        for (const auto& e : report.errors) {
            if (++shown > 12)
                break;
            text += QStringLiteral("• ") + toQ(e.toString()) + QLatin1Char('\n');
        }
        const auto more = report.errors.size() + report.errorsNotListed - static_cast<std::size_t>(std::min(shown, 12));
        if (more > 0)
            text += QObject::tr("…and %1 more problems.").arg(more);
        return text;
    }
    QString text = QObject::tr("Import complete.\n\n");
    for (const auto& [kind, c] : report.counts) {
        if (c.added + c.updated + c.unchanged == 0)
            continue;
        text += QObject::tr("%1: %2 added, %3 updated, %4 unchanged\n")
                    .arg(toQ(kind))
                    .arg(c.added)
                    .arg(c.updated)
                    .arg(c.unchanged);
    }
    if (!report.warnings.empty())
        text += QObject::tr("\n%n warning(s), for example: %1", nullptr, static_cast<int>(report.warnings.size()))
                    .arg(toQ(report.warnings.front().toString()));
    return text;
}

} // namespace baton::ui
