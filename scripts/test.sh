#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure, with the time each step took.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

timings=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() {
  local name=$1 start=$EPOCHREALTIME
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  # Output is kept (as well as shown) so the closing line can count every mocha suite's tests.
  if ! "$@" 2>&1 | tee -a "$log"; then
    printf '\n=== %s FAILED after %s s\n' "$name" "$(since "$start")"
    exit 1
  fi
  local took
  took=$(since "$start")
  timings+=("$(printf '%-18s %7s s' "$name" "$took")")
  printf '=== %s: %s s\n' "$name" "$took"
}

total=$EPOCHREALTIME
step install-test-deps bash scripts/install-test-deps.sh
step typecheck npm run --silent typecheck
step build npm run --silent build
step unit npm run --silent test:unit
step integration npm run --silent test:integration
step package node scripts/lib/check-package.mjs # the .vsix: no vsce warnings, only run-time files
step cli-tarball node test/package/cli-tarball.mjs # npm pack → offline install elsewhere → npx interview-coach lint
step e2e node test/e2e/run.mjs --no-package     # the UI in a real browser, from that .vsix
step e2e-web node test/e2e/run.mjs --no-package --web # the same flows, web-only package, web worker host

printf '\n=== timings\n'
printf '  %s\n' "${timings[@]}"
printf '  %-18s %7s s\n' total "$(since "$total")"

# One closing line for every suite together (mocha prints "N passing" / "N failing" / "N pending" per run).
count() { grep -Eo "^ *[0-9]+ $1" "$log" | awk '{ n += $1 } END { print n + 0 }'; }
printf '\ntests: %d passed, %d failed, %d skipped\n' "$(count passing)" "$(count failing)" "$(count pending)"
