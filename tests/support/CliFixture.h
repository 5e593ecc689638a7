#pragma once

#include "support/Catch.h"
#include "support/ExchangeDocuments.h"
#include "support/Process.h"
#include "support/TempDir.h"

#include <cstdio>
#include <string>
#include <vector>

namespace baton::test {

/// Runs the real baton-cli binary in a temporary folder.
struct CliFixture {
    TempDir dir;

    ProcessResult cli(std::vector<std::string> args)
    {
        std::vector<std::string> argv{std::string(BATON_CLI)};
        argv.reserve(args.size() + 1);
        for (auto& a : args)
            argv.push_back(std::move(a));
        ChildProcess child(argv, dir.file("stdout.txt"), dir.file("stderr.txt"));
        return child.wait();
    }
    std::string teamFile(const std::string& name = "team.baton")
    {
        const std::string path = dir.file(name);
        const auto r = cli({"init", path, "--name", "Northwind"});
        REQUIRE(r.exitCode == 0);
        return path;
    }
    std::string jsonFile(const nlohmann::json& doc, const std::string& name = "data.json")
    {
        const std::string path = dir.file(name);
        writeFile(path, doc.dump(2));
        return path;
    }
    /// A valid document with `count` extra decisions (new ids), for large imports.
    static nlohmann::json documentWithDecisions(int count)
    {
        nlohmann::json doc = validDocument();
        const nlohmann::json model = doc["decisions"][1];
        for (int i = 0; i < count; ++i) {
            nlohmann::json d = model;
            char id[40];
            std::snprintf(id, sizeof id, "01900000-0000-7000-9000-%012d", i);
            d["id"] = id;
            d["title"] = "Decision number " + std::to_string(i);
            d["context"] = std::string(300, 'c');
            d.erase("supersedes");
            doc["decisions"].push_back(std::move(d));
        }
        return doc;
    }
};

} // namespace baton::test
