#!/usr/bin/env bash
# strata dump against pg_dump --schema-only (1,000 and 5,000 tables) and mariadb-dump --no-data (1,000 tables),
# whole processes, JVM start included, in one run. Goals (issue 2): <= 1.5x pg_dump; faster than mariadb-dump;
# peak RSS < 300 MB at 5,000 tables.
source "$(dirname "$0")/lib.sh"
ensure_pg 1000; ensure_pg 5000; ensure_my 1000
for n in 1000 5000; do
  measure "pg_dump_$n" "pg_dump -h 127.0.0.1 -U postgres --schema-only -d bench_pg_$n -f /dev/null"
  measure "strata_dump_pg_$n" "$STRATA dump --quiet --url jdbc:postgresql://127.0.0.1:5432/bench_pg_$n?user=postgres > /dev/null"
done
measure mariadb_dump_1000 "mariadb-dump -u root --no-data -r /dev/null bench_my_1000"
measure strata_dump_my_1000 "$STRATA dump --quiet --url jdbc:mariadb://127.0.0.1:3306/bench_my_1000?user=root > /dev/null"
report pg_dump_1000 strata_dump_pg_1000
report pg_dump_5000 strata_dump_pg_5000
report mariadb_dump_1000 strata_dump_my_1000
