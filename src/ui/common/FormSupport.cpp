#include "common/FormSupport.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/SqliteInitiativeCatalog.h"

#include <QCompleter>

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <map>

namespace baton::ui {

void setupFormDialog(QDialog* dialog, QDialogButtonBox* buttons, QLabel* problem)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), dialog);
    QObject::connect(save, &QShortcut::activated, dialog, [buttons] {
        for (auto* b : buttons->buttons()) {
            const auto role = buttons->buttonRole(b);
            if (role == QDialogButtonBox::AcceptRole && b->isEnabled())
                b->click();
        }
    });
    auto* save2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), dialog);
    QObject::connect(save2, &QShortcut::activated, save, &QShortcut::activated);
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem->hide();
}

void showProblem(QDialogButtonBox* buttons, QLabel* problem, const QString& text)
{
    problem->setText(text);
    problem->setVisible(!text.isEmpty());
    for (auto* b : buttons->buttons()) {
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(text.isEmpty());
    }
}

namespace {
void makeCompleting(QComboBox* combo)
{
    if (!combo->isEditable())
        return;
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
}

/// The item the editable picker names. The chosen item wins when its text is what the field
/// shows, so of two members with the same name the second can be chosen; typed text falls
/// back to the first item spelled that way.
int exactIndex(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return -1;
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return current;
    return combo->findText(text, Qt::MatchFixedString);
}

/// "Alex Kim" or, when two members share the name, "Alex Kim (alex@example.org)".
QString memberLabel(const domain::Member& m, bool shared)
{
    if (!shared)
        return toQ(m.name);
    const std::string detail = m.email ? *m.email : m.title ? *m.title : m.id.str().substr(0, 8);
    return QStringLiteral("%1 (%2)").arg(toQ(m.name), toQ(detail));
}
} // namespace

void fillMemberPicker(QComboBox* combo, TeamSession& session, bool activeOnly, const QString& none)
{
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, QString());
    const domain::Date today = session.today();
    std::map<std::string, int> names;
    for (const auto& m : session.members())
        ++names[m.name];
    for (const auto& m : session.members()) {
        if (activeOnly && m.hasLeftBy(today))
            continue;
        combo->addItem(memberLabel(m, names[m.name] > 1), toQ(m.id.str()));
    }
    makeCompleting(combo);
    combo->setCurrentIndex(none.isEmpty() ? -1 : 0);
}

std::optional<domain::MemberId> pickedMember(const QComboBox* combo)
{
    const int i = combo->isEditable() ? exactIndex(combo) : combo->currentIndex();
    if (i < 0 || combo->itemData(i).toString().isEmpty())
        return std::nullopt;
    return domain::MemberId(toStd(combo->itemData(i).toString()));
}

void selectMember(QComboBox* combo, const std::optional<domain::MemberId>& id)
{
    combo->setCurrentIndex(id ? combo->findData(toQ(id->str()))
                              : (combo->count() > 0 && combo->itemData(0).toString().isEmpty() ? 0 : -1));
}

void fillAreaPicker(QComboBox* combo, TeamSession& session, const QString& none)
{
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, QString());
    for (const auto& a : session.areas())
        combo->addItem(toQ(a.name), toQ(a.id.str()));
    makeCompleting(combo);
    combo->setCurrentIndex(none.isEmpty() ? -1 : 0);
}

std::optional<domain::AreaId> pickedArea(const QComboBox* combo)
{
    const int i = combo->isEditable() ? exactIndex(combo) : combo->currentIndex();
    if (i < 0 || combo->itemData(i).toString().isEmpty())
        return std::nullopt;
    return domain::AreaId(toStd(combo->itemData(i).toString()));
}

void fillInitiativePicker(QComboBox* combo, TeamSession& session, const QString& none)
{
    combo->clear();
    combo->addItem(none, QString());
    // Every initiative, read in pages: a decision linked to the 5,001st must stay linked.
    storage::SqliteInitiativeCatalog catalog(session.db());
    std::optional<domain::ListCursor> cursor;
    do {
        const auto page = catalog.page({}, session.today(), cursor, 5000);
        for (const auto& i : page.rows)
            combo->addItem(toQ(i.title), toQ(i.id.str()));
        cursor = page.next;
    } while (cursor);
    makeCompleting(combo);
    combo->setCurrentIndex(0);
}

std::optional<domain::InitiativeId> pickedInitiative(const QComboBox* combo)
{
    const int i = combo->isEditable() ? exactIndex(combo) : combo->currentIndex();
    if (i < 0 || combo->itemData(i).toString().isEmpty())
        return std::nullopt;
    return domain::InitiativeId(toStd(combo->itemData(i).toString()));
}

void selectInitiative(QComboBox* combo, const std::optional<domain::InitiativeId>& id)
{
    combo->setCurrentIndex(id ? std::max(0, combo->findData(toQ(id->str()))) : 0);
}

void selectInitiative(QComboBox* combo, TeamSession& session, const std::optional<domain::InitiativeId>& id)
{
    if (id && combo->findData(toQ(id->str())) < 0) {
        // A link the list does not show (retracted since, say) is kept, never silently dropped.
        if (const auto i = session.initiative(*id))
            combo->addItem(toQ(i->title), toQ(i->id.str()));
    }
    selectInitiative(combo, id);
}

void fillAreaChecklist(QListWidget* list, TeamSession& session, const std::vector<domain::AreaId>& selected)
{
    for (const auto& a : session.areas()) {
        auto* item = new QListWidgetItem(toQ(a.name), list);
        item->setData(Qt::UserRole, toQ(a.id.str()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(selected.begin(), selected.end(), a.id) != selected.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<domain::AreaId> checkedAreas(const QListWidget* list)
{
    std::vector<domain::AreaId> out;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->checkState() == Qt::Checked)
            out.emplace_back(toStd(item->data(Qt::UserRole).toString()));
    }
    return out;
}

void setOptionalDate(QCheckBox* has, QDateEdit* edit, const std::optional<domain::Date>& value, domain::Date fallback)
{
    has->setChecked(value.has_value());
    edit->setDate(toQDate(value.value_or(fallback)));
    edit->setEnabled(value.has_value());
    QObject::connect(has, &QCheckBox::toggled, edit, &QWidget::setEnabled);
}

std::optional<domain::Date> optionalDate(const QCheckBox* has, const QDateEdit* edit)
{
    if (!has->isChecked())
        return std::nullopt;
    return fromQDate(edit->date());
}

FilterRefill::FilterRefill(std::initializer_list<QComboBox*> combos)
{
    for (QComboBox* c : combos) {
        c->blockSignals(true);
        m_kept.emplace_back(c, c->count() ? c->currentData() : QVariant());
    }
}

FilterRefill::~FilterRefill()
{
    for (auto& [combo, data] : m_kept) {
        if (data.isValid()) {
            const int i = combo->findData(data);
            combo->setCurrentIndex(i >= 0 ? i : 0);
        }
        combo->blockSignals(false);
    }
}

} // namespace baton::ui
