// baton-cli voice raise and voice list: a named and an anonymous item, the CSV columns the issue
// names (author empty when anonymous), and refusals.
#include "support/CliFixture.h"

#include <sstream>

using baton::test::EditCliFixture;

namespace {

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') // CSV lines end in CRLF (RFC 4180)
            line.pop_back();
        out.push_back(line);
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(EditCliFixture, "voice raise saves named and anonymous items; voice list writes them as CSV",
                 "[cli][voice]")
{
    const std::string ana = member("Ana Silva");
    ok({"whoami", team, ana});
    const std::string named = ok({"voice", "raise", team, "--kind", "idea", "--text", "Demo on Fridays"});
    const std::string anonymous =
        ok({"voice", "raise", team, "--kind", "concern", "--text", "Reviews, \"blame\" and all", "--anonymous"});
    CHECK(named.size() == 36);
    CHECK(anonymous.size() == 36);
    {
        auto file = open();
        CHECK(file->db().queryInt("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
        CHECK(file->db().queryInt(
                  ("SELECT count(*) FROM changes WHERE record = '" + anonymous + "' AND author IS NULL").c_str()) == 1);
    }

    const auto r = cli({"voice", "list", team, "--format", "csv"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "id,kind,text,author,raised_on,status,response");
    bool sawNamed = false;
    bool sawAnonymous = false;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].rfind(named + ",idea,Demo on Fridays," + ana + ",", 0) == 0)
            sawNamed = true;
        if (rows[i].rfind(anonymous + ",concern,\"Reviews, \"\"blame\"\" and all\",,", 0) == 0)
            sawAnonymous = true;
        CHECK(rows[i].size() > 60);
        CHECK(rows[i].find(",open,") != std::string::npos);
    }
    CHECK(sawNamed);
    CHECK(sawAnonymous);
    CHECK(r.out.find(ana) == r.out.rfind(ana)); // Ana only as the named item's author

    const auto text = cli({"voice", "list", team});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("[anonymous]") != std::string::npos);
}

TEST_CASE_METHOD(EditCliFixture, "voice raise refuses a bad kind, a missing text and a named item with no one chosen",
                 "[cli][voice]")
{
    member("Ana Silva");
    refused({"voice", "raise", team, "--kind", "rant", "--text", "x"}, "--kind");
    refused({"voice", "raise", team, "--kind", "idea", "--text", "x"}, "Choose who you are");
    CHECK(cli({"voice", "raise", team, "--kind", "idea"}).exitCode == 2);
    CHECK(cli({"voice", "list", team, "--format", "xml"}).exitCode == 2);
}
