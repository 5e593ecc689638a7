#include "shell/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace baton::ui {

namespace {
constexpr QLatin1String kKey("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMax)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

} // namespace baton::ui
