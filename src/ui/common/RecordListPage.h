#pragma once

#include "shell/Page.h"

#include "baton/domain/RecordKind.h"
#include "baton/domain/Result.h"

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace baton::ui {

class PagedSource;
class PagedTableModel;

/// The shape every list page shares: search as you type, filters, a lazily paged table,
/// and a detail pane whose links navigate. Subclasses say what to list and how to show it.
class RecordListPage : public Page {
    Q_OBJECT
public:
    RecordListPage(TeamSession& session, const QString& searchHint, QWidget* parent);

    void showRecord(const QString& id) override;
    void activate() override;
    void focusSearch() override;
    QString currentId() const { return m_currentId; }
    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QTextBrowser* detail() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }
    /// Re-reads the list, keeping the selection when the record is still there.
    void reload();
    /// Writes every row the list shows (search, filters and order applied) as CSV, atomically,
    /// on another thread with a cancellable progress dialog (see exportCsvInBackground).
    domain::Result<void> exportCsv(const QString& path, bool showDialog = true);

protected:
    /// The rows to list for the current search text and filters.
    virtual std::unique_ptr<PagedSource> makeSource(const QString& searchText) = 0;
    /// The detail pane's HTML for a record (empty id: a hint).
    virtual QString detailHtml(const QString& id) = 0;
    /// Called once, before the list is first read: fill the filters then, not at start-up.
    virtual void prepareFilters() {}
    /// Called when the shown record changes, to enable actions.
    virtual void currentChanged(const QString& id) { Q_UNUSED(id) }

    /// Adds a filter combo box to the filter bar; changes re-run the list.
    QComboBox* addFilter(const QString& accessibleName, const QString& tip);
    QToolBar* actions() const { return m_actions; }
    /// Re-runs the list after a filter changed (keeps the detail).
    void refilter();
    /// Asks, then retracts the shown record (entered by mistake) through the edit service:
    /// hidden from lists and reports, kept and marked in history. `label` names it.
    void retractCurrent(domain::RecordKind kind, const QString& label);

private:
    void refilterUnchecked();
    void updateCountLabel();
    QString safeDetail(const QString& id);
    void onSelectionChanged();
    void onLinkClicked(const QUrl& url);

    QLineEdit* m_search;
    QHBoxLayout* m_filters;
    QToolBar* m_actions;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QTimer* m_searchDelay;
    PagedTableModel* m_model = nullptr;
    QString m_currentId;
    bool m_showing = false;
    bool m_activated = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace baton::ui
