#!/usr/bin/env python3
"""Team benchmarks (issue 14), over a local bare repository:

1. Latency: an event written on laptop A (`crisis note`, which starts a background sync
   round) until laptop B's running walkthrough (`crisis resume --plain`, which fetches in the
   background every 2 s) prints it. Median and worst of RUNS events.
2. `crisis sync` of a 10,000-event incident written by five devices (2,000 events each,
   generated as valid hash chains): the first round on a fresh sixth clone (fetch and merge
   everything), a round with nothing new, and `crisis status` of the 10k team incident.

usage: team_bench.py CRISIS OUT RUNS
Prints a Markdown table and writes OUT/results/team.json.
"""
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

crisis, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
root = os.path.join(out, "team")
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root)
env = dict(os.environ, CRISIS_PLAYBOOKS=os.path.abspath("Playbooks"))
variables = ["--var", "product=Shop", "--var", "campaign=BW", "--var", "status_url=s.de",
             "--var", "eta=18:30", "--var", "extension=Mo"]


def run(*args, stdin=b"", check=True):
    result = subprocess.run([crisis, *args], cwd=root, env=env, input=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and result.returncode != 0:
        sys.exit(f"crisis {' '.join(args)} failed: {result.stderr.decode()}")
    return result


subprocess.run(["git", "init", "--quiet", "--bare", "remote.git"], cwd=root, check=True)
remote = os.path.join(root, "remote.git")
for laptop in ["a", "b"]:
    run("team", "init", remote, "--log-dir", laptop)
run("start", "website-outage", "--plain", "--as", "anna", "--log-dir", "a", *variables,
    stdin=b"p\n")
run("sync", "--log-dir", "a")
run("sync", "--log-dir", "b")

# --- 1. latency A -> B --------------------------------------------------------------------
b = subprocess.Popen([crisis, "resume", "--plain", "--as", "ben", "--log-dir", "b"], cwd=root,
                     env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.DEVNULL)
seen = {}
lock = threading.Lock()


def watch():
    buffer = b""
    while True:
        chunk = os.read(b.stdout.fileno(), 65536)
        if not chunk:
            return
        now = time.perf_counter()
        buffer += chunk
        with lock:
            for i in range(runs):
                key = f"bench-event-{i}-end".encode()
                if i not in seen and key in buffer:
                    seen[i] = now


threading.Thread(target=watch, daemon=True).start()
time.sleep(1.5)  # B's console is up and has done its first round
latencies = []
for i in range(runs):
    start = time.perf_counter()
    run("note", "--as", "anna", "--log-dir", "a", f"bench-event-{i}-end")
    deadline = start + 20
    while time.perf_counter() < deadline:
        with lock:
            if i in seen:
                break
        time.sleep(0.01)
    with lock:
        if i not in seen:
            sys.exit(f"event {i} never reached B")
        latencies.append(seen[i] - start)
b.stdin.write(b"p\n")
b.stdin.flush()
b.wait(timeout=10)

# --- 2. sync of 10k events from five devices ----------------------------------------------
incident = next(n for n in os.listdir(os.path.join(root, "a")) if not n.startswith("."))
devices = [f"laptop-{k}" for k in range(1, 6)]
clones = []
for k, device in enumerate(devices):
    clone = f"d{k}"
    run("team", "init", remote, "--log-dir", clone)
    with open(os.path.join(root, clone, ".git", "crisis-device"), "w") as f:
        f.write(device + "\n")
    run("sync", "--log-dir", clone)
    clones.append(clone)
# Each device's chain: 2,000 notes, a valid hash chain, Lamport counters interleaved.
for k, (clone, device) in enumerate(zip(clones, devices)):
    prev = hashlib.sha256(b"").hexdigest()
    lines = []
    for seq in range(1, 2001):
        lamport = 100 + seq * 5 + k
        line = json.dumps({
            "v": 1, "seq": seq, "ts": f"2026-11-30T10:{(seq // 60) % 60:02d}:{seq % 60:02d}.000Z",
            "incident": incident, "mode": "live", "type": "note", "actor": device,
            "device": device, "lamport": lamport, "text": f"note {seq} from {device} · Größe",
            "prev": prev}, ensure_ascii=False, separators=(",", ":")).encode()
        prev = hashlib.sha256(line).hexdigest()
        lines.append(line)
    with open(os.path.join(root, clone, incident, f"{device}.jsonl"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
for clone in clones:
    run("sync", "--log-dir", clone)
run("team", "init", remote, "--log-dir", "fresh")


def timed(*args):
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


first_round = timed("sync", "--log-dir", "b")
idle_round = statistics.median(timed("sync", "--log-dir", "b") for _ in range(5))
status = statistics.median(timed("status", incident, "--log-dir", "b") for _ in range(5))
events = sum(1 for chain in os.listdir(os.path.join(root, "b", incident))
             for _ in open(os.path.join(root, "b", incident, chain), "rb"))
verify = run("verify", incident, "--log-dir", "b", check=False)
if verify.returncode != 0:
    sys.exit("verify failed on the 10k team incident: " + verify.stdout.decode())

result = {
    "latency_median_s": statistics.median(latencies), "latency_worst_s": max(latencies),
    "events": events, "sync_first_round_s": first_round, "sync_idle_round_s": idle_round,
    "status_10k_team_s": status,
}
os.makedirs(os.path.join(out, "results"), exist_ok=True)
json.dump(result, open(os.path.join(out, "results", "team.json"), "w"), indent=2)
print("| team measure | value |")
print("| --- | --- |")
print(f"| event on A shown on B (median of {runs}) | {result['latency_median_s']:.2f} s |")
print(f"| event on A shown on B (worst of {runs}) | {result['latency_worst_s']:.2f} s |")
print(f"| `crisis sync`, first round, {events} events from 5 devices + 2 | {first_round * 1000:.0f} ms |")
print(f"| `crisis sync`, nothing new | {idle_round * 1000:.0f} ms |")
print(f"| `crisis status` of the {events}-event team incident | {status * 1000:.0f} ms |")
