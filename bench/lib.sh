# Shared helpers for strata's benchmarks: the peer and strata are timed in the same run, as whole processes.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
SHARED="${STRATA_SHARED:-$(cd "$REPO/.." && pwd)/shared}"
[ -d "$SHARED" ] || SHARED="$(cd "$REPO/../.." && pwd)/shared"   # a git worktree one level further down
OUT="${BENCH_OUT:-/tmp/strata-bench}"
RUNS="${RUNS:-5}"
STRATA="${STRATA:-$REPO/strata}"   # another build to time, e.g. a checkout of the parent commit: STRATA=../base/strata
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
mkdir -p "$OUT/rss"

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2"; }; }
need hyperfine hyperfine
[ -x /usr/bin/time ] || apt-get install -y -qq time

# Build the CLI once, outside the timings.
"$STRATA" --version >/dev/null

pg_has() { $PSQL -d postgres -Atc "select 1 from pg_database where datname='$1'" | grep -q 1; }
my_has() { mariadb -u root -N -e "show databases like '$1'" | grep -q "$1"; }

# Loads the synthetic schemas from ../shared/bench when they are missing.
ensure_pg() { pg_has "bench_pg_$1" || { $PSQL -d postgres -c "CREATE DATABASE bench_pg_$1";
  python3 "$SHARED/bench/gen_schema.py" --dialect pg --tables "$1" | $PSQL -d "bench_pg_$1" -v ON_ERROR_STOP=1 >/dev/null; }; }
ensure_my() { my_has "bench_my_$1" || { mariadb -u root -e "CREATE DATABASE bench_my_$1";
  python3 "$SHARED/bench/gen_schema.py" --dialect mariadb --tables "$1" | mariadb -u root "bench_my_$1"; }; }

# measure NAME COMMAND (PREPARE: a command run untimed before each run): hyperfine median plus peak RSS (KiB) and CPU time (user, sys seconds) of each run; CPU time
# is what to compare when other work shares the machine.
measure() {
  local name=$1; shift
  rm -f "$OUT/rss/$name.txt"
  hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$OUT/$name.json" -n "$name" \
    ${PREPARE:+--prepare "$PREPARE"} \
    "/usr/bin/time -a -o $OUT/rss/$name.txt -f '%M %U %S' sh -c '$*'" >/dev/null
  echo "$name: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/load.txt"
}

# report PEER STRATA...: a table of medians, RSS and each strata run's ratio to the peer.
report() { python3 "$BENCH_DIR/summarize.py" "$OUT" "$@"; }
