//! Finding `../shared` (the corpus and gold set) beside the repository.

use std::path::{Path, PathBuf};

/// `../shared/<sub>`, or `None` with a message when absent. Under `CI=true` absence is a failure.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(sub);
    if dir.exists() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI=true but {} is missing", dir.display());
    }
    eprintln!(
        "SKIPPED: {} is absent (../shared beside the repo); nothing checked",
        dir.display()
    );
    None
}

/// Decodes a seed file as the CLI does for these (UTF-8, BOM dropped).
pub fn read_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).expect("seed files are UTF-8")
}
