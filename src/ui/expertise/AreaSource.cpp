#include "expertise/AreaSource.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace baton::ui {

AreaSource::AreaSource(TeamSession& session, const QString& text)
{
    std::map<std::string, const domain::ExpertiseArea*> byId;
    for (const auto& a : session.areas())
        byId[a.id.str()] = &a;
    std::map<std::string, int> experts;
    std::map<std::string, int> people;
    for (const auto& e : session.expertise()) {
        ++people[e.area.str()];
        if (e.level >= 4)
            ++experts[e.area.str()];
    }
    std::vector<std::pair<QString, const domain::ExpertiseArea*>> paths;
    for (const auto& a : session.areas()) {
        QStringList parts{toQ(a.name)};
        const domain::ExpertiseArea* up = &a;
        for (int guard = 0; up->parent && guard < 32; ++guard) {
            const auto it = byId.find(up->parent->str());
            if (it == byId.end())
                break;
            up = it->second;
            parts.prepend(toQ(up->name));
        }
        const QString path = parts.join(QStringLiteral(" › "));
        if (text.isEmpty() || path.contains(text, Qt::CaseInsensitive))
            paths.emplace_back(path, &a);
    }
    std::sort(paths.begin(), paths.end(), [](const auto& x, const auto& y) { return x.first.localeAwareCompare(y.first) < 0; });
    for (const auto& [path, a] : paths)
        m_rows.push_back(ListRow{toQ(a->id.str()),
                                 {path, people[a->id.str()], experts[a->id.str()]},
                                 {}});
}

QString AreaSource::header(int column) const
{
    switch (column) {
    case 0: return QCoreApplication::translate("AreaSource", "Area");
    case 1: return QCoreApplication::translate("AreaSource", "People");
    default: return QCoreApplication::translate("AreaSource", "Experts (4+)");
    }
}

} // namespace baton::ui
