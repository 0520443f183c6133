#!/usr/bin/env bash
# Issue 11: the key-path merge of admin.yaml and openapi.yaml for 1,000 edited entities (goal: under a second). In-process and
# single-threaded, after JIT warm-up, as a rebuild after a schema change merges them; not a test, nothing is timed in
# the suite. Needs only Maven's local repository (offline).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${BENCH_OUT:-/tmp/strata-bench}"
mkdir -p "$OUT"
cd "$REPO"
mvn -B -q -o -pl strata-codegen -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/yamlmerge-classpath.txt" >/dev/null
java -cp "strata-codegen/target/classes:strata-codegen/target/test-classes:$(cat "$OUT/yamlmerge-classpath.txt")" \
  dev.strata.codegen.YamlMergeBench "${1:-1000}" | tee "$OUT/yamlmerge.txt"
