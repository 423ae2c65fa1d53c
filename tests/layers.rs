//! The core's modules import each other in one direction only: no cycle among the modules of
//! `src/` (a module and its own submodules aside, which share their parent's items by design).
//!
//! Read from the sources: every path a file names (`crate::a::b`, `super::x`, `use super::{x,
//! y}`) outside comments and its test module is an edge to the deepest module it names; the
//! test fails naming the modules of any cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/a/b.rs` and `src/a/b/mod.rs` are module `a::b`; `lib.rs` is the crate root "".
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    parts.join("::")
}

/// The source without comments and without its `#[cfg(test)] mod tests` (at the file's end).
fn code(source: &str) -> String {
    let body = source
        .find("#[cfg(test)]\nmod tests")
        .map_or(source, |at| &source[..at]);
    body.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a piece of code names from `crate::` or `super::`, as segments.
fn paths(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for root in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(p) = code[from..].find(root) {
            let at = from + p;
            from = at + root.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let rest = &code[at + root.len()..];
            // `use super::{a, b::c}`: each member is a path of its own.
            let members: Vec<&str> = if let Some(inner) = rest.strip_prefix('{') {
                let end = inner.find('}').unwrap_or(inner.len());
                inner[..end].split(',').collect()
            } else {
                vec![rest]
            };
            for m in members {
                let mut segs = vec![];
                let mut supers = 0;
                for seg in m.trim().split("::") {
                    let word: String = seg
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if word == "super" && segs.is_empty() {
                        supers += 1;
                        continue;
                    }
                    if word.is_empty() {
                        break;
                    }
                    let whole = word.len() == seg.len();
                    segs.push(word);
                    if !whole {
                        break;
                    }
                }
                let mut path = vec![String::new(); supers];
                path.extend(segs);
                out.push((root == "crate::", path));
            }
        }
    }
    out
}

#[test]
fn no_import_cycle_among_the_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<String, PathBuf> = files
        .iter()
        .map(|f| (module_of(&src, f), f.clone()))
        .collect();
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    let inside = |a: &str, b: &str| a == b || a.starts_with(&format!("{b}::")) || b.is_empty();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let source = std::fs::read_to_string(file).unwrap();
        for (from_crate, path) in paths(&code(&source)) {
            let mut base: Vec<String> = if from_crate || module.is_empty() {
                Vec::new()
            } else {
                module.split("::").map(String::from).collect()
            };
            let mut segs = path.as_slice();
            if !from_crate {
                base.pop(); // super:: is the parent
                while segs.first().is_some_and(String::is_empty) {
                    base.pop();
                    segs = &segs[1..];
                }
            }
            let target = (1..=segs.len()).rev().find_map(|k| {
                let mut full = base.clone();
                full.extend_from_slice(&segs[..k]);
                let name = full.join("::");
                known.contains(name.as_str()).then_some(name)
            });
            if let Some(t) = target {
                if !inside(module, &t) && !inside(&t, module) {
                    edges.entry(module.clone()).or_default().insert(t);
                }
            }
        }
    }
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 10,
        "the edges were read: {edges:?}"
    );
    // A cycle: a module that reaches itself.
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((m, trail)) = stack.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                if next == start {
                    cycles.push(trail.join(" → ") + " → " + start);
                } else if seen.insert(next.clone()) {
                    let mut t = trail.clone();
                    t.push(next.clone());
                    stack.push((next.clone(), t));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}
