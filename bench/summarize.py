#!/usr/bin/env python3
"""Prints a markdown table from hyperfine JSON files: median, min-max, median CPU time (user+sys of the whole
process tree, from /usr/bin/time), peak RSS, and ratio to a baseline (of wall time and of CPU time).

usage: summarize.py OUT_DIR BASELINE_NAME NAME [NAME ...]
"""
import json
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1])
names = sys.argv[2:]


def load(name):
    r = json.loads((out / f"{name}.json").read_text())["results"][0]
    rss_file = out / "rss" / f"{name}.txt"
    runs = [line.split() for line in rss_file.read_text().splitlines() if line.strip()] if rss_file.exists() else []
    nan = float("nan")
    rss = statistics.median(int(x[0]) for x in runs) / 1024 if runs else nan
    cpu = statistics.median(float(x[1]) + float(x[2]) for x in runs if len(x) == 3) if any(len(x) == 3 for x in runs) else nan
    return r["median"], min(r["times"]), max(r["times"]), cpu, rss


base = load(names[0])
print("| measurement | median s | min-max s | CPU user+sys s | peak RSS MiB | ratio to " + names[0] + " (wall, CPU) |")
print("|---|---:|---:|---:|---:|---:|")
for n in names:
    med, lo, hi, cpu, rss = load(n)
    print(f"| {n} | {med:.3f} | {lo:.3f}-{hi:.3f} | {cpu:.2f} | {rss:.0f} | {med / base[0]:.2f}, {cpu / base[3]:.2f} |")
