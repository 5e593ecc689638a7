#include "initiatives/ContributionChainItems.h"

#include "core/EnumText.h"
#include "core/Text.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace baton::ui {
using namespace baton::domain;

namespace {

const QColor kCriticalColour(0x17, 0x20, 0x2a);
const QColor kEdgeColour(0x80, 0x8b, 0x96);
constexpr qreal kPad = 8;
constexpr qreal kStrip = 6;
constexpr qreal kArrowSize = 9;

QFont sceneFont(const QGraphicsItem* item)
{
    return item->scene() ? item->scene()->font() : QApplication::font();
}

/// `text` wrapped to at most `maxLines` lines of `width`, the last one elided when it does not fit.
QStringList wrapped(const QString& text, const QFont& font, qreal width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    int consumed = 0;
    while (lines.size() < maxLines - 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    const QString rest = text.mid(consumed).trimmed();
    if (!rest.isEmpty())
        lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    return lines;
}

/// The labels' font: a little smaller than the cards'.
QFont labelFont(const QGraphicsItem* item, bool bold)
{
    QFont font = sceneFont(item);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 9 / 10));
    font.setBold(bold);
    return font;
}

} // namespace

QColor chainStatusColour(ContributionStatus status)
{
    switch (status) {
    case ContributionStatus::Planned:
        return {0x7f, 0x8c, 0x8d};
    case ContributionStatus::InProgress:
        return {0x1f, 0x6f, 0xc5};
    case ContributionStatus::Done:
        return {0x1e, 0x8e, 0x4e};
    case ContributionStatus::Blocked:
        return {0xc0, 0x39, 0x2b};
    }
    return Qt::gray;
}

QString chainStatusCue(ContributionStatus status)
{
    switch (status) {
    case ContributionStatus::Planned:
        return QStringLiteral("○ ") + displayName(status);
    case ContributionStatus::InProgress:
        return QStringLiteral("◐ ") + displayName(status);
    case ContributionStatus::Done:
        return QStringLiteral("✓ ") + displayName(status);
    case ContributionStatus::Blocked:
        return QStringLiteral("✕ ") + displayName(status);
    }
    return displayName(status);
}

ChainNodeItem::ChainNodeItem(ChainCard card, QSizeF size)
    : m_card(std::move(card))
    , m_size(size)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(1);
    setCursor(Qt::PointingHandCursor);
    QString tip =
        m_card.description + QStringLiteral("\n") + m_card.member + QStringLiteral(" · ") + displayName(m_card.status);
    if (m_card.critical)
        tip += QStringLiteral("\n") + QApplication::translate("ContributionChain", "On the critical path");
    setToolTip(tip);
}

QRectF ChainNodeItem::boundingRect() const
{
    // Room for the critical outline and the focus ring outside the card.
    return QRectF(QPointF(0, 0), m_size).adjusted(-5, -5, 5, 5);
}

void ChainNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget)
    const QRectF card(QPointF(0, 0), m_size);
    const QColor colour = chainStatusColour(m_card.status);
    QColor fill = colour;
    fill.setAlpha(28);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 6, 6);
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 6, 6);

    // The status strip down the left side; planned work also gets a dashed outline, so the
    // shape differs as well as the colour.
    const QRectF strip(card.left(), card.top(), kStrip, card.height());
    painter->save();
    painter->setClipRect(strip);
    painter->setBrush(colour);
    painter->drawRoundedRect(card, 6, 6);
    painter->restore();

    QPen outline(m_card.critical ? kCriticalColour : colour, m_card.critical ? 3.5 : 1.2);
    if (m_card.status == ContributionStatus::Planned && !m_card.critical)
        outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card, 6, 6);
    if (option->state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QPen ring(QApplication::palette().color(QPalette::Highlight), 2.5);
        painter->setPen(ring);
        painter->drawRoundedRect(card.adjusted(-4, -4, 4, 4), 8, 8);
    }

    const QFont base = sceneFont(this);
    QFont bold = base;
    bold.setBold(true);
    const qreal left = card.left() + kStrip + kPad;
    const qreal width = card.right() - kPad - left;
    qreal y = card.top() + kPad;
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(base);
    painter->setPen(QColor(0x1b, 0x26, 0x31));
    painter->setFont(bold);
    for (const QString& line : wrapped(m_card.description, bold, width, 2)) {
        painter->drawText(QPointF(left, y + boldMetrics.ascent()), line);
        y += boldMetrics.lineSpacing();
    }
    y = card.top() + kPad + 2 * boldMetrics.lineSpacing() + 3;
    painter->setFont(base);
    painter->setPen(QColor(0x34, 0x49, 0x5e));
    painter->drawText(QPointF(left, y + metrics.ascent()), metrics.elidedText(m_card.member, Qt::ElideRight, width));
    y += metrics.lineSpacing();

    QString status = chainStatusCue(m_card.status);
    if (m_card.days > 0)
        status +=
            QStringLiteral(" · ") + (m_card.days == 1 ? QApplication::translate("ContributionChain", "1 day")
                                                      : QApplication::translate("ContributionChain", "%n days", nullptr,
                                                                                static_cast<int>(m_card.days)));
    painter->setFont(bold);
    painter->setPen(colour.darker(115));
    painter->drawText(QPointF(left, y + metrics.ascent()), boldMetrics.elidedText(status, Qt::ElideRight, width));
    y += metrics.lineSpacing();

    QString dates;
    if (m_card.startedOn && m_card.doneOn)
        dates = QStringLiteral("%1 – %2").arg(displayDate(m_card.startedOn), displayDate(m_card.doneOn));
    else if (m_card.startedOn)
        dates = QApplication::translate("ContributionChain", "Started %1").arg(displayDate(m_card.startedOn));
    else if (m_card.doneOn)
        dates = QApplication::translate("ContributionChain", "Done %1").arg(displayDate(m_card.doneOn));
    else
        dates = QApplication::translate("ContributionChain", "No start date");
    painter->setFont(base);
    painter->setPen(QColor(0x5d, 0x6d, 0x7e));
    painter->drawText(QPointF(left, y + metrics.ascent()), metrics.elidedText(dates, Qt::ElideRight, width));
}

QPointF ChainNodeItem::outPort(int index, int count) const
{
    return mapToScene(QPointF(m_size.width(), m_size.height() * (index + 1) / (count + 1)));
}

QPointF ChainNodeItem::inPort(int index, int count) const
{
    return mapToScene(QPointF(0, m_size.height() * (index + 1) / (count + 1)));
}

ChainLabelItem::ChainLabelItem(QString text, bool critical)
    : m_text(std::move(text))
    , m_critical(critical)
{
    setZValue(2);
}

QRectF ChainLabelItem::boundingRect() const
{
    const QFontMetricsF metrics(labelFont(this, true));
    const qreal w = metrics.horizontalAdvance(m_text) + 10;
    const qreal h = metrics.height() + 4;
    return QRectF(-w / 2, -h / 2, w, h);
}

void ChainLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QRectF box = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_critical ? kCriticalColour : kEdgeColour, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);
    painter->setFont(labelFont(this, m_critical));
    painter->setPen(QColor(0x1b, 0x26, 0x31));
    painter->drawText(box, Qt::AlignCenter, m_text);
}

ChainEdgeItem::ChainEdgeItem(ChainNodeItem* from, ChainNodeItem* to, QPolygonF route, bool critical, bool waiting)
    : m_from(from)
    , m_to(to)
    , m_critical(critical)
    , m_waiting(waiting)
{
    setZValue(critical ? 0.5 : 0);
    // Leave room for the arrow head, which ends on the card's edge.
    const QPointF tip = route.back();
    route.back() -= QPointF(kArrowSize, 0);
    m_path.moveTo(route.front());
    for (qsizetype k = 1; k < route.size(); ++k) {
        const QPointF a = route[k - 1];
        const QPointF b = route[k];
        const QPointF bend((b.x() - a.x()) / 2, 0);
        m_path.cubicTo(a + bend, b - bend, b);
    }
    const QPointF beforeTip = route.back();
    m_head << tip << beforeTip + QPointF(0, -kArrowSize / 2) << beforeTip + QPointF(0, kArrowSize / 2);
}

QRectF ChainEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath ChainEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(m_path);
    s.addPolygon(m_head);
    return s;
}

void ChainEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QColor colour = m_critical ? kCriticalColour : kEdgeColour;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, m_critical ? 3 : 1.5);
    if (m_waiting)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_head);
}

QPointF ChainEdgeItem::pointAtX(qreal x) const
{
    // The curve's x grows along it (control points are horizontal), so halve on the length.
    qreal lo = 0, hi = 1;
    for (int k = 0; k < 30; ++k) {
        const qreal mid = (lo + hi) / 2;
        if (m_path.pointAtPercent(mid).x() < x)
            lo = mid;
        else
            hi = mid;
    }
    return m_path.pointAtPercent((lo + hi) / 2);
}

} // namespace baton::ui
