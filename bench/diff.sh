#!/usr/bin/env bash
# strata diff from an empty database to the synthetic 1,000- and 5,000-table schemas (--sql, whole process) against
# Alembic autogenerate of the same 1,000-table database (empty target_metadata, so it must reflect and render every
# table), in one run. Goals (issue 3): <= 1.5 s at 1,000 tables, <= 8 s at 5,000 (Alembic: 18.7 s and 105 s in
# ../shared/bench/BASELINE.md). Alembic needs Debian's python3-alembic and python3-psycopg2.
source "$(dirname "$0")/lib.sh"
need alembic python3-alembic
/usr/bin/python3 -c "import psycopg2" 2>/dev/null || apt-get install -y -qq python3-psycopg2
ensure_pg 1000; ensure_pg 5000
$PSQL -d postgres -c "DROP DATABASE IF EXISTS bench_empty" -c "CREATE DATABASE bench_empty"
empty="jdbc:postgresql://127.0.0.1:5432/bench_empty?user=postgres"
for n in 1000 5000; do
  measure "strata_diff_pg_$n" "$STRATA diff --quiet --from $empty --to jdbc:postgresql://127.0.0.1:5432/bench_pg_$n?user=postgres --sql > /dev/null"
done

ag="$OUT/alembic" && rm -rf "$ag" && mkdir -p "$ag/versions"
cp "$SHARED/bench/alembic/env.py" "$SHARED/bench/alembic/alembic.ini" /usr/lib/python3/dist-packages/alembic/templates/generic/script.py.mako "$ag/"
RUNS=$(( RUNS < 3 ? RUNS : 3 )) measure alembic_autogen_pg_1000 "rm -f $ag/versions/*.py; $PSQL -d bench_pg_1000 -c \"DROP TABLE IF EXISTS alembic_version\"; BENCH_URL=postgresql+psycopg2://postgres@127.0.0.1:5432/bench_pg_1000 /usr/bin/python3 -m alembic -c $ag/alembic.ini revision --autogenerate -m all >/dev/null 2>&1"
$PSQL -d bench_pg_1000 -c "DROP TABLE IF EXISTS alembic_version"
report alembic_autogen_pg_1000 strata_diff_pg_1000 strata_diff_pg_5000
