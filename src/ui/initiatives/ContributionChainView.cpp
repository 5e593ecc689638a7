#include "initiatives/ContributionChainView.h"

#include "core/Text.h"
#include "initiatives/ChainText.h"
#include "initiatives/ContributionChainItems.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace baton::ui {
using namespace baton::domain;

namespace {

constexpr qreal kFitMinZoom = 0.35; // below this the cards cannot be read: scroll instead
constexpr qreal kZoomStep = 1.25;

} // namespace

ContributionChainView::ContributionChainView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("chainView"));
    setAccessibleName(tr("Chain of work"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { emit contributionSelected(selectedContribution()); });
}

ContributionChainView::~ContributionChainView()
{
    m_nodes.clear();
    m_edges.clear();
    m_scene->blockSignals(true);
    delete m_scene;
}

void ContributionChainView::showChain(std::vector<Contribution> contributions, Date today,
                                      const MemberNames& memberName)
{
    // Forget the items before the scene deletes them: clearing announces a selection change.
    m_nodes.clear();
    m_edges.clear();
    m_scene->clear();
    m_contributions = std::move(contributions);
    m_chain = buildContributionChain(m_contributions, today);
    m_scene->setFont(font());

    if (m_chain.nodes.empty()) {
        auto* empty = m_scene->addSimpleText(tr("No contributions yet: add one with Add Contribution."), font());
        empty->setBrush(palette().color(QPalette::PlaceholderText));
        m_scene->setSceneRect(empty->boundingRect().adjusted(-20, -20, 20, 20));
        m_autoFit = true;
        fitAll();
        return;
    }

    // Card and gap sizes follow the font, so a larger system font gets larger cards.
    const QFontMetricsF metrics(font());
    const qreal line = metrics.lineSpacing();
    const QSizeF cardSize(std::max<qreal>(230, metrics.averageCharWidth() * 36), 16 + 5 * line + 6);
    const qreal columnStep =
        cardSize.width() + std::max<qreal>(150, metrics.horizontalAdvance(QStringLiteral("waiting 000 days")) + 50);
    const qreal rowStep = cardSize.height() + 28;

    std::map<std::string, std::size_t> index; // contribution id -> node index
    for (std::size_t n = 0; n < m_chain.nodes.size(); ++n)
        index[m_chain.nodes[n].id.str()] = n;
    std::map<std::string, const Contribution*> byId;
    for (const auto& c : m_contributions)
        byId.emplace(c.id.str(), &c);

    // Columns by depth; within a column, each card goes level with the mean of its dependencies
    // (the barycentre, which keeps chains straight and uncrosses most arrows), and never closer
    // than a row to the card above it.
    int maxDepth = 0;
    for (const auto& n : m_chain.nodes)
        maxDepth = std::max(maxDepth, n.depth);
    std::vector<std::vector<std::size_t>> dependencies(m_chain.nodes.size());
    for (const auto& l : m_chain.links)
        dependencies[index.at(l.to.str())].push_back(index.at(l.from.str()));
    std::vector<qreal> y(m_chain.nodes.size(), 0);
    for (int depth = 0; depth <= maxDepth; ++depth) {
        std::vector<std::pair<qreal, std::size_t>> column;
        for (std::size_t n = 0; n < m_chain.nodes.size(); ++n) {
            if (m_chain.nodes[n].depth != depth)
                continue;
            qreal wanted = 0;
            for (std::size_t d : dependencies[n])
                wanted += y[d];
            column.emplace_back(dependencies[n].empty() ? 0 : wanted / static_cast<qreal>(dependencies[n].size()), n);
        }
        std::stable_sort(column.begin(), column.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        qreal next = -std::numeric_limits<qreal>::infinity();
        for (const auto& [wanted, n] : column) {
            y[n] = std::max(wanted, next);
            next = y[n] + rowStep;
        }
    }

    for (std::size_t n = 0; n < m_chain.nodes.size(); ++n) {
        const ChainNode& node = m_chain.nodes[n];
        const Contribution& c = *byId.at(node.id.str());
        ChainCard card{toQ(c.id.str()),
                       toQ(c.description).simplified(),
                       memberName(c.member),
                       c.status,
                       c.startedOn,
                       c.doneOn,
                       node.days,
                       node.depth,
                       node.critical};
        auto* item = new ChainNodeItem(std::move(card), cardSize);
        item->setPos(node.depth * columnStep, y[n]);
        m_scene->addItem(item);
        m_nodes.push_back(item);
    }

    // Arrows leave and arrive spread along the cards' sides, ordered by the other end's height.
    std::vector<std::vector<std::size_t>> outgoing(m_nodes.size()), incoming(m_nodes.size());
    for (std::size_t k = 0; k < m_chain.links.size(); ++k) {
        outgoing[index.at(m_chain.links[k].from.str())].push_back(k);
        incoming[index.at(m_chain.links[k].to.str())].push_back(k);
    }
    auto byHeight = [&](std::vector<std::size_t>& links, bool byTarget) {
        std::stable_sort(links.begin(), links.end(), [&](std::size_t a, std::size_t b) {
            const auto& la = m_chain.links[a];
            const auto& lb = m_chain.links[b];
            return y[index.at((byTarget ? la.to : la.from).str())] < y[index.at((byTarget ? lb.to : lb.from).str())];
        });
    };
    std::map<std::size_t, QPointF> starts, ends;
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        byHeight(outgoing[n], true);
        byHeight(incoming[n], false);
        for (std::size_t k = 0; k < outgoing[n].size(); ++k)
            starts[outgoing[n][k]] = m_nodes[n]->outPort(static_cast<int>(k), static_cast<int>(outgoing[n].size()));
        for (std::size_t k = 0; k < incoming[n].size(); ++k)
            ends[incoming[n][k]] = m_nodes[n]->inPort(static_cast<int>(k), static_cast<int>(incoming[n].size()));
    }
    // An arrow that skips columns runs along a lane clear of the cards it passes, between rows,
    // rather than behind them; the lane nearest its ends wins.
    const qreal gap = columnStep - cardSize.width();
    auto route = [&](QPointF start, QPointF end, const ChainNodeItem* from, const ChainNodeItem* to) {
        QPolygonF points{start};
        if (to->card().depth - from->card().depth > 1) {
            std::vector<QRectF> passed;
            std::vector<qreal> lanes{start.y(), end.y()};
            for (const ChainNodeItem* n : m_nodes) {
                if (n->card().depth > from->card().depth && n->card().depth < to->card().depth) {
                    const QRectF r = n->mapRectToScene(QRectF(QPointF(0, 0), cardSize));
                    passed.push_back(r);
                    lanes.push_back(r.top() - (rowStep - cardSize.height()) / 2);
                    lanes.push_back(r.bottom() + (rowStep - cardSize.height()) / 2);
                }
            }
            const qreal laneFrom = start.x() + gap / 2;
            const qreal laneTo = end.x() - gap / 2;
            std::optional<qreal> best;
            for (qreal lane : lanes) {
                const QRectF band(QPointF(laneFrom, lane - 6), QPointF(laneTo, lane + 6));
                if (std::any_of(passed.begin(), passed.end(), [&](const QRectF& r) { return r.intersects(band); }))
                    continue;
                const auto cost = [&](qreal at) { return std::abs(at - start.y()) + std::abs(at - end.y()); };
                if (!best || cost(lane) < cost(*best))
                    best = lane;
            }
            if (best)
                points << QPointF(laneFrom, *best) << QPointF(laneTo, *best);
        }
        points << end;
        return points;
    };
    for (std::size_t k = 0; k < m_chain.links.size(); ++k) {
        const ChainLink& link = m_chain.links[k];
        ChainNodeItem* from = m_nodes[index.at(link.from.str())];
        ChainNodeItem* to = m_nodes[index.at(link.to.str())];
        const bool critical = from->card().critical && to->card().critical;
        auto* edge = new ChainEdgeItem(from, to, route(starts[k], ends[k], from, to), critical, link.waiting);
        m_scene->addItem(edge);
        // The label sits in a gap between columns, where no card is: first choice just before the
        // dependent, else further along the arrow, where it covers no other label.
        auto* label = new ChainLabelItem(chainLinkLabel(link), critical);
        m_scene->addItem(label);
        std::vector<qreal> spots; // across each gap the arrow crosses, the one before the dependent first
        const qreal half = label->boundingRect().width() / 2 + 2;
        for (qreal right = to->x(); right > from->x() + cardSize.width(); right -= columnStep)
            for (qreal f : {0.5, 0.32, 0.68, 0.16, 0.84})
                if (gap * f >= half && gap * (1 - f) >= half) // wholly inside the gap
                    spots.push_back(right - gap * f);
        if (spots.empty())
            spots.push_back(to->x() - gap / 2);
        for (qreal x : spots) {
            label->setPos(edge->pointAtX(x));
            const QRectF box = label->sceneBoundingRect();
            const auto covers = [&](const ChainEdgeItem* other) {
                return other->label()->sceneBoundingRect().intersects(box);
            };
            if (std::none_of(m_edges.begin(), m_edges.end(), covers))
                break;
        }
        if (std::any_of(m_edges.begin(), m_edges.end(), [&](const ChainEdgeItem* other) {
                return other->label()->sceneBoundingRect().intersects(label->sceneBoundingRect());
            }))
            label->setPos(edge->pointAtX(spots.front()));
        edge->setLabel(label);
        m_edges.push_back(edge);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    m_autoFit = true;
    fitAll();
}

ChainNodeItem* ContributionChainView::nodeItem(const QString& contributionId) const
{
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [&](const ChainNodeItem* n) { return n->card().id == contributionId; });
    return it == m_nodes.end() ? nullptr : *it;
}

