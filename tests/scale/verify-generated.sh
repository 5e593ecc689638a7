#!/usr/bin/env bash
# verify raises no false alarm at scale: generates a team file with the benchmark generator
# (every record written with its history entry) and runs baton-cli verify on it.
#   verify-generated.sh BATON_BENCH BATON_CLI DECISIONS
set -euo pipefail
bench=$1 cli=$2 decisions=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bench" generate "$dir/team.baton" --decisions "$decisions" >/dev/null 2>&1
"$cli" verify "$dir/team.baton"
