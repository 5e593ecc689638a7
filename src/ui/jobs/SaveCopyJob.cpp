#include "jobs/SaveCopyJob.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/BackgroundJob.h"

#include "baton/storage/FileCopy.h"

#include <QObject>

namespace baton::ui {

domain::Result<void> saveCopyInBackground(QWidget* parent, TeamSession& session, const QString& target, bool showDialog)
{
    domain::Result<void> result;
    const std::string teamPath = session.file().path();
    runWithProgress(
        parent, QObject::tr("Saving a copy to %1…").arg(target),
        [&](JobControl& control) {
            // A connection of its own: SQLite connections stay on the thread that made them.
            result =
                storage::copyDatabaseFile(teamPath, toStd(target), [&control](std::size_t done, std::size_t total) {
                    control.report(done, total);
                    return !control.cancelled();
                });
        },
        showDialog);
    return result;
}

} // namespace baton::ui
