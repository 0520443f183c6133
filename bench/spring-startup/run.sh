#!/usr/bin/env bash
# Start-up cost of strata's Spring Boot starter against Flyway's auto-configuration: the same application, the same
# schema history, the same PostgreSQL, measured whole-process with hyperfine in one run.
#   bench/spring-startup/run.sh [RUNS] [REVISIONS]      (from anywhere; needs PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${1:-10}"
revisions="${2:-50}"
command -v hyperfine >/dev/null || { echo "run.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

echo "== installing strata's starter into ~/.m2" >&2
(cd "$repo" && mvn -B -q install -DskipTests)
echo "== writing $revisions revisions for both tools, building both applications" >&2
python3 "$here/gen.py" "$here/app" "$revisions"
(cd "$here/app" && mvn -B -q clean && mvn -B -q -Pstrata package && mvn -B -q -Pflyway package)

pg() { psql -q -h 127.0.0.1 -U postgres -d postgres -c "$1"; }
url() { echo "jdbc:postgresql://127.0.0.1:5432/$1?user=postgres"; }
java_cmd="java -XX:+UseSerialGC"
strata_jar="$here/app/target/bench-strata.jar"
flyway_jar="$here/app/target/bench-flyway.jar"
out="$here/results"
mkdir -p "$out"

echo "== start on an empty database: every revision applied" >&2
for tool in strata flyway; do pg "DROP DATABASE IF EXISTS bench_start_$tool"; done
hyperfine --runs "$runs" --warmup 1 --export-json "$out/empty.json" --export-markdown "$out/empty.md" \
  -n strata --prepare "psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS bench_start_strata' -c 'CREATE DATABASE bench_start_strata'" \
  "env DB_URL='$(url bench_start_strata)' $java_cmd -jar $strata_jar" \
  -n flyway --prepare "psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS bench_start_flyway' -c 'CREATE DATABASE bench_start_flyway'" \
  "env DB_URL='$(url bench_start_flyway)' $java_cmd -jar $flyway_jar"

echo "== restart at head: history read and validated, nothing to apply" >&2
hyperfine --runs "$runs" --warmup 1 --export-json "$out/head.json" --export-markdown "$out/head.md" \
  -n strata "env DB_URL='$(url bench_start_strata)' $java_cmd -jar $strata_jar" \
  -n flyway "env DB_URL='$(url bench_start_flyway)' $java_cmd -jar $flyway_jar"

for tool in strata flyway; do pg "DROP DATABASE IF EXISTS bench_start_$tool"; done
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for case in ("empty", "head"):
    r = {x["command"]: x for x in json.load(open(f"{out}/{case}.json"))["results"]}
    s, f = r["strata"]["median"], r["flyway"]["median"]
    print(f"{case:6s} strata {s:.3f} s  flyway {f:.3f} s  ratio {s / f:.2f} (median of {len(r['strata']['times'])})")
PY
