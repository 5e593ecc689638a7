#pragma once

#include "baton/domain/Contribution.h"
#include "baton/domain/ContributionChain.h"

#include <QGraphicsView>

#include <functional>
#include <vector>

class QGraphicsScene;

namespace baton::ui {

class ChainEdgeItem;
class ChainNodeItem;

/// The chain of interdependent work in one initiative as a graph: a card per contribution in
/// columns by dependency depth, an arrow from each dependency to its dependent labelled with the
/// wait, and the critical path drawn thick. Ctrl+wheel, Ctrl+= and Ctrl+- zoom, Ctrl+0 fits;
/// arrow keys move between cards and Enter opens one.
class ContributionChainView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ContributionChainView(QWidget* parent = nullptr);
    ~ContributionChainView() override;

    using MemberNames = std::function<QString(const domain::MemberId&)>;
    /// Lays out the chain of one initiative's `contributions` as of `today`, and fits it to the
    /// view until the user zooms.
    void showChain(std::vector<domain::Contribution> contributions, domain::Date today, const MemberNames& memberName);

    const domain::ContributionChain& chain() const { return m_chain; }
    const std::vector<domain::Contribution>& contributions() const { return m_contributions; }
    /// The cards and arrows, in the chain's node and link order.
    const std::vector<ChainNodeItem*>& nodeItems() const { return m_nodes; }
    const std::vector<ChainEdgeItem*>& edgeItems() const { return m_edges; }
    ChainNodeItem* nodeItem(const QString& contributionId) const;

    /// The selected contribution's id, or empty.
    QString selectedContribution() const;
    void selectContribution(const QString& contributionId);

    /// The current scale (1 = actual size).
    qreal zoom() const;
    void zoomIn();
    void zoomOut();
    /// Shows the whole chain, never enlarged past actual size nor shrunk past readability.
    void fitAll();

    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;

signals:
    void contributionSelected(const QString& contributionId);
    /// Double-click or Enter on a card.
    void contributionActivated(const QString& contributionId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setZoom(qreal factor);
    /// Moves the selection to the nearest card in the direction of an arrow key.
    void step(int key);
    QGraphicsScene* m_scene;
    std::vector<domain::Contribution> m_contributions;
    domain::ContributionChain m_chain;
    std::vector<ChainNodeItem*> m_nodes;
    std::vector<ChainEdgeItem*> m_edges;
    bool m_autoFit = true; ///< fit on resize until the user zooms
};

} // namespace baton::ui
