#include "common/Retract.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace baton::ui {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecordListPage", text);
}
} // namespace

bool retractRecord(QWidget* parent, TeamSession& session, domain::RecordKind kind, const QString& id,
                   const QString& label)
{
    if (id.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        parent, tr("Retract “%1”?").arg(label),
        tr("Retract “%1” as entered by mistake? It disappears from lists and reports, and stays in the history, "
           "marked as retracted. Undo brings it back.")
            .arg(label),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const auto ok =
        session.apply(tr("Retract “%1”").arg(label), [&](edit::EditService& e) { return e.retract(kind, toStd(id)); });
    if (!ok)
        QMessageBox::warning(parent, tr("Not retracted"), toQ(ok.error().message));
    return ok.ok();
}

} // namespace baton::ui
