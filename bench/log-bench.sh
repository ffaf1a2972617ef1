#!/usr/bin/env bash
# Log benchmark: builds bench/log/main.swift with the CrisisKit sources into one optimised
# binary, then prints SHA-256 and JSON throughput and 100k-line read/verify times, with
# `sha256sum` on the same 100 MB file for comparison. Usage: bench/log-bench.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-/tmp/crisis-bench}"
mkdir -p "$dir"
find Sources/CrisisKit -name '*.swift' -print0 |
  xargs -0 swiftc -O -wmo -module-name LogBench -o "$dir/log-bench" bench/log/main.swift
"$dir/log-bench" "$dir"
cat "$dir/random-100mb.bin" >/dev/null
for _ in 1 2 3; do
  /usr/bin/env time -f "sha256sum 100 MB: %e s" sha256sum "$dir/random-100mb.bin" >/dev/null
done
