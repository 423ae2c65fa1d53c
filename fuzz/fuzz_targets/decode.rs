//! The CLI's encoding detection on any bytes, then `analyze` on what it decodes.
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::decode_bytes(data));
