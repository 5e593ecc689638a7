#include "shell/Location.h"

#include <array>

namespace baton::ui {
namespace {
const std::array<QString, kPageCount>& pathNames()
{
    static const std::array<QString, kPageCount> kNames{
        QStringLiteral("overview"),      QStringLiteral("decision"),       QStringLiteral("initiative"),
        QStringLiteral("commitment"),    QStringLiteral("member"),         QStringLiteral("area"),
        QStringLiteral("leadership"),    QStringLiteral("accountability"), QStringLiteral("change"),
        QStringLiteral("expertise-map"), QStringLiteral("coaching"),       QStringLiteral("charter"),
        QStringLiteral("conflicts"),     QStringLiteral("voice"),          QStringLiteral("pulse")};
    return kNames;
}
} // namespace

QUrl linkTo(PageId page, const QString& id)
{
    QUrl url;
    url.setScheme(QStringLiteral("baton"));
    url.setPath(pathNames()[static_cast<std::size_t>(page)] + QLatin1Char('/') + id);
    return url;
}

bool locationFromLink(const QUrl& url, Location& out)
{
    if (url.scheme() != QStringLiteral("baton"))
        return false;
    const QString path = url.path();
    const auto slash = path.indexOf(QLatin1Char('/'));
    const QString kind = path.left(slash);
    for (std::size_t i = 0; i < pathNames().size(); ++i) {
        if (pathNames()[i] == kind) {
            out = Location{static_cast<PageId>(i), slash < 0 ? QString() : path.mid(slash + 1)};
            return true;
        }
    }
    return false;
}

} // namespace baton::ui
