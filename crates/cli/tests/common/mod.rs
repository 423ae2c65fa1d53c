//! Finding `../shared` beside the repository.

use std::path::{Path, PathBuf};

/// `../shared/corpus/gov`, or `None` with a message when it is absent. Under `CI=true` an absent
/// corpus is a failure, not a skip.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/gov");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI=true but the corpus is missing: {}", dir.display());
    }
    eprintln!(
        "SKIPPED: no corpus at {} (../shared beside the repo); nothing checked",
        dir.display()
    );
    None
}
