#!/usr/bin/env bash
# clang-tidy over the project's own sources (src/), with the checks in .clang-tidy, every
# finding fatal. Reads the compile database of a configured and built tree (the UI sources need
# the headers Qt's autogen writes there), so build first: cmake --build --preset dev.
#
#   scripts/clang-tidy.sh                      every file in src/, 2 jobs
#   scripts/clang-tidy.sh -j 1 src/storage     the files under src/storage
#   scripts/clang-tidy.sh -x src/ui -x src/app  all but those folders (what CI tidies)
#   scripts/clang-tidy.sh --shard 2/4          the second of four equal slices (how ctest runs it)
#   scripts/clang-tidy.sh src/ui/people/PeoplePage.cpp
#
# Options: -p BUILD_DIR (default build), -j JOBS (default 2), -x PATH (leave out; repeatable).
# Exits 1 on any finding.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
jobs=2
shard=""
filters=()
excluded=()
while (($#)); do
  case $1 in
    -p) build=$(cd "$2" && pwd); shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --shard) shard=$2; shift 2 ;;
    -x) excluded+=("$(cd "$root" && realpath -m "$2")"); shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) filters+=("$(cd "$root" && realpath -m "$1")"); shift ;;
  esac
done

tidy=${CLANG_TIDY:-$(command -v clang-tidy-14 || true)}
if [[ -z $tidy ]]; then
  echo "clang-tidy-14 is not installed (apt-get install clang-tidy-14; scripts/baton.sh installs it)" >&2
  exit 1
fi
db=$build/compile_commands.json
if [[ ! -f $db ]]; then
  echo "no $db: configure and build first (cmake --preset dev && cmake --build --preset dev)" >&2
  exit 1
fi

# The project's own translation units: src/ only (tests and bench are not tidied), never
# generated files, which live in the build tree.
mapfile -t files < <(grep -o '"file": *"[^"]*"' "$db" | sed 's/.*"\([^"]*\)"$/\1/' |
                     grep "^$root/src/" | sort -u)
if ((${#filters[@]})); then
  mapfile -t files < <(for f in "${files[@]}"; do
                         for want in "${filters[@]}"; do
                           [[ $f == "$want" || $f == "$want"/* ]] && { echo "$f"; break; }
                         done
                       done)
fi
if ((${#excluded[@]})); then
  mapfile -t files < <(for f in "${files[@]}"; do
                         keep=1
                         for skip in "${excluded[@]}"; do
                           [[ $f == "$skip" || $f == "$skip"/* ]] && keep=0
                         done
                         ((keep)) && echo "$f"
                       done)
fi
if [[ -n $shard ]]; then
  index=${shard%/*}
  count=${shard#*/}
  mapfile -t files < <(printf '%s\n' "${files[@]}" | awk -v i="$index" -v n="$count" '(NR - 1) % n == i - 1')
fi
if ((${#files[@]} == 0)); then
  echo "clang-tidy: no files to check" >&2
  exit 1
fi
if [[ " ${files[*]}" == *" $root/src/ui/"* && ! -d $build/src/ui/baton_ui_autogen ]]; then
  echo "the UI's generated headers are missing in $build: build first (cmake --build --preset dev)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/log
# GCC's precompiled headers (the UI's cmake_pch.hxx.gch) are no use to clang, which would try
# them and stop: a copy of the database includes the same header from where no .gch lies.
cp "$db" "$work/compile_commands.json"
n=0
while read -r pch; do
  n=$((n + 1))
  cp "$pch" "$work/pch$n.hxx"
  sed -i "s|-include $pch|-include $work/pch$n.hxx|g" "$work/compile_commands.json"
done < <(grep -o -- '-include [^ ]*/cmake_pch\.hxx' "$db" | sort -u | cut -d' ' -f2)
start=$SECONDS
status=0
mkdir "$work/out"
# One output file per source, so that parallel runs do not interleave their lines.
printf '%s\n' "${files[@]}" |
  xargs -d '\n' -P "$jobs" -I{} bash -c \
    '"$1" -p "$2" --quiet --header-filter="^$3/(src|include)/" "$4" >"$2/out/${4//\//_}" 2>&1' \
    _ "$tidy" "$work" "$root" {} || status=$?
for f in "${files[@]}"; do cat "$work/out/${f//\//_}"; done >"$log"
# A header's findings repeat once per file that includes it: show each once.
findings=$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):' "$log" | sort -u || true)
if [[ -n $findings ]]; then
  # The full text (code and notes) of each first occurrence.
  awk '/^\/.*:[0-9]+:[0-9]+: (warning|error):/ { show = !seen[$0]++ } show' "$log" |
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' || true
fi
count=$(grep -c . <<<"$findings" || true)
echo "clang-tidy: ${#files[@]} files, $jobs jobs, $((SECONDS - start)) s, $count finding(s)"
if [[ -n $findings || $status -ne 0 ]]; then
  [[ -z $findings ]] && cat "$log"
  exit 1
fi
