#include "support/Catch.h"

#include "baton/domain/DependencyGraph.h"

using baton::domain::DependencyGraph;

TEST_CASE("A chain of dependencies has no cycle", "[domain][graph]")
{
    DependencyGraph g;
    g.setEdges("design", {"copy"});
    g.setEdges("copy", {"numbers"});
    g.setEdges("numbers", {});
    CHECK_FALSE(g.findCycle());
    CHECK(g.upstreamOf("design") == std::vector<std::string>{"copy", "numbers"});
}

TEST_CASE("A loop is found and named from start back to start", "[domain][graph]")
{
    DependencyGraph g;
    g.setEdges("a", {"b"});
    g.setEdges("b", {"c"});
    g.setEdges("c", {"a"});
    const auto loop = g.findCycle();
    REQUIRE(loop);
    CHECK(loop->front() == loop->back());
    CHECK(loop->size() == 4);
    CHECK(DependencyGraph::describe(*loop) == "a -> b -> c -> a");
}

TEST_CASE("A diamond is not a cycle", "[domain][graph]")
{
    DependencyGraph g;
    g.setEdges("top", {"left", "right"});
    g.setEdges("left", {"bottom"});
    g.setEdges("right", {"bottom"});
    CHECK_FALSE(g.findCycle());
}

TEST_CASE("Adding an edge back up the chain would create a cycle", "[domain][graph]")
{
    DependencyGraph g;
    g.setEdges("design", {"copy"});
    g.setEdges("copy", {"numbers"});
    CHECK(g.wouldCreateCycle("numbers", "design"));
    CHECK(g.wouldCreateCycle("copy", "copy"));
    CHECK_FALSE(g.wouldCreateCycle("design", "numbers"));
}

TEST_CASE("A long chain is checked without deep recursion", "[domain][graph]")
{
    DependencyGraph g;
    for (int i = 0; i < 200000; ++i)
        g.setEdges("n" + std::to_string(i), {"n" + std::to_string(i + 1)});
    CHECK_FALSE(g.findCycle());
    g.setEdges("n200000", {"n0"});
    CHECK(g.findCycle());
}
