#!/usr/bin/env bash
# The facilitator's reports against exporting the whole file, on the same team file in the same
# run: seconds and peak resident memory of each baton-cli command (GNU time), and the ratios.
#   bench/report-scale.sh TEAMFILE [BUILD_DIR]
# Targets (issue 8): each report at most 0.3x the export's time, and at most 500 MiB.
set -euo pipefail
file=${1:?usage: bench/report-scale.sh TEAMFILE [BUILD_DIR]}
build=${2:-build}
cli=$build/bin/baton-cli
[[ -x /usr/bin/time ]] || { echo "report-scale: apt-get install -y time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # run NAME ARGS...: prints "NAME seconds MiB"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$cli" "$@" >/dev/null
  awk -v n="$name" '{ printf "%s %.2f %.0f\n", n, $1, $2 / 1024 }' "$tmp/time"
}
{
  run export export "$file" "$tmp/team.json"
  rm -f "$tmp/team.json"
  run leadership report leadership "$file" -o "$tmp/leadership.pdf"
  run accountability report accountability "$file" -o "$tmp/accountability.pdf"
  run leadership-csv report leadership "$file" -o "$tmp/leadership-csv" --format csv
  run accountability-csv report accountability "$file" -o "$tmp/accountability-csv" --format csv
} >"$tmp/figures"
awk 'NR == 1 { e = $2; printf "%-20s %7.2f s %6.0f MiB\n", "export (whole file)", $2, $3; next }
     { printf "%-20s %7.2f s %6.0f MiB   %.2fx the export (target <= 0.30), memory %s\n", $1, $2, $3, $2 / e,
              ($3 <= 500 ? "within 500 MiB" : "OVER 500 MiB") }' "$tmp/figures"
