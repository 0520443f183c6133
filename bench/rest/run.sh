#!/usr/bin/env bash
# The generated application's REST API against Spring Data REST exposing the same entities over the same database,
# and its start-up against a plain Spring Boot + Spring Data JPA application with the same entities; one run.
#   bench/rest/run.sh [STARTS] [SECONDS]     (needs PostgreSQL on 127.0.0.1:5432, wrk, Maven)
#   REUSE=1 bench/rest/run.sh               measures the jars of the last run again
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
starts="${1:-5}"
seconds="${2:-15}"
work="${BENCH_OUT:-/tmp/strata-bench}/rest"
corpus="${STRATA_CORPUS:-$repo/../shared/corpus}"
command -v wrk >/dev/null || { echo "run.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
psql_() { psql -X -q -h 127.0.0.1 -U postgres "$@"; }

if [ -n "${REUSE:-}" ] && ls "$work"/*/target/*.jar >/dev/null 2>&1; then
  echo "== REUSE: the three jars and bench_rest of the last run" >&2
else
  echo "== chinook with rows in bench_rest" >&2
  psql_ -d postgres -c "DROP DATABASE IF EXISTS bench_rest" -c "CREATE DATABASE bench_rest"
  psql_ -d bench_rest -v ON_ERROR_STOP=1 -f "$corpus/chinook/postgresql/chinook.sql" \
    -f "$repo/strata-spring-rest/src/test/resources/chinook-seed.sql" >/dev/null

  echo "== strata create, the two peers, three jars" >&2
  (cd "$repo" && mvn -B -q install -DskipTests)
  rm -rf "$work" && mkdir -p "$work"
  "$repo/strata" create "$work/strata-app" --url 'jdbc:postgresql://127.0.0.1:5432/bench_rest?user=postgres' \
    --package org.example.music --quiet
  python3 "$here/peer_app.py" "$work/strata-app" "$work/sdr-app" sdr
  python3 "$here/peer_app.py" "$work/strata-app" "$work/jpa-app" jpa
  for app in strata-app sdr-app jpa-app; do (cd "$work/$app" && mvn -B -q package -DskipTests); done
fi
jar() { ls "$work/$1"/target/*.jar | grep -v original | head -1; }

# start APP PORT: starts the jar in the background, waits for Spring Boot's "Started", prints the process's time.
start() {
  local log="$work/$1.log" took=""
  rm -f "$log"
  java -jar "$(jar "$1")" --server.port="$2" >"$log" 2>&1 &
  echo $! >"$work/$1.pid"
  for _ in $(seq 1200); do
    took="$(sed -n 's/.*Started Application.*process running for \([0-9.]*\)).*/\1/p' "$log" 2>/dev/null || true)"
    [ -n "$took" ] && break
    kill -0 "$(cat "$work/$1.pid")" 2>/dev/null || { echo "run.sh: $1 did not start; see $log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$took" ] || { echo "run.sh: $1 did not start in 120 s; see $log" >&2; exit 1; }
  echo "$took"
}
stop() { kill "$(cat "$work/$1.pid")"; wait "$(cat "$work/$1.pid")" 2>/dev/null || true; }

echo "== start-up, $starts alternating starts each (Spring Boot's 'process running for')" >&2
: >"$work/starts.tsv"
for _ in $(seq "$starts"); do
  for app in strata-app jpa-app; do printf '%s\t%s\n' "$app" "$(start "$app" 18090)" >>"$work/starts.tsv"; stop "$app"; done
done

echo "== wrk, $seconds s per endpoint, 2 threads, 16 connections, after a warm-up" >&2
start strata-app 18081 >/dev/null
start sdr-app 18082 >/dev/null
declare -A url=(
  [strata-list]="http://127.0.0.1:18081/tracks?size=25&include=album"
  [sdr-list]="http://127.0.0.1:18082/tracks?size=25&projection=withAlbum"
  [strata-get]="http://127.0.0.1:18081/tracks/42"
  [sdr-get]="http://127.0.0.1:18082/tracks/42")
for name in strata-list sdr-list strata-get sdr-get; do
  curl -sf -o /dev/null "${url[$name]}" || { echo "run.sh: ${url[$name]} does not answer 200" >&2; exit 1; }
  wrk -t2 -c16 -d5s "${url[$name]}" >/dev/null
done
for name in strata-list sdr-list strata-get sdr-get; do
  wrk -t2 -c16 -d"${seconds}s" --latency "${url[$name]}" >"$work/$name.wrk"
done
stop strata-app
stop sdr-app

python3 - "$work" <<'PY'
import re, statistics, sys
work = sys.argv[1]
starts = {}
for line in open(f"{work}/starts.tsv"):
    app, t = line.split()
    starts.setdefault(app, []).append(float(t))
s, j = statistics.median(starts["strata-app"]), statistics.median(starts["jpa-app"])
print(f"start-up (median of {len(starts['strata-app'])}): strata app {s:.2f} s, plain Spring Data JPA {j:.2f} s, "
      f"strata adds {100 * (s / j - 1):+.0f} %")
def wrk(name):
    text = open(f"{work}/{name}.wrk").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return rps, float(p99.group(1)) * scale
print("| request | strata req/s | Spring Data REST req/s | strata p99 | Spring Data REST p99 |")
print("|---|---:|---:|---:|---:|")
for case, label in (("list", "GET list of 25 tracks, album included"), ("get", "GET one track by id")):
    (sr, sp), (dr, dp) = wrk(f"strata-{case}"), wrk(f"sdr-{case}")
    print(f"| {label} | {sr:.0f} | {dr:.0f} | {sp:.1f} ms | {dp:.1f} ms |")
PY
