#!/usr/bin/env bash
# Builds the npm package `zhibiao` into pkg/: wasm32 release build -> wasm-bindgen (web target)
# -> wasm-opt -O3 (npm binaryen) -> entry points, types, package.json. Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${PKG_OUT:-pkg}
# 250 KiB until the panel (compare::panel, the region hierarchy), which adds about 21 KB gzipped;
# the rules of that round a few more (276 KiB), the rules of list names, counted people, progress
# objects and the shared encoding tables of the next about 4 KB (280 KiB); the rule families of
# whole noun phrases, ranks, progress names and list parts of the one after about 11 KB (296 KiB);
# the next round's rules (lists judged by progress, goal parts, named measures, list paragraphs)
# about 16 KB and its speed work (searches skipped where their answer is unread) about 4 KB
# (312 KiB).
BUDGET_GZ=$((312 * 1024))
WASM=target/wasm32-unknown-unknown/wasm/zhibiao_wasm.wasm
WASM_OPT=node_modules/.bin/wasm-opt

nice cargo build --quiet --profile wasm --target wasm32-unknown-unknown -p zhibiao-wasm
rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name zhibiao "$WASM"
"$WASM_OPT" -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/zhibiao_bg.wasm" -o "$OUT/zhibiao_bg.wasm"
cp crates/wasm/js/*.js crates/wasm/js/*.d.ts crates/wasm/js/README.md "$OUT/"
# The glue imports js/inflate.js from a hashed snippets/ folder: point it at the copy beside it,
# so the package (and the page's offline cache) has fixed file names.
sed -i "s#'\./snippets/[^']*/js/inflate\.js'#'./inflate.js'#" "$OUT/zhibiao.js"
grep -q "from './inflate.js'" "$OUT/zhibiao.js" || { echo "pkg: the glue does not import ./inflate.js" >&2; exit 1; }
rm -rf "$OUT/snippets"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' crates/wasm/Cargo.toml | head -1)
cat > "$OUT/package.json" <<JSON
{
  "name": "zhibiao",
  "version": "$version",
  "description": "Reads Chinese government work reports by their numbers: targets, five-year goals, actual figures and progress as typed records with exact source spans.",
  "license": "MIT",
  "type": "module",
  "main": "./node.js",
  "module": "./index.js",
  "browser": "./index.js",
  "types": "./index.d.ts",
  "exports": {
    ".": {
      "node": { "types": "./node.d.ts", "default": "./node.js" },
      "types": "./index.d.ts",
      "default": "./index.js"
    },
    "./web": { "types": "./zhibiao.d.ts", "default": "./zhibiao.js" },
    "./render": { "types": "./render.d.ts", "default": "./render.js" },
    "./worker": "./worker.js",
    "./zhibiao_bg.wasm": "./zhibiao_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["*.js", "*.d.ts", "zhibiao_bg.wasm", "README.md"],
  "sideEffects": ["./index.js", "./node.js", "./worker.js"],
  "engines": { "node": ">=18" },
  "keywords": ["chinese", "government", "economics", "extraction", "wasm"]
}
JSON

report() {
  local raw gz
  raw=$(wc -c <"$1")
  gz=$(gzip -9c "$1" | wc -c)
  printf '%-28s %8d B raw %8d B gzipped\n' "$(basename "$1")" "$raw" "$gz"
}
report "$OUT/zhibiao_bg.wasm"
report "$OUT/zhibiao.js"
report "$OUT/inflate.js"
total_gz=$(cat "$OUT/zhibiao_bg.wasm" "$OUT/zhibiao.js" "$OUT/inflate.js" | gzip -9c | wc -c)
printf 'wasm + glue: %d B gzipped (budget %d B)\n' "$total_gz" "$BUDGET_GZ"
if [ "$total_gz" -gt "$BUDGET_GZ" ]; then
  echo "pkg: over the size budget" >&2
  rm -f "$OUT/zhibiao_bg.wasm" # so make rebuilds next time
  exit 1
fi
