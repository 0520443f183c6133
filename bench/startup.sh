#!/bin/bash
# Start-up floor of the command line (issue 15): `./strata --help`, the same JVM without the launcher, the
# distribution's bin/strata, and `java -version`, whole process with hyperfine (-N: no shell in between). CPU time
# (user+sys, hyperfine's means) is reported beside wall time: on the shared 2-core machine it is the steadier figure.
# Usage: bench/startup.sh [RUNS]   (from the repository root; builds the CLI first)
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-/tmp/strata-bench}/startup
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }

"$root/strata" --version >/dev/null   # builds the CLI and its class-data-sharing archive
target="$root/strata-cli/target"
dist="$out/dist"
rm -rf "$dist" && mkdir -p "$dist" && tar xzf "$target"/strata-*.tar.gz -C "$dist"

uptime
hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/startup.json" --export-markdown "$out/startup.md" \
  -n "./strata --help" "$root/strata --help" \
  -n "java -jar strata-cli.jar --help" "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $target/strata-cli.jar --help" \
  -n "dist bin/strata --help" "$(echo "$dist"/strata-*/bin/strata) --help" \
  -n "java -version" "java -version"
uptime
python3 - "$out/startup.json" <<'PY'
import json, statistics, sys
print("| command | median wall | min wall | mean CPU (user+sys) |\n|---|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| `{r['command']}` | {statistics.median(r['times']):.3f} s | {min(r['times']):.3f} s | {r['user'] + r['system']:.3f} s |")
PY
