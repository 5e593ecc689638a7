#pragma once

// The pieces of the chain-of-work graph: a card per contribution, an arrow per dependency and
// the label on each arrow saying how long the dependent has waited.

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <cstdint>
#include <optional>

namespace baton::ui {

/// The colour a status is drawn in (planned grey, in progress blue, done green, blocked red).
QColor chainStatusColour(domain::ContributionStatus status);
/// The status as a symbol and a word ("✓ Done"), so colour is never the only cue.
QString chainStatusCue(domain::ContributionStatus status);

/// What a contribution card shows.
struct ChainCard {
    QString id;
    QString description;
    QString member;
    domain::ContributionStatus status = domain::ContributionStatus::Planned;
    std::optional<domain::Date> startedOn;
    std::optional<domain::Date> doneOn;
    std::int64_t days = 0; ///< days of work so far (0 when not started)
    int depth = 0;
    bool critical = false;
};

/// One contribution as a card: status strip and cue, description (two lines at most), member,
/// dates; a thick dark outline when it is on the critical path. Selectable and focusable.
class ChainNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 701 };
    ChainNodeItem(ChainCard card, QSizeF size);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const ChainCard& card() const { return m_card; }
    /// Where the `index`-th of `count` arrows leaves (right side) or arrives (left side), in scene
    /// coordinates: spread along the side so converging arrows stay apart.
    QPointF outPort(int index, int count) const;
    QPointF inPort(int index, int count) const;

private:
    ChainCard m_card;
    QSizeF m_size;
};

/// The "waiting 12 days" text on an arrow, on a light background so it reads over lines.
class ChainLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 702 };
    ChainLabelItem(QString text, bool critical);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    const QString& text() const { return m_text; }

private:
    QString m_text;
    bool m_critical;
};

/// An arrow from a dependency to its dependent; thick and dark on the critical path, dashed
/// while the dependent is still waiting. It follows `route` (left to right, first point on the
/// dependency, last on the dependent) in smooth horizontal curves.
class ChainEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 703 };
    ChainEdgeItem(ChainNodeItem* from, ChainNodeItem* to, QPolygonF route, bool critical, bool waiting);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    ChainNodeItem* from() const { return m_from; }
    ChainNodeItem* to() const { return m_to; }
    bool isCritical() const { return m_critical; }
    bool isWaiting() const { return m_waiting; }
    /// The point on the arrow whose x is `x` (clamped to its ends): where its label goes.
    QPointF pointAtX(qreal x) const;
    void setLabel(ChainLabelItem* label) { m_label = label; }
    ChainLabelItem* label() const { return m_label; }

private:
    ChainNodeItem* m_from;
    ChainNodeItem* m_to;
    QPainterPath m_path;
    QPolygonF m_head;
    bool m_critical;
    bool m_waiting;
    ChainLabelItem* m_label = nullptr;
};

} // namespace baton::ui
