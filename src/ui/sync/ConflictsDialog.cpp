#include "sync/ConflictsDialog.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/sync/Replica.h"

#include <QDateTime>

#include <algorithm>

#include <QDialogButtonBox>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton::ui {

namespace {
constexpr std::size_t kShown = 500;

/// A JSON value as a person reads it: strings without quotes, null as "(empty)".
QString readable(const std::string& json)
{
    if (json == "null")
        return QObject::tr("(empty)");
    if (json.size() >= 2 && json.front() == '"' && json.back() == '"')
        return toQ(json.substr(1, json.size() - 2));
    return toQ(json);
}
/// "Ana Silva, 29 Nov 2026 15:28" (local time): who made a change and when.
QString byWhom(const QString& name, const std::string& at)
{
    const QDateTime when = QDateTime::fromString(toQ(at), Qt::ISODateWithMs).toLocalTime();
    if (!when.isValid())
        return name;
    return QObject::tr("%1, %2").arg(name, QLocale().toString(when, QStringLiteral("d MMM yyyy HH:mm")));
}

} // namespace

ConflictsDialog::ConflictsDialog(TeamSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_refusals(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep the Standing Value"), this))
    , m_restore(new QPushButton(tr("Bring Back the Lost Value"), this))
{
    setWindowTitle(tr("Conflicts"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Two members changed the same field without seeing each other's change. The later "
                                "change stands on every workstation; the earlier one is kept here until a "
                                "facilitator settles it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Standing value"), tr("By"), tr("Lost value"), tr("By")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_refusals->setWordWrap(true);
    layout->addWidget(m_refusals);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(m_table->currentRow(), false); });
    connect(m_restore, &QPushButton::clicked, this, [this] { settle(m_table->currentRow(), true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    layout->addWidget(buttons);
    // What the server said of this login at the last sync: it refuses a settle from anyone else.
    const auto link = sync::Replica(session.db()).link();
    m_facilitator = link && link->facilitator;
    reload();
}

int ConflictsDialog::conflictCount() const
{
    return m_table->rowCount();
}

void ConflictsDialog::reload()
{
    sync::Replica replica(m_session.db());
    const auto list = replica.conflicts(kShown);
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < static_cast<int>(list.size()); ++row) {
        const auto& c = list[static_cast<std::size_t>(row)];
        QString kind = toQ(c.kind);
        if (!kind.isEmpty())
            kind[0] = kind[0].toUpper();
        const QString record = kind + QStringLiteral(" “") + toQ(c.label) + QStringLiteral("”");
        // A member's part in a decision merges on its own: "participants/<member>".
        QString field = toQ(c.field);
        if (field.startsWith(QStringLiteral("participants/")))
            field = tr("stance of %1").arg(m_session.memberName(domain::MemberId(toStd(field.mid(13)))));
        const QStringList cells{record,
                                field,
                                readable(c.keptValue),
                                byWhom(m_session.memberName(domain::MemberId(c.keptBy)), c.keptAt),
                                readable(c.lostValue),
                                byWhom(m_session.memberName(domain::MemberId(c.lostBy)), c.lostAt)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        // The row remembers its conflict: a sync while the dialog is open may reorder the list.
        m_table->item(row, 0)->setData(Qt::UserRole, toQ(c.winner));
        m_table->item(row, 0)->setData(Qt::UserRole + 1, toQ(c.loser));
        m_table->item(row, 0)->setData(Qt::UserRole + 2, toQ(c.field));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
    const auto refused = replica.refusals(20);
    QString text;
    for (const auto& [what, reason] : refused)
        text += tr("• Refused by the server: %1 (%2)\n").arg(toQ(what), toQ(reason));
    m_refusals->setText(text.trimmed());
    m_refusals->setVisible(!refused.empty());
    if (list.empty())
        m_hint->setText(tr("No open conflicts."));
    else if (!m_facilitator)
        m_hint->setText(tr("Only a facilitator can settle a conflict."));
    else
        m_hint->setText(tr("Settling adds one more change, which every workstation receives."));
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool chosen = m_table->currentRow() >= 0 && m_table->rowCount() > 0;
    m_keep->setEnabled(chosen && m_facilitator);
    m_restore->setEnabled(chosen && m_facilitator);
}

bool ConflictsDialog::settle(int row, bool restoreLost)
{
    if (!m_facilitator || row < 0)
        return false;
    if (row >= m_table->rowCount())
        return false;
    const auto* item = m_table->item(row, 0);
    const std::string winner = toStd(item->data(Qt::UserRole).toString());
    const std::string loser = toStd(item->data(Qt::UserRole + 1).toString());
    const std::string field = toStd(item->data(Qt::UserRole + 2).toString());
    sync::Replica replica(m_session.db());
    const auto list = replica.conflicts(kShown);
    const auto chosen = std::find_if(list.begin(), list.end(), [&](const sync::Conflict& c) {
        return c.winner == winner && c.loser == loser && c.field == field;
    });
    if (chosen == list.end()) {
        reload(); // settled or changed meanwhile
        return false;
    }
    try {
        const auto me = m_session.me();
        replica.settle(*chosen, restoreLost,
                       me ? std::optional<std::string>(me->str()) : std::nullopt,
                       m_session.clock().now().toString());
    } catch (const std::exception& e) {
        m_hint->setText(tr("Could not settle: %1").arg(toQ(e.what())));
        return false;
    }
    m_session.reloadAll();
    emit settled();
    reload();
    return true;
}

} // namespace baton::ui
