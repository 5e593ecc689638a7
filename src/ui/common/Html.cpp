#include "common/Html.h"

#include <QCoreApplication>

namespace baton::ui::html {

QString escape(const QString& text) { return text.toHtmlEscaped(); }

QString heading(const QString& text) { return QStringLiteral("<h2>") + escape(text) + QStringLiteral("</h2>"); }

QString subheading(const QString& text) { return QStringLiteral("<h3>") + escape(text) + QStringLiteral("</h3>"); }

QString field(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<b>") + escape(label) + QStringLiteral(":</b> ") + value + QStringLiteral("<br/>");
}

QString paragraph(const QString& label, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString body = escape(text);
    body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<p><b>") + escape(label) + QStringLiteral("</b><br/>") + body + QStringLiteral("</p>");
}

QString link(PageId page, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"") + linkTo(page, id).toString() + QStringLiteral("\">") + escape(text)
         + QStringLiteral("</a>");
}

QString authorsLine(const QString& createdBy, const QString& updatedBy)
{
    if (createdBy.isEmpty() && updatedBy.isEmpty())
        return {};
    return QStringLiteral("<p style=\"color:gray\">")
         + escape(QCoreApplication::translate("Html", "Created by %1 · last changed by %2")
                      .arg(createdBy.isEmpty() ? QStringLiteral("—") : createdBy,
                           updatedBy.isEmpty() ? QStringLiteral("—") : updatedBy))
         + QStringLiteral("</p>");
}

QString hint(const QString& text) { return QStringLiteral("<p style=\"color:gray\">") + escape(text) + QStringLiteral("</p>"); }

} // namespace baton::ui::html
