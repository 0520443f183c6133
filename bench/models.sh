#!/usr/bin/env bash
# The models commands on the 1,000-table synthetic PostgreSQL schema, whole processes, JVM start included (issue 5:
# each under 3 s; Alembic's autogenerate took 18.7 s on the same schema, see ../shared/bench/BASELINE.md).
# rebuild-from-database runs into a project it has already built (the repeated rebuild: nothing changes, every file
# is compared and merged); check and revision --autogenerate read the 1,000 entity files it wrote.
source "$(dirname "$0")/lib.sh"
ensure_pg 1000
project="$OUT/models-project"
rm -rf "$project" && mkdir -p "$project" && (cd "$project" && "$REPO/strata" init . >/dev/null)
url="jdbc:postgresql://127.0.0.1:5432/bench_pg_1000?user=postgres"

"$REPO/strata" rebuild-from-database --config "$project/strata.yaml" --url "$url" --quiet >/dev/null 2>&1 || true   # first build, untimed
cd "$project"
measure strata_rebuild_from_database_1000 "$REPO/strata rebuild-from-database --config $project/strata.yaml --url $url --quiet > /dev/null"
measure strata_check_1000 "$REPO/strata check --config $project/strata.yaml --url $url --quiet > /dev/null"
measure strata_autogenerate_1000 "$REPO/strata revision --autogenerate -m bench --config $project/strata.yaml --url $url --quiet > /dev/null"
report strata_rebuild_from_database_1000 strata_rebuild_from_database_1000 strata_check_1000 strata_autogenerate_1000
