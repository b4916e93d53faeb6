"""Summarises the execution samples of a JFR recording: which threads were sampled, the share
of samples under each of the application's methods (inclusive) and under the JDBC calls, where
the samples were when taken (the top frame, by library and by method), and the garbage
collector's pauses.

    python3 bench/jfr_summary.py recording.jfr [top-n] [thread-regex]

thread-regex keeps only the samples of threads whose name it matches (e.g. "ptv-delivery" for the
outbox workers). JFR_INCLUSIVE, a regex, names the methods whose inclusive share is listed
instead of the application's methods and the JDBC calls (e.g. "^com\.fasterxml" for Jackson's).
"""
import collections
import os
import re
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
only_threads = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                      check=True, capture_output=True, text=True).stdout
events = text.split("jdk.ExecutionSample {")[1:]
threads = collections.Counter()
inclusive = collections.Counter()
self_by_library = collections.Counter()
self_by_method = collections.Counter()
LIBRARIES = [("fi.ptvintegration.", "application"), ("org.h2.", "H2"), ("org.postgresql.", "PostgreSQL driver"),
             ("org.eclipse.jetty.", "Jetty"), ("org.apache.cxf.", "CXF"), ("org.apache.camel.", "Camel"),
             ("com.fasterxml.jackson.", "Jackson"), ("com.zaxxer.hikari.", "HikariCP"), ("org.ops4j.pax.", "Pax Web/Logging"),
             ("org.apache.logging.", "Log4j"), ("org.apache.felix.", "Felix"), ("org.flywaydb.", "Flyway"),
             ("java.net.http.", "JDK HTTP client"), ("jdk.internal.net.http.", "JDK HTTP client"),
             ("sun.nio.", "JDK I/O"), ("java.nio.", "JDK I/O"), ("java.util.regex.", "JDK regex"),
             ("java.", "JDK other"), ("javax.", "JDK other"), ("jdk.", "JDK other"), ("sun.", "JDK other")]


def library(frame):
    for prefix, name in LIBRARIES:
        if frame.startswith(prefix):
            return name
    return "other"

INTERESTING = re.compile(os.environ["JFR_INCLUSIVE"]) if os.environ.get("JFR_INCLUSIVE") else re.compile(r"^(fi\.ptvintegration\.|org\.h2\.jdbc\.JdbcPreparedStatement\.execute(Update|Query)$"
                         r"|org\.h2\.jdbc\.JdbcConnection\.commit$|org\.h2\.mvstore\.MVStore\.commit$"
                         r"|org\.postgresql\.jdbc\.PgPreparedStatement\.execute)")

def thread_of(event):
    found = re.search(r'sampledThread = "([^"]*)"', event)
    return found.group(1) if found else "?"


sampled = [(event, thread_of(event)) for event in events]
if only_threads:
    sampled = [(event, thread) for event, thread in sampled if only_threads.search(thread)]
events = [event for event, _ in sampled]
for event, thread in sampled:
    threads[re.sub(r"\d+", "N", thread)] += 1
    stack = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if stack:
        self_by_library[library(stack[0])] += 1
        self_by_method[stack[0]] += 1
    frames = set(stack)
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

print()
print("where the samples were taken (top frame), by library")
for name, count in self_by_library.most_common():
    print(f"{100 * count / max(total, 1):6.1f} % | {name}")
print()
print("top frames")
for frame, count in self_by_method.most_common(15):
    print(f"{100 * count / max(total, 1):6.1f} % | {frame}")
gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", recording],
                    check=True, capture_output=True, text=True).stdout
pauses = [float(m) for m in re.findall(r"sumOfPauses = ([\d.]+) ms", gc)]
print()
print(f"garbage collections: {len(pauses)}, pauses {sum(pauses):.1f} ms in all")
