#pragma once

// A copy of the sample team with the sample charter imported, open in the real main window.

#include "ui/UiFixture.h"

#include "baton/exchange/TeamImporter.h"

#include <QListWidget>

#include <filesystem>

namespace baton::test {

inline std::string sampleCharter()
{
    return (std::filesystem::path(BATON_SAMPLE_TEAM).parent_path() / "sample-charter.baton.json").string();
}

struct CharterUiFixture : UiFixture {
    CharterUiFixture()
        : UiFixture(false)
    {
        {
            auto file = storage::TeamFile::open(path);
            REQUIRE(file.ok());
            REQUIRE(exchange::TeamImporter(*file.value()).importFile(sampleCharter()).applied);
        }
        REQUIRE(window->openFile(QString::fromStdString(path)));
    }
    std::string text(const std::string& sql) { return db().queryText(sql.c_str()); }
    std::int64_t number(const std::string& sql) { return db().queryInt(sql.c_str()); }
    domain::MemberId member(const char* name)
    {
        return domain::MemberId(text(std::string("SELECT id FROM members WHERE name = '") + name + "'"));
    }
    domain::AreaId area(const char* name)
    {
        return domain::AreaId(text(std::string("SELECT id FROM expertise_areas WHERE name = '") + name + "'"));
    }
    QString ruleId(const char* title)
    {
        return QString::fromStdString(text(std::string("SELECT id FROM charter_rules WHERE title = '") + title + "'"));
    }
    /// A proposal made through the edit service, `daysAgo` days old with `days` to decide.
    domain::DecisionId proposal(const char* title, domain::DecisionMethod method, std::vector<domain::AreaId> areas,
                                int daysAgo, int days, std::optional<domain::DecisionFallback> fallback)
    {
        domain::Decision d;
        d.id = domain::DecisionId(session().newId());
        d.title = title;
        d.method = method;
        d.areas = std::move(areas);
        d.proposedOn = session().today().addDays(-daysAgo);
        d.decideBy = d.proposedOn->addDays(days);
        d.fallback = fallback;
        REQUIRE(
            session().apply(QStringLiteral("Propose"), [&](edit::EditService& e) { return e.decisions.propose(d); }));
        return d.id;
    }
};

/// Ticks exactly the areas named in an area checklist.
inline void tickAreas(QListWidget* list, const QStringList& names)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace baton::test
