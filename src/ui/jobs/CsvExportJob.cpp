#include "jobs/CsvExportJob.h"

#include "core/Text.h"
#include "jobs/BackgroundJob.h"

#include "baton/report/CsvWriter.h"
#include "baton/storage/Database.h"

#include <QObject>
#include <QSaveFile>

#include <exception>

namespace baton::ui {
using domain::ErrorCode;
using domain::makeError;

namespace {

constexpr std::size_t kRowsPerPage = 1000;

void writeLine(QSaveFile& file, const std::vector<std::string>& cells)
{
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i)
        text += (i ? "," : "") + report::csvField(cells[i]);
    text += "\r\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
}

domain::Error cannotWrite(const QString& path, const QString& cause)
{
    return makeError(ErrorCode::Io, toStd(QObject::tr("%1 could not be written: %2").arg(path, cause)));
}

} // namespace

domain::Result<void> writeCsv(PagedSource& source, const QString& path,
                              const std::function<bool(std::size_t, std::size_t)>& progress)
{
    QSaveFile file(path); // unless committed, the temporary file is removed and `path` kept
    try {
        const auto total = static_cast<std::size_t>(std::max<std::int64_t>(source.count(), 0));
        if (progress && !progress(0, total))
            return makeError(ErrorCode::Cancelled, "the export was cancelled");
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(path, file.errorString());
        std::vector<std::string> header;
        for (int c = 0; c < source.columnCount(); ++c)
            header.push_back(source.header(c).toStdString());
        writeLine(file, header);
        std::size_t done = 0;
        std::optional<domain::ListCursor> cursor;
        do {
            const auto page = source.fetch(cursor, kRowsPerPage);
            for (const auto& row : page.rows) {
                std::vector<std::string> cells;
                for (const auto& cell : row.cells)
                    cells.push_back(cell.toString().toStdString());
                writeLine(file, cells);
            }
            done += page.rows.size();
            cursor = page.next;
            if (progress && !progress(done, std::max(done, total))) {
                file.cancelWriting();
                return makeError(ErrorCode::Cancelled, "the export was cancelled");
            }
        } while (cursor);
        if (!file.commit())
            return cannotWrite(path, file.errorString());
        return {};
    } catch (const std::exception& e) {
        file.cancelWriting();
        return makeError(
            ErrorCode::Io,
            toStd(QObject::tr("%1 was not written: the list could not be read (%2)").arg(path, toQ(e.what()))));
    }
}

domain::Result<void> exportCsvInBackground(QWidget* parent, const std::string& teamPath, PagedSource::Reopen reopen,
                                           const QString& path, bool showDialog)
{
    domain::Result<void> result;
    runWithProgress(
        parent, QObject::tr("Exporting to %1…").arg(path),
        [&](JobControl& control) {
            try {
                // A connection of its own: SQLite connections stay on the thread that made them.
                storage::Database db(teamPath, storage::Database::Mode::ReadOnly);
                db.exec("PRAGMA busy_timeout = 5000");
                const auto source = reopen(db);
                result = writeCsv(*source, path, [&control](std::size_t done, std::size_t total) {
                    control.report(done, total);
                    return !control.cancelled();
                });
            } catch (const std::exception& e) {
                result =
                    makeError(ErrorCode::Io, toStd(QObject::tr("%1 was not written: %2").arg(path, toQ(e.what()))));
            }
        },
        showDialog);
    return result;
}

} // namespace baton::ui
