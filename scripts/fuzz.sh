#!/usr/bin/env bash
# Fuzzes each libFuzzer target (tests/fuzz) for FUZZ_SECONDS seconds (60 by default):
#   scripts/fuzz.sh                  every target
#   scripts/fuzz.sh roster_csv ...   only these
# Builds with clang-14 in build-fuzz/ (address and undefined-behaviour sanitizers, every
# finding fatal), starting from tests/fuzz/corpus/<target>/ and crashes/<target>/. New inputs
# go to a scratch folder, not into git; FUZZ_MERGE=1 merges the ones that add coverage into the
# corpus. A crash, leak, timeout (FUZZ_TIMEOUT seconds per input, 5 by default) or undefined
# behaviour is copied to tests/fuzz/crashes/<target>/ and makes the script exit 1.
# Installs only packages dpkg says are missing (same as scripts/baton.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-5}
all_targets=(exchange_import roster_csv team_file_open sync_decode)
if (($#)); then targets=("$@"); else targets=("${all_targets[@]}"); fi

packages=(clang-14 libclang-rt-14-dev cmake ninja-build pkg-config libsqlite3-dev libssl-dev nlohmann-json3-dev catch2
          qt6-base-dev libgl-dev postgresql libpq-dev libpqxx-dev)
scripts/install-missing.sh "${packages[@]}"

build=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATON_FUZZ=ON \
  -DBATON_BUILD_GUI=OFF -DBATON_BUILD_BENCH=OFF >/dev/null
nice -n 5 cmake --build "$build" -j "${FUZZ_JOBS:-1}" --target "${targets[@]/#/baton_fuzz_}"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/baton-fuzz.XXXXXX")
echo "New inputs and logs: $scratch"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
crashed=0
summary=()
for t in "${targets[@]}"; do
  corpus=tests/fuzz/corpus/$t
  crashes=tests/fuzz/crashes/$t
  mkdir -p "$scratch/$t/new" "$scratch/$t/artifacts" "$crashes"
  log=$scratch/$t/fuzz.log
  max_len=16384
  [[ $t == team_file_open ]] && max_len=131072 # a current team file is about 80 KiB even with 512-byte pages
  echo "== $t: fuzzing for ${seconds}s (log: $log)"
  set +e
  "$build/bin/baton_fuzz_$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$scratch/$t/artifacts/" "$scratch/$t/new" "$corpus" "$crashes" \
    >"$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
  found=()
  for a in "$scratch/$t/artifacts"/*; do
    [[ -e $a ]] || continue
    cp "$a" "$crashes/"
    found+=("$crashes/$(basename "$a")")
  done
  if ((status != 0 || ${#found[@]})); then
    crashed=1
    what=$(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|fuzz invariant broken|terminate called|uncaught' "$log" || echo "exit status $status")
    line="$t: runs ${runs:-?}, ${speed:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}: CRASH (${what}) -> ${found[*]:-no artifact}"
  else
    line="$t: runs ${runs:-?}, ${speed:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, new inputs $(ls "$scratch/$t/new" | wc -l), no crashes"
  fi
  summary+=("$line")
  echo "$line"
  if [[ ${FUZZ_MERGE:-0} == 1 && $status -eq 0 ]]; then
    "$build/bin/baton_fuzz_$t" -merge=1 -max_len="$max_len" "$corpus" "$scratch/$t/new" >>"$log" 2>&1
  fi
done

echo
echo "Summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
exit $crashed
