#pragma once

#include "support/Catch.h"
#include "support/ExchangeDocuments.h"
#include "support/TeamFileFixture.h"

#include "baton/exchange/TeamImporter.h"

#include <algorithm>

namespace baton::test {

/// A team file plus a valid document; tests break the document and import it.
struct ImportFixture : TeamFileFixture {
    nlohmann::json doc = validDocument();

    exchange::ImportReport importText(const std::string& text, exchange::ImportOptions options = {})
    {
        return exchange::TeamImporter(*file, std::move(options)).importText(text);
    }
    exchange::ImportReport importDoc() { return importText(doc.dump()); }

    /// Imports `text` with the file closed and reopened around it, and checks that the import
    /// was refused with an error at `where` mentioning `fragment`, and that the team file's
    /// bytes did not change.
    void expectRefused(const std::string& text, const std::string& where, const std::string& fragment)
    {
        close();
        const std::string before = readFile(path);
        auto reopened = storage::TeamFile::open(path);
        REQUIRE(reopened.ok());
        file = std::move(reopened.value());
        const exchange::ImportReport report = importText(text);
        CHECK_FALSE(report.applied);
        REQUIRE_FALSE(report.errors.empty());
        std::string all;
        for (const auto& e : report.errors)
            all += e.toString() + "\n";
        INFO("errors:\n" << all);
        const bool found = std::any_of(report.errors.begin(), report.errors.end(), [&](const exchange::Issue& e) {
            return e.where == where && e.what.find(fragment) != std::string::npos;
        });
        CHECK(found);
        close();
        CHECK(readFile(path) == before);
        auto again = storage::TeamFile::open(path);
        REQUIRE(again.ok());
        file = std::move(again.value());
    }
    void expectRefused(const std::string& where, const std::string& fragment)
    {
        expectRefused(doc.dump(), where, fragment);
    }
};

} // namespace baton::test