QString ContributionChainView::selectedContribution() const
{
    for (const ChainNodeItem* n : m_nodes)
        if (n->isSelected())
            return n->card().id;
    return {};
}

void ContributionChainView::selectContribution(const QString& contributionId)
{
    ChainNodeItem* item = nodeItem(contributionId);
    m_scene->clearSelection();
    if (!item)
        return;
    item->setSelected(true);
    m_scene->setFocusItem(item);
    ensureVisible(item);
}

qreal ContributionChainView::zoom() const
{
    return transform().m11();
}

void ContributionChainView::setZoom(qreal factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
}

void ContributionChainView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * kZoomStep);
}

void ContributionChainView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / kZoomStep);
}

void ContributionChainView::fitAll()
{
    const QRectF rect = sceneRect();
    const QSizeF room = maximumViewportSize() - QSize(4, 4);
    if (rect.isEmpty() || room.isEmpty())
        return;
    const qreal fit = std::min(room.width() / rect.width(), room.height() / rect.height());
    setZoom(std::clamp(fit, kFitMinZoom, 1.0));
    centerOn(rect.center());
    if (fit < kFitMinZoom) // too big to read whole: start at the first column instead
        ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)));
}

void ContributionChainView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    m_autoFit = false;
    setZoom(zoom() * std::pow(kZoomStep, delta / 120.0));
    event->accept();
}

