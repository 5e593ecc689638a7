#pragma once

// The one place that knows which Catch2 is in use (Debian 12 ships 2.13, the v2 API).
#include <catch2/catch.hpp>
