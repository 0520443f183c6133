#!/usr/bin/env bash
# The models commands on the synthetic PostgreSQL schemas (SIZES, default 1000; 5000 shows how cost grows), whole
# processes, JVM start included (issue 5: each under 3 s at 1,000 tables; Alembic's autogenerate took 18.7 s on the
# same schema, see ../shared/bench/BASELINE.md; issue 15: a fresh rebuild < 3 s and < 300 MB, check < 2 s).
# rebuild-from-database runs into a fresh project (just `strata init`, reset before each run) and then into the
# project it has built (the repeated rebuild: nothing changes, every file is compared and merged); check and
# revision --autogenerate read the entity files it wrote.
source "$(dirname "$0")/lib.sh"
for n in ${SIZES:-1000}; do
  ensure_pg "$n"
  project="$OUT/models-project-$n"
  fresh="$OUT/models-fresh-$n"
  url="jdbc:postgresql://127.0.0.1:5432/bench_pg_$n?user=postgres"
  rm -rf "$fresh" && mkdir -p "$fresh" && (cd "$fresh" && "$STRATA" init . >/dev/null)
  (cd "$OUT" && rm -rf "$fresh.init" && cp -r "$fresh" "$fresh.init")
  # Each run writes into a directory of its own, and the runs' directories are deleted only after the last run:
  # on ext4, creating a file where thousands were just deleted costs the kernel several times more (the inode
  # allocator steps over every recently freed inode), which made the same rebuild take 11 to 22 s depending on what
  # the previous run left to delete. A user's rebuild into a new project does not follow a mass deletion.
  PREPARE="d=\$(mktemp -d $OUT/fresh-run-$n.XXXXXX) && cp -r $fresh.init/. \$d && ln -sfn \$d $fresh" \
    measure "strata_rebuild_fresh_$n" "cd $fresh && $STRATA rebuild-from-database --config $fresh/strata.yaml --url $url --quiet > /dev/null"
  built="$(readlink -f "$fresh")"
  rm -rf "$project" && cp -r "$built" "$project"
  # The floor of any tool that writes this project: `cp -r` of what the rebuild wrote (8,000 files, the merge bases
  # in .strata/base among them), each run into a new directory too.
  PREPARE="rm -rf $OUT/copy-$n.next && mktemp -u $OUT/copy-run-$n.XXXXXX > $OUT/copy-$n.next" \
    measure "cp_r_project_$n" "cp -r $built \$(cat $OUT/copy-$n.next)"
  rm -rf "$fresh" "$OUT"/fresh-run-"$n".* "$OUT"/copy-run-"$n".* "$OUT/copy-$n.next"
  cd "$project"
  measure "strata_rebuild_from_database_$n" "$STRATA rebuild-from-database --config $project/strata.yaml --url $url --quiet > /dev/null"
  measure "strata_check_$n" "$STRATA check --config $project/strata.yaml --url $url --quiet > /dev/null"
  measure "strata_autogenerate_$n" "$STRATA revision --autogenerate -m bench --config $project/strata.yaml --url $url --quiet > /dev/null"
  cd "$OUT"
  report "cp_r_project_$n" "cp_r_project_$n" "strata_rebuild_fresh_$n" "strata_rebuild_from_database_$n" "strata_check_$n" "strata_autogenerate_$n"
done
