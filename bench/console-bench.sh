#!/usr/bin/env bash
# Console benchmark: builds bench/console/main.swift with the CrisisKit sources into one
# optimised binary and runs it on a 100,000-event log (bench/gen_log.py) and a playbook of
# about 20,000 steps (bench/gen_playbook.py). Usage: bench/console-bench.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-/tmp/crisis-bench}"
mkdir -p "$dir"
[ -f "$dir/log-100k.jsonl" ] ||
  python3 bench/gen_log.py Playbooks/website-outage.yml "$dir/log-100k.jsonl" --events 100000
[ -f "$dir/playbook-20k.yml" ] ||
  python3 bench/gen_playbook.py "$dir/playbook-20k.yml" --bytes "${CONSOLE_BENCH_BYTES:-13500000}"
find Sources/CrisisKit -name '*.swift' -print0 |
  xargs -0 swiftc -O -wmo -module-name ConsoleBench -o "$dir/console-bench" bench/console/main.swift
rm -rf "$dir/console-logs" && mkdir -p "$dir/console-logs"
"$dir/console-bench" "$dir/log-100k.jsonl" "$dir/playbook-20k.yml" "$dir/console-logs"
