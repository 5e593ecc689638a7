#include "support/Catch.h"

#include "CommandLine.h"

using baton::cli::CommandLine;

TEST_CASE("CommandLine collects a repeatable option's values in the order given", "[cli][commandline]")
{
    const CommandLine cl({"team.baton", "--option", "A", "--title", "T", "--option=B", "--option", ""}, {"--title"}, {},
                         {"--option"});
    REQUIRE(cl.error().empty());
    CHECK(cl.positional() == std::vector<std::string>{"team.baton"});
    CHECK(cl.values("--option") == std::vector<std::string>{"A", "B", ""});
    CHECK(cl.value("--option") == "");
    CHECK(cl.value("--title") == "T");
    CHECK(cl.values("--area").empty());
    CHECK(cl.has("--option"));
    CHECK_FALSE(cl.has("--area"));
}

TEST_CASE("CommandLine refuses a once-only option given twice", "[cli][commandline]")
{
    const CommandLine cl({"--title", "A", "--title", "B"}, {"--title"}, {});
    CHECK(cl.error() == "--title is given more than once");
}

TEST_CASE("CommandLine reports an option without its value and an unknown option by name", "[cli][commandline]")
{
    CHECK(CommandLine({"f", "--title"}, {"--title"}, {}).error() == "--title needs a value");
    CHECK(CommandLine({"f", "--colour", "red"}, {"--title"}, {}).error() == "unknown option --colour");
    CHECK(CommandLine({"f", "--facilitator=yes"}, {}, {"--facilitator"}).error() == "unknown option --facilitator");
}

TEST_CASE("CommandLine keeps flags, positionals and values that look like options apart", "[cli][commandline]")
{
    const CommandLine cl({"team.baton", "--facilitator", "0190", "--note", "--not-an-option"}, {"--note"},
                         {"--facilitator"});
    REQUIRE(cl.error().empty());
    CHECK(cl.flag("--facilitator"));
    CHECK(cl.has("--facilitator"));
    CHECK(cl.positional() == std::vector<std::string>{"team.baton", "0190"});
    CHECK(cl.value("--note") == "--not-an-option");
}
