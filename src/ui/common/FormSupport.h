#pragma once

// Small helpers every editor dialog shares: pickers that complete as you type, enum
// combos, the inline problem line, and Ctrl+Return to save.

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"
#include "core/EnumText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace baton::ui {

class TeamSession;

/// Wires Ctrl+Return to the OK/Save button, Esc to cancel, and styles the problem line.
void setupFormDialog(QDialog* dialog, QDialogButtonBox* buttons, QLabel* problem);
/// Shows `text` next to the fields (empty hides it) and enables saving only when empty.
void showProblem(QDialogButtonBox* buttons, QLabel* problem, const QString& text);

/// Members as choices, completing on any part of the name; `activeOnly` leaves out those
/// who have left. `none` adds a first, empty choice with that label.
void fillMemberPicker(QComboBox* combo, TeamSession& session, bool activeOnly, const QString& none = {});
/// The member an editable picker names: the chosen item (by id), or the first spelled as
/// typed (case-insensitive). Members who share a name are shown with their email.
std::optional<domain::MemberId> pickedMember(const QComboBox* combo);
void selectMember(QComboBox* combo, const std::optional<domain::MemberId>& id);

void fillAreaPicker(QComboBox* combo, TeamSession& session, const QString& none = {});
std::optional<domain::AreaId> pickedArea(const QComboBox* combo);

/// Every initiative by title, completing on any part of the title.
void fillInitiativePicker(QComboBox* combo, TeamSession& session, const QString& none);
std::optional<domain::InitiativeId> pickedInitiative(const QComboBox* combo);
void selectInitiative(QComboBox* combo, const std::optional<domain::InitiativeId>& id);
/// As above, adding the linked initiative when the picker lacks it, so a link is never lost.
void selectInitiative(QComboBox* combo, TeamSession& session, const std::optional<domain::InitiativeId>& id);

/// Expertise areas as a checklist, with `selected` ticked.
void fillAreaChecklist(QListWidget* list, TeamSession& session, const std::vector<domain::AreaId>& selected);
std::vector<domain::AreaId> checkedAreas(const QListWidget* list);

/// A "has a date" checkbox that enables its date field; the field starts at `value` or `fallback`.
void setOptionalDate(QCheckBox* has, QDateEdit* edit, const std::optional<domain::Date>& value, domain::Date fallback);
std::optional<domain::Date> optionalDate(const QCheckBox* has, const QDateEdit* edit);

/// While refilling filter combos: blocks their signals and puts back the choices they had
/// (by item data), so a refill never changes what the list shows.
class FilterRefill {
public:
    explicit FilterRefill(std::initializer_list<QComboBox*> combos);
    ~FilterRefill();
    FilterRefill(const FilterRefill&) = delete;
    FilterRefill& operator=(const FilterRefill&) = delete;

private:
    std::vector<std::pair<QComboBox*, QVariant>> m_kept;
};

/// Fills a combo with every value of E, shown by its translated name.
template <typename E> void fillEnumCombo(QComboBox* combo)
{
    combo->clear();
    for (std::size_t i = 0; i < domain::EnumNames<E>::kNames.size(); ++i)
        combo->addItem(displayName(static_cast<E>(i)), static_cast<int>(i));
}

template <typename E> E enumValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E> void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace baton::ui
