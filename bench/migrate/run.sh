#!/bin/bash
# Benchmark of versioned migrations on PostgreSQL (issue 4), whole process, with hyperfine:
#   a. 1,000 tiny revisions applied by `strata upgrade head` to an empty database (one transaction per revision,
#      plus version and history bookkeeping) vs one `psql -f all.sql` of the same statements (autocommit).
#   b. `strata current` on an up-to-date database with 1,000 revisions.
# Usage: bench/migrate/run.sh [RUNS]   (from the repository root; builds the CLI jar first)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_DIR:-/tmp/strata_bench_migrate}
pg="-h 127.0.0.1 -U postgres -X -q"
export PGOPTIONS="-c client_min_messages=warning"

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }
"$root/strata" --version >/dev/null   # builds the CLI and its class-data-sharing archive
jar="$root/strata-cli/target/strata-cli.jar"

rm -rf "$work" && mkdir -p "$work/project/migrations"
python3 "${STRATA_SHARED:-$root/../shared}/bench/gen_migrations.py" --count 1000 --out "$work/gen" >/dev/null
python3 "$root/bench/migrate/to_strata.py" "$work/gen/flyway" "$work/project/migrations"
printf 'migrations: migrations\n' > "$work/project/strata.yaml"

recreate() { psql $pg -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }
url="jdbc:postgresql://127.0.0.1:5432/bench_strata_mig?user=postgres"
strata="java -jar $jar"
fast="$root/strata"

# The peers, measured in the same run when they are installed (../shared/bench/peers.sh setup fetches them):
# Flyway's migrate and info through its Java API, Alembic's upgrade (one transaction per revision, as strata
# and Flyway) and current.
peers_apply=() peers_current=()
shared="${STRATA_SHARED:-$root/../shared}"
fw="${PEERS:-/tmp/peers}/flyway"
if ls "$fw"/lib/*.jar >/dev/null 2>&1 && [ -d "$fw/classes" ]; then
  fwcp="$fw/lib/*:$fw/classes"
  peers_apply+=(-n "flyway migrate" --prepare "$(declare -f recreate); pg='$pg'; recreate bench_flyway_mig"
    "java -cp '$fwcp' FlywayBench migrate jdbc:postgresql://127.0.0.1:5432/bench_flyway_mig postgres $work/gen/flyway")
  peers_current+=(-n "flyway info" "java -cp '$fwcp' FlywayBench info jdbc:postgresql://127.0.0.1:5432/bench_flyway_mig postgres $work/gen/flyway")
fi
py=${PY:-/usr/bin/python3}   # Debian's python3-alembic and python3-psycopg2, as ../shared/bench/peers.sh uses them
if "$py" -c 'import alembic, psycopg2' 2>/dev/null; then
  cp "$shared/bench/alembic/env.py" "$shared/bench/alembic/alembic.ini" "$work/gen/alembic/"
  cp /usr/lib/python3/dist-packages/alembic/templates/generic/script.py.mako "$work/gen/alembic/" 2>/dev/null || true
  al="env BENCH_URL=postgresql+psycopg2://postgres@127.0.0.1:5432/bench_alembic_mig $py -m alembic -c $work/gen/alembic/alembic.ini"
  peers_apply+=(-n "alembic upgrade head (transaction per revision)"
    --prepare "$(declare -f recreate); pg='$pg'; recreate bench_alembic_mig" "env BENCH_TX_PER_MIGRATION=1 $al upgrade head")
  peers_current+=(-n "alembic current" "$al current")
fi

hyperfine --warmup 1 --runs "$runs" --export-json "$work/apply.json" --export-markdown "$work/apply.md" \
  -n "psql -f all.sql" --prepare "$(declare -f recreate); pg='$pg'; recreate bench_psql_mig" \
  "psql $pg -d bench_psql_mig -v ON_ERROR_STOP=1 -f $work/gen/all.sql" \
  -n "strata upgrade head (java -jar)" --prepare "$(declare -f recreate); pg='$pg'; recreate bench_strata_mig" \
  "$strata upgrade head --quiet --config $work/project/strata.yaml --url '$url'" \
  -n "strata upgrade head (./strata)" --prepare "$(declare -f recreate); pg='$pg'; recreate bench_strata_mig" \
  "$fast upgrade head --quiet --config $work/project/strata.yaml --url '$url'" "${peers_apply[@]}"

hyperfine --warmup 2 --runs "$((runs * 2))" --export-json "$work/current.json" --export-markdown "$work/current.md" \
  -n "strata current (java -jar)" "$strata current --config $work/project/strata.yaml --url '$url'" \
  -n "strata current (./strata)" "$fast current --config $work/project/strata.yaml --url '$url'" "${peers_current[@]}"

psql $pg -d bench_strata_mig -tAc "SELECT count(*) FROM strata_history" | grep -qx 1000 \
  || { echo "strata did not apply 1,000 revisions" >&2; exit 1; }
psql $pg -d postgres -c "DROP DATABASE bench_psql_mig" -c "DROP DATABASE bench_strata_mig" \
  -c "DROP DATABASE IF EXISTS bench_flyway_mig" -c "DROP DATABASE IF EXISTS bench_alembic_mig"
uptime
cat "$work/apply.md" "$work/current.md"
