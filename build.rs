//! Compiles data/indicators.toml into a static table (no TOML parser at run time), the
//! traditional → simplified pairs (no converter at run time), the word lists of data/ without
//! their comments, and data/words.toml as static slices.

use std::{env, fs, path::Path};

#[derive(serde::Deserialize)]
struct Lexicon {
    indicator: Vec<Entry>,
}

#[derive(serde::Deserialize)]
struct Entry {
    id: String,
    aliases: Vec<String>,
    #[serde(default)]
    pair: Vec<String>,
    /// Less is better (a price rise, unemployment): a soft or bare target reads as a ceiling.
    #[serde(default)]
    lower_is_better: bool,
}

fn main() {
    lexicon();
    words();
    t2s();
    word_list("actions.txt");
    word_list("fragments.txt");
}

/// data/words.toml as static slices, one per list, each documented by its `about`.
fn words() {
    #[derive(serde::Deserialize)]
    struct List {
        about: String,
        words: Vec<String>,
    }
    println!("cargo:rerun-if-changed=data/words.toml");
    let src = fs::read_to_string("data/words.toml").expect("data/words.toml");
    let lists: std::collections::BTreeMap<String, List> =
        toml::from_str(&src).expect("data/words.toml is valid TOML");
    let mut out = String::new();
    for (name, list) in &lists {
        assert!(
            !list.about.is_empty(),
            "data/words.toml: [{name}] says what it is for"
        );
        out.push_str(&format!(
            "/// {}\npub(crate) const {}: &[&str] = &{:?};\n",
            list.about,
            name.to_uppercase(),
            list.words
        ));
    }
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("words.rs"),
        out,
    )
    .unwrap();
}

/// A word list of data/ without its comments and blank lines (the engine carries the words alone).
fn word_list(name: &str) {
    println!("cargo:rerun-if-changed=data/{name}");
    let src = fs::read_to_string(format!("data/{name}")).expect("a word list of data/");
    let words: Vec<&str> = src
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join(name),
        words.join("\n"),
    )
    .unwrap();
}

/// Traditional → simplified pairs: fast2s's conversion of every Han code point of the basic
/// plane, kept where it changes a char into another char of the same UTF-8 length.
fn t2s() {
    let mut probe = String::new();
    for cp in 0x3400u32..=0x9fff {
        if let Some(c) = char::from_u32(cp) {
            probe.push(c);
            probe.push('\n');
        }
    }
    let converted = fast2s::convert(&probe);
    let mut out = String::from(
        "/// (traditional, simplified) pairs, from fast2s.\nstatic T2S: &[(char, char)] = &[\n",
    );
    for (from, to) in probe.split('\n').zip(converted.split('\n')) {
        let mut f = from.chars();
        let mut t = to.chars();
        if let (Some(a), None, Some(b), None) = (f.next(), f.next(), t.next(), t.next()) {
            if a != b && a.len_utf8() == b.len_utf8() {
                out.push_str(&format!("    ({a:?}, {b:?}),\n"));
            }
        }
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("t2s.rs"), out).unwrap();
}

fn lexicon() {
    println!("cargo:rerun-if-changed=data/indicators.toml");
    let src = fs::read_to_string("data/indicators.toml").expect("data/indicators.toml");
    let lexicon: Lexicon = toml::from_str(&src).expect("data/indicators.toml is valid TOML");
    let mut out = String::from("/// (alias, canonical id, pair members) from data/indicators.toml.\npub(crate) static LEXICON: &[(&str, &str, &[&str])] = &[\n");
    for e in &lexicon.indicator {
        assert!(
            e.pair.is_empty() || (2..=3).contains(&e.pair.len()),
            "{}: a combined phrase splits into two or three members",
            e.id
        );
        for a in &e.aliases {
            out.push_str(&format!("    ({:?}, {:?}, &{:?}),\n", a, e.id, e.pair));
        }
    }
    out.push_str("];\n");
    out.push_str("/// Canonical ids where less is better, from data/indicators.toml.\npub(crate) static LOWER_IS_BETTER: &[&str] = &[\n");
    for e in lexicon.indicator.iter().filter(|e| e.lower_is_better) {
        out.push_str(&format!("    {:?},\n", e.id));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicon.rs");
    fs::write(dest, out).unwrap();
}
