#include "models/PagedTableModel.h"

#include <algorithm>
#include <limits>

namespace baton::ui {

PagedTableModel::PagedTableModel(std::unique_ptr<PagedSource> source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{
    m_count = static_cast<int>(std::min<std::int64_t>(m_source->count(), std::numeric_limits<int>::max()));
    m_cursors[0] = std::nullopt;
}

PagedTableModel::~PagedTableModel() = default;

int PagedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_count; }

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

void PagedTableModel::setSource(std::unique_ptr<PagedSource> source)
{
    beginResetModel();
    m_source = std::move(source);
    m_pages.clear();
    m_recent.clear();
    m_cursors.clear();
    m_cursors[0] = std::nullopt;
    m_count = static_cast<int>(std::min<std::int64_t>(m_source->count(), std::numeric_limits<int>::max()));
    endResetModel();
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_cursors.clear();
    m_cursors[0] = std::nullopt;
    m_count = static_cast<int>(std::min<std::int64_t>(m_source->count(), std::numeric_limits<int>::max()));
    endResetModel();
}

std::optional<domain::ListCursor> PagedTableModel::cursorFor(int pageIndex) const
{
    if (const auto it = m_cursors.find(pageIndex); it != m_cursors.end())
        return it->second;
    // Jump from the nearest known page boundary before it, through the sort index only.
    auto known = m_cursors.lower_bound(pageIndex);
    --known; // page 0 is always known
    const std::int64_t rows = static_cast<std::int64_t>(pageIndex - known->first) * kPageSize;
    const auto cursor = m_source->skip(known->second, rows);
    m_cursors[pageIndex] = cursor;
    return cursor;
}

const std::vector<ListRow>* PagedTableModel::page(int pageIndex) const
{
    if (const auto it = m_pages.find(pageIndex); it != m_pages.end()) {
        m_recent.remove(pageIndex);
        m_recent.push_front(pageIndex);
        return &it->second;
    }
    const auto after = cursorFor(pageIndex);
    if (pageIndex > 0 && !after)
        return nullptr;
    auto fetched = m_source->fetch(after, kPageSize);
    if (fetched.next)
        m_cursors[pageIndex + 1] = fetched.next;
    m_pages[pageIndex] = std::move(fetched.rows);
    m_recent.push_front(pageIndex);
    while (m_recent.size() > kMaxCachedPages) {
        m_pages.erase(m_recent.back());
        m_recent.pop_back();
    }
    return &m_pages[pageIndex];
}

const ListRow* PagedTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const std::vector<ListRow>* rows = page(row / kPageSize);
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    if (!rows || offset >= rows->size())
        return nullptr;
    return &(*rows)[offset];
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kIdRole && role != Qt::ForegroundRole
        && role != Qt::AccessibleTextRole)
        return {};
    const ListRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == kIdRole)
        return row->id;
    if (role == Qt::ForegroundRole)
        return row->foreground;
    const auto column = static_cast<std::size_t>(index.column());
    return column < row->cells.size() ? row->cells[column] : QVariant();
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return m_source->header(section);
}

QString PagedTableModel::idAt(int row) const
{
    const ListRow* r = rowAt(row);
    return r ? r->id : QString();
}

int PagedTableModel::rowOfLoaded(const QString& id) const
{
    for (const auto& [pageIndex, rows] : m_pages) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id)
                return pageIndex * kPageSize + static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace baton::ui
