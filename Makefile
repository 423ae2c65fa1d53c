# zhibiao: the single entry point. Every target installs what it lacks first (`make setup`).
#   make setup   install chromium, the wasm32 target, wasm-bindgen-cli, npm tools (idempotent)
#   make pkg     build the npm package into pkg/ and print its size
#   make serve   build and serve the page on 127.0.0.1:$(PORT)
#   make test    format and lint checks, cargo tests, node tests of pkg/, browser tests of the page
#   make bench   benchmarks: criterion, then native / wasm / Chromium / peer figures (scripts/bench.sh)
#   make fuzz    fuzz the engine and the decoder for FUZZ_SECONDS (scripts/fuzz.sh; cargo-fuzz)

PORT ?= 8080
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

PKG_SOURCES := $(shell find src crates/wasm data -type f 2>/dev/null) build.rs Cargo.toml Cargo.lock scripts/pkg.sh

.PHONY: setup pkg www serve test lint test-rust test-node test-browser bench fuzz fuzz-smoke clean

setup:
	@scripts/setup.sh

pkg: setup pkg/zhibiao_bg.wasm

pkg/zhibiao_bg.wasm: $(PKG_SOURCES)
	scripts/pkg.sh

# The page loads the package from www/pkg/ so www/ alone is a complete static site.
www: pkg
	@rm -rf www/pkg && cp -r pkg www/pkg

serve: www
	node scripts/serve.mjs --port $(PORT)

test: lint test-rust test-node test-browser

# rustfmt.toml's format, clippy with every warning an error, and the files generated from the
# record's schema (data/record.json) current.
lint: setup
	cargo fmt --all --check
	nice cargo clippy --workspace --all-targets -- -D warnings
	node scripts/schema.mjs --check

test-rust: setup
	nice cargo test --workspace

test-node: pkg
	node --test tests/node/

test-browser: www
	node --test --test-concurrency=1 tests/browser/

# scripts/bench.sh last: the last line of `make bench` is its JSON object of every figure.
bench: www
	nice cargo bench
	nice node scripts/bench-compare.mjs
	scripts/bench.sh

FUZZ_SECONDS ?= 1800
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# One minute of fuzzing (installing cargo-fuzz and building the targets take ~4 min more the first
# time, so `make test` does not run it: its smoke is the corpus replay in tests/regressions/issue_5.rs).
fuzz-smoke:
	scripts/fuzz.sh 60

clean:
	rm -rf pkg www/pkg tests/browser/out
