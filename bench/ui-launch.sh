#!/usr/bin/env bash
# Launch time with a large team file against an empty one, same binary, five runs each.
#   bench/ui-launch.sh BIG.baton [BUILD_DIR]
set -euo pipefail
big=${1:?usage: bench/ui-launch.sh BIG.baton [BUILD_DIR]}
build=${2:-build}
empty=$(mktemp -d)/empty.baton
"$build/bin/baton-cli" init "$empty" --name "Empty team" >/dev/null
for f in "$empty" "$big"; do
  for i in 1 2 3 4 5; do "$build/bin/baton-ui-bench" "$f"; done
done
"$build/bin/baton-ui-bench" "$big" --scroll
rm -rf "$(dirname "$empty")"
