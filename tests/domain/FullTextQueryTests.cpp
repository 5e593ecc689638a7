#include "support/Catch.h"

#include "baton/domain/DecisionCatalog.h"

using baton::domain::toFullTextQuery;

TEST_CASE("Typed words become quoted prefix terms", "[domain][search]")
{
    CHECK(toFullTextQuery("pricing page") == "\"pricing\"* \"page\"*");
}

TEST_CASE("Quotes and operators in typed text are neutralised", "[domain][search]")
{
    CHECK(toFullTextQuery("say \"hi\" OR NOT") == "\"say\"* \"\"\"hi\"\"\"* \"OR\"* \"NOT\"*");
    CHECK(toFullTextQuery("   ").empty());
}
