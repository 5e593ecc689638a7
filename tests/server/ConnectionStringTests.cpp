// Connection strings: the password is kept out of what a team file stores.
#include "support/Catch.h"

#include "baton/server/ConnectionString.h"

using baton::server::ConnectionString;

TEST_CASE("a URI's password is taken out and sslmode is kept", "[server]")
{
    std::string error;
    const auto c = ConnectionString::parse("postgresql://ana:s3cret@db.example:5433/team?sslmode=verify-full", error);
    REQUIRE(c);
    CHECK(c->password() == "s3cret");
    CHECK(c->withoutPassword().find("s3cret") == std::string::npos);
    CHECK(c->withoutPassword().find("sslmode='verify-full'") != std::string::npos);
    CHECK(c->describe() == "ana@db.example:5433/team");
    CHECK(c->withPassword("x y'z").find("password='x y\\'z'") != std::string::npos);
}

TEST_CASE("keyword strings parse, and a broken one is refused with libpq's reason", "[server]")
{
    std::string error;
    const auto c = ConnectionString::parse("host=127.0.0.1 port=5432 dbname=t user=bo", error);
    REQUIRE(c);
    CHECK_FALSE(c->password());
    CHECK(c->user() == "bo");
    CHECK_FALSE(ConnectionString::parse("host = = broken", error));
    CHECK_FALSE(error.empty());
}
