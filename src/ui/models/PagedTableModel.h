#pragma once

#include "models/PagedSource.h"

#include <QAbstractTableModel>

#include <list>
#include <map>
#include <memory>

namespace baton::ui {

/// A table over a PagedSource that reads pages of rows only when the view needs them and
/// keeps a bounded cache of pages, so a million rows scroll in constant memory.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr std::size_t kMaxCachedPages = 40;
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit PagedTableModel(std::unique_ptr<PagedSource> source, QObject* parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Re-orders by a column the source can sort by; other columns are left as they are.
    void sort(int column, Qt::SortOrder order) override;
    bool canSortBy(int column) const { return m_source->canSortBy(column); }
    /// True when reload() would show the rows the source read when it was made (see PagedSource).
    bool sourceHoldsItsRows() const { return m_source->holdsItsRows(); }

    /// Replaces the source (a new filter) and starts again from the top.
    void setSource(std::unique_ptr<PagedSource> source);
    /// Re-reads the count and drops the cache, after the records changed.
    void reload();
    QString idAt(int row) const;
    /// Row of the record with this id among the pages already read, or -1.
    int rowOfLoaded(const QString& id) const;
    std::size_t cachedPages() const { return m_pages.size(); }
    /// True while the full count is still being worked out on another thread.
    bool counting() const { return m_counting; }

signals:
    /// The full row count is known (rows may have been appended to the first page).
    void countKnown(int rows);

private:
    int safeCount() const;
    /// Shows the first page at once and counts the rest on another thread when that is slow.
    void startCounting();
    const ListRow* rowAt(int row) const;
    const std::vector<ListRow>* page(int pageIndex) const;
    std::optional<domain::ListCursor> cursorFor(int pageIndex) const;

    std::unique_ptr<PagedSource> m_source;
    int m_count = 0;
    mutable std::map<int, std::vector<ListRow>> m_pages;
    mutable std::list<int> m_recent;                                    ///< most recently used page first
    mutable std::map<int, std::optional<domain::ListCursor>> m_cursors; ///< page -> cursor it starts after
    std::vector<class QThread*> m_countThreads;
    int m_generation = 0; ///< bumps with every new source, so a late count for an old one is ignored
    bool m_counting = false;
};

} // namespace baton::ui
