"""Summarises the execution samples of a JFR recording: which threads were sampled, and the share
of samples under each of the application's methods (inclusive) and under the JDBC calls.

    python3 bench/jfr_summary.py recording.jfr [top-n]
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                      check=True, capture_output=True, text=True).stdout
events = text.split("jdk.ExecutionSample {")[1:]
threads = collections.Counter()
inclusive = collections.Counter()
INTERESTING = re.compile(r"^(fi\.ptvintegration\.|org\.h2\.jdbc\.JdbcPreparedStatement\.execute(Update|Query)$"
                         r"|org\.h2\.jdbc\.JdbcConnection\.commit$|org\.h2\.mvstore\.MVStore\.commit$"
                         r"|org\.postgresql\.jdbc\.PgPreparedStatement\.execute)")
for event in events:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    threads[re.sub(r"\d+", "N", thread.group(1)) if thread else "?"] += 1
    frames = set(re.findall(r"^\s+([\w.$<>]+)\(", event, re.M))
    for frame in frames:
        if INTERESTING.match(frame):
            inclusive[frame] += 1
total = len(events)
print(f"{total} execution samples")
print("threads:", ", ".join(f"{name} {count}" for name, count in threads.most_common(5)))
print()
print("share of samples | method (inclusive: the samples in it and everything it called)")
for frame, count in inclusive.most_common(top):
    print(f"{100 * count / max(total, 1):6.1f} % | {frame}")
