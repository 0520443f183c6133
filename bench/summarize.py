#!/usr/bin/env python3
"""Prints a markdown table from hyperfine JSON files: median, min-max, peak RSS, and ratio to a baseline.

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
    rss = [int(x) for x in rss_file.read_text().split()] if rss_file.exists() else []
    return r["median"], min(r["times"]), max(r["times"]), (statistics.median(rss) / 1024 if rss else float("nan"))


base = load(names[0])[0]
print("| measurement | median s | min-max s | peak RSS MiB | ratio to " + names[0] + " |")
print("|---|---:|---:|---:|---:|")
for n in names:
    med, lo, hi, rss = load(n)
    print(f"| {n} | {med:.3f} | {lo:.3f}-{hi:.3f} | {rss:.0f} | {med / base:.2f} |")
