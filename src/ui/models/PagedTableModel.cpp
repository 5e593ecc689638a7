#include "models/PagedTableModel.h"

#include "baton/storage/StorageError.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

namespace baton::ui {

PagedTableModel::PagedTableModel(std::unique_ptr<PagedSource> source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{
    m_cursors[0] = std::nullopt;
    startCounting();
}

PagedTableModel::~PagedTableModel()
{
    for (QThread* t : m_countThreads) {
        t->wait(); // a count takes well under a second; its result is then ignored
        delete t;
    }
}

namespace {
/// The count starts this long after the first page: on two cores, counting a million rows at
/// once would compete with the window's first frame on a real screen (and the list shows its
/// first page, with a scroll bar for it, meanwhile).
constexpr int kCountDelayMs = 250;
} // namespace

void PagedTableModel::startCounting()
{
    ++m_generation;
    auto task = m_source->backgroundCount();
    if (!task) {
        m_count = safeCount();
        m_counting = false;
        return;
    }
    // The first page is read now; only a list longer than one page waits for its count.
    const std::vector<ListRow>* first = page(0);
    const bool more = m_cursors.count(1) > 0 && m_cursors[1].has_value();
    m_count = first ? static_cast<int>(first->size()) : 0;
    if (!more) {
        m_counting = false;
        return;
    }
    m_counting = true;
    auto result = std::make_shared<std::int64_t>(-1);
    QThread* thread = QThread::create([task, result] {
        try {
            *result = task();
        } catch (const std::exception&) {
            *result = -1;
        }
    });
    m_countThreads.push_back(thread);
    const int generation = m_generation;
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_countThreads.erase(std::remove(m_countThreads.begin(), m_countThreads.end(), thread), m_countThreads.end());
        thread->deleteLater();
        if (generation != m_generation)
            return;
        m_counting = false;
        const int total =
            *result < 0 ? m_count : static_cast<int>(std::min<std::int64_t>(*result, std::numeric_limits<int>::max()));
        if (total > m_count) {
            beginInsertRows({}, m_count, total - 1);
            m_count = total;
            endInsertRows();
        }
        emit countKnown(m_count);
    });
    QTimer::singleShot(kCountDelayMs, thread, [thread] { thread->start(); });
}

int PagedTableModel::safeCount() const
{
    try {
        return static_cast<int>(std::min<std::int64_t>(m_source->count(), std::numeric_limits<int>::max()));
    } catch (const std::exception&) {
        return 0;
    }
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

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
    startCounting();
    endResetModel();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source->canSortBy(column))
        return;
    beginResetModel();
    m_source->sortBy(column, order);
    m_pages.clear();
    m_recent.clear();
    m_cursors.clear();
    m_cursors[0] = std::nullopt;
    startCounting();
    endResetModel();
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_cursors.clear();
    m_cursors[0] = std::nullopt;
    startCounting();
    endResetModel();
}

std::optional<domain::ListCursor> PagedTableModel::cursorFor(int pageIndex) const
{
    if (const auto it = m_cursors.find(pageIndex); it != m_cursors.end())
        return it->second;
    // Jump from the nearest known page boundary before it, through the sort index only.
    // Only real cursors are remembered: an empty one means "the start", which is page 0 alone.
    auto known = m_cursors.lower_bound(pageIndex);
    do {
        --known;
    } while (known->first > 0 && !known->second);
    const std::int64_t rows = static_cast<std::int64_t>(pageIndex - known->first) * kPageSize;
    const auto cursor = m_source->skip(known->second, rows);
    if (cursor)
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
    domain::ListPage<ListRow> fetched;
    try {
        const auto after = cursorFor(pageIndex);
        if (pageIndex > 0 && !after)
            return nullptr;
        fetched = m_source->fetch(after, kPageSize);
    } catch (const std::exception&) {
        return nullptr; // an unreadable page shows as empty rows; the page reports the error
    }
    if (fetched.next)
        m_cursors[pageIndex + 1] = fetched.next; // never an empty cursor past page 0
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kIdRole && role != Qt::ForegroundRole &&
        role != Qt::AccessibleTextRole)
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
