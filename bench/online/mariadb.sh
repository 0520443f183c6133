#!/bin/bash
# bench/online/run.sh's measurement on MariaDB: write latency while `./strata upgrade` applies one revision adding an
# index, a foreign key, a check and a NOT NULL to a table of ROWS rows (default 1,000,000) under a steady write load
# (Writer.java: 2 clients, each transaction one UPDATE and one INSERT, every transaction logged):
#   a. strata's plan (`strata diff --sql`: each ALTER names ALGORITHM and LOCK);
#   b. the same changes as plain ALTERs (`--no-online`), on a fresh copy of the table, same run.
# Usage: [WITHOUT_CHECK=1] bench/online/mariadb.sh [SECONDS_OF_LOAD] [ROWS]   (MariaDB on 127.0.0.1:3306, root)
set -euo pipefail
load_seconds=${1:-40}
rows=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_DIR:-/tmp/strata_bench_online_mariadb}
db=bench_online_live
target=bench_online_target
my() { mariadb --protocol=TCP -h 127.0.0.1 -u root "$@"; }
url() { echo "jdbc:mariadb://127.0.0.1:3306/$1?user=root"; }
driver=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | tail -1)

"$root/strata" --version >/dev/null   # builds the CLI first, so that the build is not measured
rm -rf "$work" && mkdir -p "$work"

live_schema() {
  my -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  my "$db" <<SQL
CREATE TABLE parent (id int PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO parent SELECT seq FROM seq_1_to_1000;
CREATE TABLE item (id bigint AUTO_INCREMENT PRIMARY KEY, parent_id int, qty int, note varchar(100)) ENGINE=InnoDB;
INSERT INTO item (parent_id, qty, note) SELECT 1 + seq % 1000, seq % 50, CONCAT('n', seq) FROM seq_1_to_$rows;
ANALYZE TABLE item;
SQL
}

target_schema() {
  my -e "DROP DATABASE IF EXISTS $target; CREATE DATABASE $target"
  my "$target" <<'SQL'
CREATE TABLE parent (id int PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE item (id bigint AUTO_INCREMENT PRIMARY KEY,
    parent_id int, qty int NOT NULL, note varchar(100),
    CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT item_qty_check CHECK (qty >= 0), KEY item_qty_idx (qty)) ENGINE=InnoDB;
SQL
  # MariaDB 10.11 adds a check only by copying the table: WITHOUT_CHECK=1 measures the copy-free rest alone.
  [ -z "${WITHOUT_CHECK:-}" ] || my "$target" -e "ALTER TABLE item DROP CONSTRAINT item_qty_check"
}

project() {
  local name=$1; shift
  mkdir -p "$work/$name/migrations"
  printf 'migrations: migrations\n' > "$work/$name/strata.yaml"
  {
    printf -- '-- revision: %s\n-- parents:\n-- message: %s\n-- created: 2026-01-01T00:00:00Z\n\n-- +upgrade\n' \
      "$name" "$name"
    "$root/strata" diff --from "$(url $db)" --to "$(url $target)" --sql "$@" | grep -vx 'BEGIN;' | grep -vx 'COMMIT;' || true
  } > "$work/$name/migrations/20260101000000_${name}.sql"
}

measure() {
  local name=$1
  live_schema
  project "$name" "${@:2}"
  cat "$work/$name/migrations/"*.sql > "$work/$name.revision.sql"
  java -cp "$driver" "$here/Writer.java" "$(url $db)" "$rows" "$load_seconds" 2 "$work/$name.writer" &
  local bench=$!
  sleep 5
  local start end
  start=$(date +%s%6N)
  "$root/strata" upgrade head --quiet --config "$work/$name/strata.yaml" --url "$(url $db)"
  end=$(date +%s%6N)
  # The revision's own span: strata_history keeps microseconds (applied_at is the revision's start).
  local ddl
  ddl=$(my -N "$db" -e "SELECT CAST(UNIX_TIMESTAMP(applied_at) * 1000000 AS UNSIGNED),
    CAST(UNIX_TIMESTAMP(applied_at) * 1000000 AS UNSIGNED) + duration_ms * 1000 FROM strata_history" | tr '\t' ' ')
  echo "$start $end $ddl" > "$work/$name.window"
  wait $bench
  "$root/strata" diff --from "$(url $db)" --to "$(url $target)" --sql | grep -q . \
    && { echo "the $name migration did not converge" >&2; exit 1; } || true
}

target_schema
measure online
measure plain --no-online
my -e "DROP DATABASE $db; DROP DATABASE $target"
uptime
python3 "$here/latency.py" "$work" online plain | tee "$work/report.md"
