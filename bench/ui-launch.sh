#!/usr/bin/env bash
# Launch time with a large team file against an empty one (same binary, median of 9 runs
# each), then peak memory while scrolling the large file's decision list end to end.
#   bench/ui-launch.sh BIG.baton [BUILD_DIR]
set -euo pipefail
big=${1:?usage: bench/ui-launch.sh BIG.baton [BUILD_DIR]}
build=${2:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
empty=$tmp/empty.baton
"$build/bin/baton-cli" init "$empty" --name "Empty team" >/dev/null

median() { # median FILE: median launch time in ms over 9 runs
  for _ in 1 2 3 4 5 6 7 8 9; do
    "$build/bin/baton-ui-bench" "$1" 2>/dev/null | grep -o 'list [0-9]* ms' | grep -o '[0-9]*'
  done | sort -n | sed -n 5p
}
e=$(median "$empty")
b=$(median "$big")
echo "launch to usable decision list, median of 9: empty team file ${e} ms, $(basename "$big") ${b} ms"
awk -v e="$e" -v b="$b" 'BEGIN { printf "ratio %.2f (target <= 1.5), large file under 800 ms: %s\n", b / e, (b < 800 ? "yes" : "no") }'
"$build/bin/baton-ui-bench" "$big" --scroll 2>/dev/null | tail -n 2
