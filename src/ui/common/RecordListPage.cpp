#include "common/RecordListPage.h"

#include "common/Retract.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/CsvExportJob.h"
#include "models/PagedTableModel.h"

#include "baton/storage/StorageError.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton::ui {

RecordListPage::RecordListPage(TeamSession& session, const QString& searchHint, QWidget* parent)
    : Page(session, parent)
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_actions(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->setAccessibleName(tr("Actions"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_countLabel);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save every row of this list, as filtered, to a CSV file"));
    top->addWidget(exportButton);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const auto ok = exportCsv(path); !ok && ok.error().code != domain::ErrorCode::Cancelled)
            QMessageBox::warning(this, tr("Export CSV"), toQ(ok.error().message));
    });

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Size columns from the rows on screen only: measuring every loaded row costs more than
    // reading them.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->setAccessibleName(tr("List"));

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Details"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({650, 380});
    m_splitter->setChildrenCollapsible(false);

    m_filters->addStretch(); // filters sit on their own row, left-aligned, never squeezed
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_filters);
    layout->addWidget(m_actions);
    layout->addWidget(m_splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecordListPage::refilter);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &RecordListPage::onLinkClicked);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_detail);
}

void RecordListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QComboBox* RecordListPage::addFilter(const QString& accessibleName, const QString& tip)
{
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filters->insertWidget(m_filters->count() - 1, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &RecordListPage::refilter);
    return combo;
}

QString RecordListPage::safeDetail(const QString& id)
{
    try {
        return detailHtml(id);
    } catch (const std::exception& e) {
        return tr("<p style=\"color:#c0392b\">This record could not be read: %1</p>")
            .arg(QString::fromStdString(e.what()).toHtmlEscaped());
    }
}

void RecordListPage::refilter()
{
    try {
        refilterUnchecked();
    } catch (const std::exception& e) {
        m_countLabel->setText(tr("The list could not be read: %1").arg(QString::fromStdString(e.what())));
    }
}

void RecordListPage::refilterUnchecked()
{
    if (!m_model)
        prepareFilters();
    auto source = makeSource(m_search->text().trimmed());
    if (!m_model) {
        m_model = new PagedTableModel(std::move(source), this);
        m_table->setModel(m_model);
        connect(m_model, &PagedTableModel::countKnown, this, &RecordListPage::updateCountLabel);
        // Only columns the list can order without reading every row take a sort click.
        m_table->horizontalHeader()->setSortIndicatorShown(true);
        m_table->horizontalHeader()->setSectionsClickable(true);
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
                [this](int column, Qt::SortOrder order) {
                    if (!m_model->canSortBy(column)) {
                        const QSignalBlocker block(m_table->horizontalHeader());
                        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
                        return;
                    }
                    m_sortColumn = column;
                    m_sortOrder = order;
                    m_model->sort(column, order);
                    updateCountLabel();
                });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &RecordListPage::onSelectionChanged);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_model->columnCount(); ++c)
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    } else {
        if (m_sortColumn >= 0 && source->canSortBy(m_sortColumn))
            source->sortBy(m_sortColumn, m_sortOrder);
        m_model->setSource(std::move(source));
    }
    updateCountLabel();
    const int row = m_model->rowOfLoaded(m_currentId);
    if (row >= 0) {
        m_showing = true;
        m_table->selectRow(row);
        m_showing = false;
    }
}

domain::Result<void> RecordListPage::exportCsv(const QString& path, bool showDialog)
{
    PagedSource::Reopen reopen;
    try {
        auto source = makeSource(m_search->text().trimmed());
        if (m_sortColumn >= 0 && source->canSortBy(m_sortColumn))
            source->sortBy(m_sortColumn, m_sortOrder);
        reopen = source->reopen();
    } catch (const std::exception& e) {
        return domain::makeError(
            domain::ErrorCode::Io,
            toStd(tr("%1 was not written: the list could not be read (%2)").arg(path, toQ(e.what()))));
    }
    return exportCsvInBackground(this, session().file().path(), std::move(reopen), path, showDialog);
}

void RecordListPage::updateCountLabel()
{
    m_countLabel->setText(m_model->counting() ? tr("counting…") : tr("%n shown", nullptr, m_model->rowCount()));
}

void RecordListPage::reload()
{
    if (!m_model) {
        refilter();
    } else {
        if (m_model->sourceHoldsItsRows())
            refilter(); // its rows were read when it was made: make it again to read them as they are now
        else
            m_model->reload();
        updateCountLabel();
        const int row = m_model->rowOfLoaded(m_currentId);
        if (row < 0 && !m_currentId.isEmpty()) {
            // The record may sit on a page not read yet: look through the first pages.
            for (int r = 0; r < std::min(m_model->rowCount(), 2000); ++r) {
                if (m_model->idAt(r) == m_currentId) {
                    m_showing = true;
                    m_table->selectRow(r);
                    m_showing = false;
                    break;
                }
            }
        } else if (row >= 0) {
            m_showing = true;
            m_table->selectRow(row);
            m_showing = false;
        }
    }
    m_detail->setHtml(safeDetail(m_currentId));
    currentChanged(m_currentId);
}

void RecordListPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    if (!m_model)
        refilter();
    // Show the first record rather than an empty detail pane.
    if (m_currentId.isEmpty() && m_model && m_model->rowCount() > 0) {
        m_currentId = m_model->idAt(0);
        m_showing = true;
        m_table->selectRow(0);
        m_showing = false;
    }
    // The list is usable now; its detail pane fills in right after the first paint.
    QTimer::singleShot(0, this, [this] {
        m_detail->setHtml(safeDetail(m_currentId));
        currentChanged(m_currentId);
    });
}

void RecordListPage::showRecord(const QString& id)
{
    m_activated = true;
    if (!m_model)
        refilter();
    m_currentId = id;
    const int row = m_model->rowOfLoaded(id);
    m_showing = true;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    m_showing = false;
    m_detail->setHtml(safeDetail(id));
    currentChanged(id);
}

void RecordListPage::onSelectionChanged()
{
    if (m_showing)
        return;
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = m_model->idAt(index.row());
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    m_detail->setHtml(safeDetail(id));
    currentChanged(id);
    emit navigate(Location{pageId(), id});
}

void RecordListPage::onLinkClicked(const QUrl& url)
{
    Location where;
    if (locationFromLink(url, where))
        emit navigate(where);
}

void RecordListPage::retractCurrent(domain::RecordKind kind, const QString& label)
{
    retractRecord(this, session(), kind, currentId(), label);
}

} // namespace baton::ui
