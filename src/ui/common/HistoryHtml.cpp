#include "common/HistoryHtml.h"

#include "common/Html.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/edit/EditContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace baton::ui::html {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("History", text);
}

QJsonObject parse(const std::optional<std::string>& json)
{
    if (!json)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isArray())
        return tr("%1 item(s)").arg(v.toArray().size());
    QString text = v.toString();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text.isEmpty() ? tr("(empty)") : text;
}

/// One element of a list field (a stint, a participant) in words: its member's name first.
QString element(TeamSession& session, const QJsonValue& v)
{
    if (!v.isObject())
        return shown(v);
    const QJsonObject o = v.toObject();
    QStringList parts;
    if (o.contains(QStringLiteral("member")))
        parts << session.memberName(domain::MemberId(toStd(o.value(QStringLiteral("member")).toString())));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QStringLiteral("member") && !it.value().isNull() && !it.value().toString().isEmpty())
            parts << QStringLiteral("%1 %2").arg(it.key(), shown(it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

/// What changed in a list field: the elements added, removed or changed, in words.
QString listChange(TeamSession& session, const QString& key, const QJsonArray& before, const QJsonArray& after)
{
    QStringList out;
    const auto common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (before[i] != after[i])
            out << QStringLiteral("%1 → %2")
                       .arg(element(session, before[i]), element(session, after[i]))
                       .toHtmlEscaped();
    }
    for (qsizetype i = common; i < after.size(); ++i)
        out << tr("added %1").arg(element(session, after[i])).toHtmlEscaped();
    for (qsizetype i = common; i < before.size(); ++i)
        out << tr("removed %1").arg(element(session, before[i])).toHtmlEscaped();
    return QStringLiteral("%1: %2").arg(key, out.join(QStringLiteral("; ")));
}

QString operationName(const storage::ChangeEntry& e)
{
    QString op = toQ(e.operation).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (e.undoes)
        op += QStringLiteral(" (#%1)").arg(*e.undoes);
    return op;
}

} // namespace

QString changeSummary(TeamSession& session, const storage::ChangeEntry& e)
{
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at.millis(), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    const QString who = e.author                                  ? session.memberName(domain::MemberId(*e.author))
                        : edit::isAnonymousOperation(e.operation) ? tr("Anonymous")
                                                                  : tr("(no member chosen)");
    return QStringLiteral("%1 · %2 · %3").arg(when, who.toHtmlEscaped(), operationName(e).toHtmlEscaped());
}

QString recordLabel(const storage::ChangeEntry& e)
{
    const QJsonObject after = parse(std::optional<std::string>(e.after));
    for (const char* key : {"title", "name", "description", "note"}) {
        const QString text = after.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text.size() > 80 ? text.left(77) + QStringLiteral("…") : text;
    }
    if (after.contains(QStringLiteral("level")))
        return tr("level %1").arg(after.value(QStringLiteral("level")).toInt());
    return toQ(e.record);
}

QString changeDetails(TeamSession& session, const storage::ChangeEntry& e)
{
    const QJsonObject before = parse(e.before);
    const QJsonObject after = parse(std::optional<std::string>(e.after));
    if (!e.before)
        return after.value(QStringLiteral("retracted")).toBool() ? tr("created, retracted") : tr("created");
    QStringList changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QStringLiteral("updated_at"))
            continue;
        const QJsonValue old = before.value(it.key());
        if (old == it.value())
            continue;
        if (it.key() == QStringLiteral("retracted"))
            changes << (it.value().toBool() ? tr("<b>retracted</b>") : tr("restored"));
        else if (it.value().isArray() && old.isArray())
            changes << listChange(session, it.key(), old.toArray(), it.value().toArray());
        else
            changes << QStringLiteral("%1: %2 → %3")
                           .arg(it.key(), shown(old).toHtmlEscaped(), shown(it.value()).toHtmlEscaped());
    }
    if (before.value(QStringLiteral("retracted")).toBool() && !after.contains(QStringLiteral("retracted")))
        changes << tr("restored");
    return changes.isEmpty() ? tr("no field changed") : changes.join(QStringLiteral("; "));
}

QString historySection(TeamSession& session, const std::string& record)
{
    const auto entries = session.historyOf(record, 20);
    if (entries.empty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3><ul>").arg(tr("History"));
    for (const auto& e : entries) {
        out += QStringLiteral("<li>%1<br/><span style='color:#555'>%2</span></li>")
                   .arg(changeSummary(session, e), changeDetails(session, e));
    }
    out += QStringLiteral("</ul>");
    if (entries.size() == 20)
        out += hint(tr("Older changes are on the Activity page."));
    return out;
}

} // namespace baton::ui::html
