#include "people/MemberSource.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include <QColor>
#include <QCoreApplication>

namespace baton::ui {

MemberSource::MemberSource(TeamSession& session, const QString& text, Show show)
{
    const domain::Date today = session.today();
    for (const auto& m : session.members()) {
        const bool left = m.hasLeftBy(today);
        if ((show == Show::Active && left) || (show == Show::Left && !left) ||
            (show == Show::Facilitators && !m.facilitator))
            continue;
        const QString name = toQ(m.name);
        const QString title = toQ(m.title.value_or(""));
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive) && !title.contains(text, Qt::CaseInsensitive))
            continue;
        ListRow row{toQ(m.id.str()),
                    {name, title,
                     m.facilitator ? QCoreApplication::translate("MemberSource", "Facilitator") : QString(),
                     left ? QCoreApplication::translate("MemberSource", "Left %1").arg(displayDate(m.leftOn))
                          : displayDate(m.joinedOn)},
                    {}};
        if (left)
            row.foreground = QColor(Qt::gray);
        m_rows.push_back(std::move(row));
    }
}

QString MemberSource::header(int column) const
{
    switch (column) {
    case 0:
        return QCoreApplication::translate("MemberSource", "Name");
    case 1:
        return QCoreApplication::translate("MemberSource", "Formal title");
    case 2:
        return QCoreApplication::translate("MemberSource", "Role");
    default:
        return QCoreApplication::translate("MemberSource", "Joined / left");
    }
}

} // namespace baton::ui
