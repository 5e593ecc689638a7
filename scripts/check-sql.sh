#!/usr/bin/env bash
# The SQL gate by hand: builds tools/check-sql in the dev tree if needed and checks that no SQL
# text handed to SQLite or PostgreSQL is built from data (CONTRIBUTING.md, "Static checks").
#   scripts/check-sql.sh                 src, include, bench and tools, with scripts/sql-allowlist.txt
#   scripts/check-sql.sh src/storage     just these paths
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BATON_BUILD_DIR:-build}
[[ -f $build/build.ninja ]] || cmake --preset dev >/dev/null
cmake --build "$build" --target baton-check-sql >/dev/null
(($#)) || set -- src include bench tools
exec "$build/bin/baton-check-sql" --root . --allow scripts/sql-allowlist.txt "$@"
