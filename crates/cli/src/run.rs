//! Running work over many inputs in parallel while writing results in input order.

use rayon::prelude::*;
use std::io;
use std::path::Path;

/// Expands directory arguments into the files below them (sorted, hidden entries skipped);
/// other arguments, `-` included, pass through unchanged.
pub fn expand(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found);
            found.sort();
            out.extend(found);
        } else {
            out.push(arg.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // An unreadable folder is reported when its path is read as a file.
        out.push(dir.to_string_lossy().into_owned());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path.to_string_lossy().into_owned());
        }
    }
}

/// Runs `work` on every item in parallel and hands the results to `emit` in input order.
///
/// Items are taken a window at a time (a few per thread), so output streams and memory stays
/// bounded by the window, not by the number of inputs.
pub fn ordered<I, T, W, E>(items: &[I], work: W, mut emit: E) -> io::Result<()>
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
    E: FnMut(&I, T) -> io::Result<()>,
{
    let window = (rayon::current_num_threads() * 4).max(4);
    for chunk in items.chunks(window) {
        let results: Vec<T> = chunk.par_iter().map(&work).collect();
        for (item, result) in chunk.iter().zip(results) {
            emit(item, result)?;
        }
    }
    Ok(())
}

/// Runs `work` on every path in parallel and collects what it gives in input order; a path
/// that fails is reported on standard error and left out. Returns the results and whether every
/// path was read.
pub fn collect<T: Send>(
    paths: &[String],
    work: impl Fn(&str) -> Result<T, crate::input::InputError> + Sync,
) -> io::Result<(Vec<T>, bool)> {
    let mut all_ok = true;
    let mut out = Vec::new();
    ordered(
        paths,
        |p| work(p),
        |path, result| {
            match result {
                Ok(t) => out.push(t),
                Err(e) => {
                    crate::extract::report_error(path, &e);
                    all_ok = false;
                }
            }
            Ok(())
        },
    )?;
    Ok((out, all_ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept() {
        let items: Vec<u64> = (0..100).collect();
        let mut seen = Vec::new();
        ordered(
            &items,
            |&i| {
                // Later items finish first.
                std::thread::sleep(std::time::Duration::from_micros(100 - i));
                i * 2
            },
            |&i, r| {
                seen.push((i, r));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|&i| (i, i * 2)).collect::<Vec<_>>());
    }
}
