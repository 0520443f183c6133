#!/usr/bin/python3
"""Turns gen_migrations.py's Flyway files into a linear chain of strata revision files.

Usage: to_strata.py FLYWAY_DIR OUT_DIR
Revision i gets id r<i>, parent r<i-1>, and the file name 2026010100<i> so that files sort in creation order.
"""
import os
import re
import sys


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    files = sorted(os.listdir(src), key=lambda f: int(re.match(r"V(\d+)__", f).group(1)))
    for i, name in enumerate(files, start=1):
        sql = open(os.path.join(src, name)).read().strip()
        parent = f"r{i - 1:04d}" if i > 1 else ""
        with open(os.path.join(out, f"20260101{i:06d}_r{i:04d}_m{i:04d}.sql"), "w") as f:
            f.write(f"-- revision: r{i:04d}\n-- parents: {parent}\n-- message: m{i:04d}\n"
                    f"-- created: 2026-01-01T00:00:00Z\n\n-- +upgrade\n{sql}\n\n-- +downgrade\n")


if __name__ == "__main__":
    main()
