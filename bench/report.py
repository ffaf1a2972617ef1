#!/usr/bin/env python3
"""Prints bench/run's results as a Markdown table: medians, ratios to the peers timed in the
same run, and whether each target of the "Prove it" issue is met.

usage: report.py BENCH_DIR PLAYBOOK_BYTES LOG_BYTES   (reads BENCH_DIR/results/*)
"""
import json
import os
import sys

out, playbook_bytes, log_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
results = os.path.join(out, "results")


def median(name):
    """Median seconds of a hyperfine or peer result, or None if it was not measured."""
    try:
        data = json.load(open(os.path.join(results, name + ".json")))
    except FileNotFoundError:
        return None
    return data["results"][0]["median"] if "results" in data else data["median"]


def peak_mb(name):
    try:
        return int(open(os.path.join(results, name + ".mem")).read().split()[-1]) / 1024
    except (FileNotFoundError, ValueError, IndexError):
        return None


def ms(s):
    return "n/a (command missing)" if s is None else f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def ratio(a, b):
    return "" if a is None or b is None else f"{a / b:.2f}×"


def ok(cond):
    return "" if cond is None else ("met" if cond else "**missed**")


rows = []


def row(what, value, peer, peer_value, rat, target, met):
    rows.append(f"| {what} | {value} | {peer} | {peer_value} | {rat} | {target} | {met} |")


MB = 1e6
pb_mb = playbook_bytes / MB
log_mb = log_bytes / MB

v, pv = median("version"), median("peer-version")
row("start-up: `crisis --version`", ms(v), "`sha256sum --version`", ms(pv), ratio(v, pv), "≤ 5 ms", ok(v is not None and v <= 0.005))
s, ps = median("status-small"), median("peer-status-small")
row("start-up: `crisis status` (small incident, by id)", ms(s), "`jq -c .` its log", ms(ps), ratio(s, ps), "≤ 5 ms", ok(s is not None and s <= 0.005))

lint, ryml_t, pyyaml_t = median("lint"), median("peer-ryml"), median("peer-pyyaml")
speed = pb_mb / lint if lint else None
row(f"`crisis lint`, {pb_mb:.1f} MB playbook (parse + validate)", f"{ms(lint)} = {speed:.0f} MB/s" if lint else ms(lint), "rapidyaml (parse only)", f"{pb_mb / ryml_t:.0f} MB/s" if ryml_t else "", ratio(lint, ryml_t), "≥ 50 MB/s", ok(speed is not None and speed >= 50))
row("… against rapidyaml", ms(lint), "rapidyaml `parse_in_arena` (in-process)", ms(ryml_t), ratio(lint, ryml_t), "faster (< 1×)", ok(lint is not None and ryml_t is not None and lint < ryml_t))
row("… against PyYAML", ms(lint), "PyYAML `CSafeLoader` (in-process)", ms(pyyaml_t), f"{pyyaml_t / lint:.1f}× faster" if lint and pyyaml_t else "", "≥ 20× faster", ok(lint is not None and pyyaml_t is not None and pyyaml_t / lint >= 20))
m, base = peak_mb("lint"), peak_mb("lint-tiny")
above = f" ({m - base:.1f} MB = {(m - base) / pb_mb:.1f}× above the {base:.1f} MB a two-line playbook takes)" if m and base else ""
row("… peak memory", f"{m:.1f} MB = {m / pb_mb:.1f}× the file{above}" if m else "?", "", "", "", "≤ 4× the file", ok(m is not None and m / pb_mb <= 4))

jq_t = median("peer-jq")
jq_m = peak_mb("peer-jq")
for name, label in (("status-100k", "`crisis status`"), ("resume-100k", "`crisis resume` (fold, then pause at end of input)")):
    t = median(name)
    row(f"{label}, 100k events ({log_mb:.1f} MB)", ms(t), "`jq -c . LOG`", ms(jq_t), ratio(t, jq_t), "≤ 0.3 s and faster than jq", ok(t is not None and jq_t is not None and t <= 0.3 and t < jq_t))
    m = peak_mb(name)
    row("… peak memory", f"{m:.1f} MB" if m else "?", "jq", f"{jq_m:.1f} MB" if jq_m else "", ratio(m, jq_m), "bounded (streaming)", ok(m is not None and m < log_mb))
for fmt in ("md", "html"):
    t = median(f"export-{fmt}")
    # jq reads and rewrites every line of the same log: a floor for "read it all, write text".
    row(f"`crisis export --format {fmt}`, 100k events", ms(t), "`jq -c . LOG`", ms(jq_t), ratio(t, jq_t), "≤ 1 s", ok(None if t is None else t <= 1))
    m = peak_mb(f"export-{fmt}")
    row("… peak memory", f"{m:.1f} MB = {m / log_mb:.1f}× the log" if m else "?", "jq", f"{jq_m:.1f} MB" if jq_m else "", ratio(m, jq_m), "(no target: a report needs every event)", "")
ver, sha = median("verify"), median("peer-sha256sum")
if ver is not None:
    share = sha / ver
    row("`crisis verify`, 100k events", f"{ms(ver)} = {log_mb / ver:.0f} MB/s", "`sha256sum LOG`", f"{ms(sha)} = {log_mb / sha:.0f} MB/s", f"{share * 100:.0f}% of its throughput", "≥ 40%", ok(share >= 0.4))
else:
    row("`crisis verify`, 100k events", ms(None), "`sha256sum LOG`", f"{ms(sha)} = {log_mb / sha:.0f} MB/s" if sha else "", "", "≥ 40%", "")
n, nt = median("note"), median("note-tmpfs")
fs = f"fsync ≈ {ms(n - nt)} ({(n - nt) / n * 100:.0f}%)" if n and nt else ""
row("`crisis note` (start, lock, append, fsync, exit)", ms(n), "same on tmpfs (fsync free)", ms(nt), fs, "≤ 10 ms", ok(n is not None and n <= 0.010))

st = median("start-shipped")
row("`crisis start` to the first screen (slowest shipped playbook, line mode, log fsynced)", ms(st), "", "", "", "≤ 10 ms", ok(None if st is None else st <= 0.010))
try:
    console = open(os.path.join(results, "console.txt")).read().strip().splitlines()
except FileNotFoundError:
    console = []
for line in console:
    row(f"console: {line}", "", "", "", "", "idle ≤ 1% of a core; 20,000 steps ≤ 0.5 s", "")

print("| what | crisis (median) | peer | peer (median) | ratio | target | |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print("\n".join(rows))
