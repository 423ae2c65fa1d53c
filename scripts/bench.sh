#!/usr/bin/env bash
# `make bench` after criterion: the same texts (the seeds and the ≥ 10 MB slice of
# ../shared/corpus/gov defined in benches/analyze.rs, see bench/texts.mjs) natively, as wasm in
# Node and in headless Chromium, beside the peer (Microsoft Recognizers-Text); one 20k-character
# report; the package's size; the whole corpus through the page's file input. The last line is
# one JSON object with every figure. Reads pkg/ as `make pkg` built it and writes nothing there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if [ ! -d ../shared/corpus/gov ]; then
  echo "bench: ../shared/corpus/gov is absent; nothing to measure" >&2
  exit 1
fi
if [ ! -f pkg/zhibiao_bg.wasm ]; then
  echo "bench: pkg/ is not built: run make pkg (or make bench)" >&2
  exit 1
fi
# The peer is a benchmark-only dependency, pinned in bench/package-lock.json.
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  echo "bench: npm ci in bench/"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi

result() { sed -n 's/^RESULT //p' "$1"; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# Measure a snapshot of pkg/, so that a `make pkg` meanwhile changes nothing under way.
# package.json is written last: without it (or if pkg/ changes while copied) the build is unfinished.
for _ in $(seq 60); do
  rm -rf "$log/pkg" && cp -r pkg "$log/pkg" 2>/dev/null || true
  if [ -f "$log/pkg/package.json" ] && diff -rq pkg "$log/pkg" >/dev/null 2>&1; then break; fi
  sleep 5
done
[ -f "$log/pkg/package.json" ] || { echo "bench: pkg/ is incomplete" >&2; exit 1; }
export BENCH_PKG="$log/pkg"

# Native, single thread: the best of 15 passes of examples/throughput.rs over the texts (about
# 2 s: a shared machine has slow moments, and a few short runs can all fall in one).
mapfile -t files < <(node bench/texts.mjs seeds; node bench/texts.mjs slice)
nice cargo build --quiet --release --example throughput
line=$(ZHIBIAO_PASSES=15 target/release/examples/throughput "${files[@]}")
native=$(sed -n 's/.*, \([0-9.]*\) MB\/s$/\1/p' <<<"$line")
echo "native (release, one thread), best of 15 passes: $line"

node bench/node.mjs | tee "$log/node"
node bench/chromium.mjs 2> >(grep -v 'unexpected operator' >&2) | tee "$log/chromium"

# What a browser loads: the wasm and the package's browser JS, each gzipped as served.
gz_total=0
for name in zhibiao_bg.wasm zhibiao.js inflate.js index.js render.js worker-client.js worker.js; do
  f="$BENCH_PKG/$name"
  [ -f "$f" ] || continue
  gz=$(gzip -9c "$f" | wc -c)
  gz_total=$((gz_total + gz))
  printf 'bundle: %-22s %8d B raw %8d B gzipped\n' "$(basename "$f")" "$(wc -c <"$f")" "$gz"
done
bundle_kb=$(awk -v b="$gz_total" 'BEGIN { printf "%.1f", b / 1024 }')
echo "bundle: wasm + JS gzipped: $bundle_kb KB"

node -e '
const [native, bundle, nodeR, chromeR] = process.argv.slice(1);
const n = JSON.parse(nodeR), c = JSON.parse(chromeR);
console.log(JSON.stringify({
  native_mb_s: Number(native),
  wasm_node_mb_s: n.wasm_node_mb_s,
  wasm_chromium_mb_s: c.wasm_chromium_mb_s,
  report20k_ms: c.report20k_ms,
  bundle_gz_kb: Number(bundle),
  peer_ratio: n.peer_ratio,
  corpus_page_s: c.corpus_page_s,
}));' "$native" "$bundle_kb" "$(result "$log/node")" "$(result "$log/chromium")"
