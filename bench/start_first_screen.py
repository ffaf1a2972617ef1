#!/usr/bin/env python3
"""Times `crisis start` to its first screen: from launching the process until the step screen
("Step 1 of", or "Schritt 1 von" for a German playbook) has been printed, with every question answered by Enter (line mode, --plain;
the log is created and fsynced first, as always). Prints one line per playbook and writes
the slowest median to OUT/results/start-shipped.json.

usage: start_first_screen.py CRISIS OUT RUNS PLAYBOOK...
"""
import json
import os
import statistics
import subprocess
import sys
import time

crisis, out, runs, books = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
os.makedirs(f"{out}/results", exist_ok=True)
worst = 0.0
for book in books:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(
            [crisis, "start", book, "--plain", "--as", "bench", "--log-dir", f"{out}/starts"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        child.stdin.write(b"\n" * 60)
        child.stdin.flush()
        seen = b""
        # The first screen in the playbook's language (every shipped playbook declares one).
        while b"Step 1 of" not in seen and b"Schritt 1 von" not in seen:
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
        times.append(time.perf_counter() - start)
        child.stdin.close()
        child.stdout.read()
        child.wait()
    median = statistics.median(times)
    worst = max(worst, median)
    print(f"{book}: first screen after {median * 1000:.1f} ms (median of {runs})")
json.dump({"median": worst}, open(f"{out}/results/start-shipped.json", "w"))