void ContributionChainView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (ctrl && (key == Qt::Key_Plus || key == Qt::Key_Equal)) {
        zoomIn();
    } else if (ctrl && (key == Qt::Key_Minus || key == Qt::Key_Underscore)) {
        zoomOut();
    } else if (ctrl && key == Qt::Key_0) {
        m_autoFit = true;
        fitAll();
    } else if (!ctrl && (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down)) {
        step(key);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        const QString id = selectedContribution();
        if (id.isEmpty())
            QGraphicsView::keyPressEvent(event);
        else
            emit contributionActivated(id);
        return;
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ContributionChainView::step(int key)
{
    if (m_nodes.empty())
        return;
    const ChainNodeItem* current = nodeItem(selectedContribution());
    if (!current) {
        selectContribution(m_nodes.front()->card().id);
        return;
    }
    const QPointF here = current->sceneBoundingRect().center();
    const ChainNodeItem* best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const ChainNodeItem* n : m_nodes) {
        const QPointF d = n->sceneBoundingRect().center() - here;
        const bool horizontal = key == Qt::Key_Left || key == Qt::Key_Right;
        const qreal along =
            horizontal ? (key == Qt::Key_Right ? d.x() : -d.x()) : (key == Qt::Key_Down ? d.y() : -d.y());
        const qreal across = std::abs(horizontal ? d.y() : d.x());
        if (n == current || along <= 1)
            continue;
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = n;
        }
    }
    if (best)
        selectContribution(best->card().id);
}

void ContributionChainView::mouseDoubleClickEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->pos())) {
        if (item->type() == ChainNodeItem::Type) {
            emit contributionActivated(static_cast<ChainNodeItem*>(item)->card().id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ContributionChainView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void ContributionChainView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitAll();
}

} // namespace baton::ui
