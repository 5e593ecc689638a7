#pragma once

#include "support/Catch.h"
#include "support/ExchangeDocuments.h"
#include "support/Process.h"
#include "support/TempDir.h"

#include "baton/domain/Uuid.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/TeamFile.h"

#include <cstdio>
#include <memory>
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
    static nlohmann::json documentWithDecisions(int count) { return test::documentWithDecisions(count); }
};

/// A team file edited through baton-cli, with helpers to add records and read them back.
struct EditCliFixture : CliFixture {
    std::string team = teamFile();

    /// Runs an edit that must succeed; returns what it printed on stdout, trimmed (a new id).
    std::string ok(std::vector<std::string> args)
    {
        const auto r = cli(std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        std::string out = r.out;
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    }
    /// Runs an edit that must be refused with exit 1 and `message` on stderr, the file unchanged.
    ProcessResult refused(std::vector<std::string> args, const std::string& message)
    {
        const std::string before = readFile(team);
        const auto r = cli(std::move(args));
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(message) != std::string::npos);
        CHECK(r.out.empty());
        CHECK(readFile(team) == before);
        return r;
    }
    std::string member(const std::string& name) { return ok({"member", "add", team, "--name", name}); }
    std::string area(const std::string& name) { return ok({"area", "add", team, "--name", name}); }
    std::string decision(const std::string& title, std::vector<std::string> more = {})
    {
        std::vector<std::string> args{"propose", team, "--title", title};
        args.insert(args.end(), more.begin(), more.end());
        return ok(std::move(args));
    }
    /// The team file opened read-only, to read back what the CLI wrote.
    std::unique_ptr<storage::TeamFile> open()
    {
        auto opened = storage::TeamFile::open(team, storage::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        return std::move(opened.value());
    }
    /// The newest history entry about `record`.
    storage::ChangeEntry latest(const std::string& record)
    {
        auto file = open();
        const auto e = storage::HistoryLog(file->db()).latestOf(record);
        REQUIRE(e.has_value());
        return *e;
    }
};

} // namespace baton::test
