#include "initiatives/ChainText.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// The app ships no English plural forms, so "1 day" is spelled out rather than left to %n.
QString daysText(const char* one, const char* many, std::int64_t n)
{
    return n == 1 ? QCoreApplication::translate("ContributionChain", one)
                  : QCoreApplication::translate("ContributionChain", many, nullptr, static_cast<int>(n));
}

} // namespace

QString chainLinkLabel(const ChainLink& link)
{
    if (link.waiting)
        return link.daysWaited ? daysText(QT_TRANSLATE_NOOP("ContributionChain", "waiting 1 day"),
                                          QT_TRANSLATE_NOOP("ContributionChain", "waiting %n days"), *link.daysWaited)
                               : QCoreApplication::translate("ContributionChain", "not started");
    return link.daysWaited ? daysText(QT_TRANSLATE_NOOP("ContributionChain", "took 1 day"),
                                      QT_TRANSLATE_NOOP("ContributionChain", "took %n days"), *link.daysWaited)
                           : QCoreApplication::translate("ContributionChain", "done");
}

QString shortDescription(const std::string& description, int maxChars)
{
    const QString text = toQ(description).simplified();
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1).trimmed() + QStringLiteral("…");
}

QString criticalPathText(const ContributionChain& chain, const std::vector<Contribution>& contributions)
{
    if (chain.links.empty() || chain.criticalPath.empty())
        return {};
    QStringList names;
    for (const auto& id : chain.criticalPath) {
        const auto c =
            std::find_if(contributions.begin(), contributions.end(), [&](const Contribution& x) { return x.id == id; });
        names << (c != contributions.end() ? shortDescription(c->description) : toQ(id.str()));
    }
    QString text = names.join(QStringLiteral(" → "));
    const auto last = std::find_if(chain.nodes.begin(), chain.nodes.end(),
                                   [&](const ChainNode& n) { return n.id == chain.criticalPath.back(); });
    if (last != chain.nodes.end() && last->pathDays > 0)
        text += QLatin1Char(' ') + daysText(QT_TRANSLATE_NOOP("ContributionChain", "(1 day)"),
                                            QT_TRANSLATE_NOOP("ContributionChain", "(%n days)"), last->pathDays);
    return text;
}

} // namespace baton::ui
