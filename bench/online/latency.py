"""Latency of the pgbench transactions that overlap each migration (and of those before it, as a baseline).

pgbench --log lines: client_id transaction_no latency_us script_no epoch_s epoch_us (the transaction's end).
Usage: latency.py WORK_DIR NAME...   (reads WORK_DIR/NAME.window: the upgrade process's start and end, then, where
known, the revision's own; and the logs WORK_DIR/NAME.*)
"""
import glob
import math
import sys


def transactions(work, name):
    for path in glob.glob(f"{work}/{name}.*"):
        if path.endswith((".window", ".txt", ".sql")):
            continue
        with open(path) as f:
            for line in f:
                fields = line.split()
                latency = int(fields[2])
                end = int(fields[4]) * 1_000_000 + int(fields[5])
                yield end - latency, end, latency


def p99(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def row(label, latencies, seconds):
    if not latencies:
        return f"| {label} | 0 | - | - | - |"
    return (f"| {label} | {len(latencies)} | {len(latencies) / seconds:.0f} | {p99(latencies) / 1000:.1f} | "
            f"{max(latencies) / 1000:.1f} |")


def main(work, names):
    print("| writes | transactions | per second | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        window = [int(x) for x in open(f"{work}/{name}.window").read().split()]
        start, end = window[:2]
        all_writes = list(transactions(work, name))
        first = min(t[0] for t in all_writes)
        before = [lat for s, e, lat in all_writes if e < start]
        print(row(f"{name}: before `strata upgrade`", before, max(1e-6, (start - first) / 1e6)))
        spans = [(f"{name}: during `strata upgrade` (JVM start included)", start, end)]
        if len(window) == 4:  # the revision's own span, where the history table keeps it precisely
            spans.insert(0, (f"{name}: during the revision's statements", window[2], window[3]))
        for label, lo, hi in spans:
            during = [lat for s, e, lat in all_writes if e >= lo and s <= hi]
            print(row(f"{label}, {(hi - lo) / 1e6:.1f} s", during, max(1e-6, (hi - lo) / 1e6)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
