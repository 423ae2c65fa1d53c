//! `analyze` on any text: never panics, and every span is valid (see `bodies.rs`).
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::analyze_bytes(data));
