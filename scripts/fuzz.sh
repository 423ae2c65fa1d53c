#!/usr/bin/env bash
# Runs the fuzz targets (fuzz/fuzz_targets: analyze, decode) with cargo-fuzz / libFuzzer.
#
#   scripts/fuzz.sh SECONDS [TARGET...]   fuzz each target for SECONDS / number of targets
#   scripts/fuzz.sh --minimize [TARGET...] fold what the runs found into fuzz/corpus/<target>/
#
# New inputs go to fuzz/work/<target>/ (ignored), seeded from the committed fuzz/corpus/<target>/;
# crashes to fuzz/artifacts/<target>/. --minimize merges both into the smallest set that keeps
# the coverage, drops files over 16 KB, and writes it back to fuzz/corpus/ (commit that).
# Builds with the stable toolchain and RUSTC_BOOTSTRAP=1 (cargo-fuzz's flags are unstable ones),
# or with nightly if FUZZ_TOOLCHAIN=nightly. Installs cargo-fuzz if it is missing (~2 min).
# Runs at the lowest priority, one target at a time, and prints the CPU time each one used.
# FUZZ_SANITIZER=none|address (default address), FUZZ_MAX_LEN (default 65536).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

usage() { echo "usage: scripts/fuzz.sh SECONDS [TARGET...] | --minimize [TARGET...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
mode=run
if [ "$1" = --minimize ]; then
  mode=minimize
else
  [[ "$1" =~ ^[0-9]+$ ]] || usage
  seconds=$1
fi
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze decode)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo install cargo-fuzz"
  nice cargo install cargo-fuzz --locked
fi
toolchain=()
if [ -n "${FUZZ_TOOLCHAIN:-}" ]; then
  toolchain=(+"$FUZZ_TOOLCHAIN")
else
  export RUSTC_BOOTSTRAP=1
fi
sanitizer=${FUZZ_SANITIZER:-address}
max_len=${FUZZ_MAX_LEN:-65536}
fuzz() { nice -n 19 cargo "${toolchain[@]}" fuzz "$@"; }

for t in "${targets[@]}"; do
  mkdir -p "fuzz/work/$t" "fuzz/corpus/$t"
  fuzz build --release --sanitizer "$sanitizer" "$t"
done

if [ "$mode" = minimize ]; then
  for t in "${targets[@]}"; do
    out=$(mktemp -d)
    fuzz run --release --sanitizer "$sanitizer" "$t" "$out" "fuzz/corpus/$t" "fuzz/work/$t" -- \
      -set_cover_merge=1 -max_len="$max_len" -timeout=10 2>"fuzz/work/$t.merge.log"
    find "$out" -type f -size +16k -delete
    rm -rf "fuzz/corpus/$t"
    mv "$out" "fuzz/corpus/$t"
    chmod 755 "fuzz/corpus/$t"
    echo "fuzz: $t: $(ls "fuzz/corpus/$t" | wc -l) inputs, $(cat "fuzz/corpus/$t"/* | wc -c) bytes in fuzz/corpus/$t"
  done
  exit 0
fi

per=$(( seconds / ${#targets[@]} ))
[ "$per" -ge 1 ] || per=1
status=0
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${per}s"
  log="fuzz/work/$t.log"
  TIMEFORMAT="fuzz: $t: %R s wall, %U s user + %S s system CPU"
  if time fuzz run --release --sanitizer "$sanitizer" "$t" "fuzz/work/$t" "fuzz/corpus/$t" -- \
      -max_total_time="$per" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 2>"$log"; then
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | sed "s/^/fuzz: $t: /" || true
  else
    status=1
    echo "fuzz: $t FAILED; the input is in fuzz/artifacts/$t/" >&2
    grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2 || tail -30 "$log" >&2
  fi
done
exit $status
