#!/usr/bin/env python3
"""CPU a JVM's threads used between two moments, by thread name (numbers folded to N), from
/proc/<pid>/task/*/stat: shows what the JFR's execution samples do not (JIT compiler threads, GC,
time in native code).

    python3 bench/thread_cpu.py snapshot <pid> <file>     # before
    ... load ...
    python3 bench/thread_cpu.py snapshot <pid> <file2>    # after
    python3 bench/thread_cpu.py diff <file> <file2>       # ticks (1/100 s) by thread name
"""
import collections
import json
import os
import re
import sys


def snapshot(pid, path):
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue  # the thread ended meanwhile
        fields = stat[stat.rindex(")") + 2:].split()
        threads[tid] = [name, int(fields[11]) + int(fields[12])]  # utime + stime
    with open(path, "w") as out:
        json.dump(threads, out)


def diff(before_path, after_path):
    before, after = json.load(open(before_path)), json.load(open(after_path))
    used = collections.Counter()
    for tid, (name, ticks) in after.items():
        used[re.sub(r"\d+", "N", name)] += ticks - before.get(tid, [name, 0])[1]
    total = sum(used.values())
    print(f"total {total} ticks")
    for name, ticks in used.most_common(15):
        print(f"{ticks:7d} {100 * ticks / max(total, 1):5.1f} % {name}")


if __name__ == "__main__":
    if sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], sys.argv[3])
    else:
        diff(sys.argv[2], sys.argv[3])
