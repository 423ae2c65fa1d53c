//! Compiles data/indicators.toml into a static table (no TOML parser at run time).

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
}

fn main() {
    println!("cargo:rerun-if-changed=data/indicators.toml");
    let src = fs::read_to_string("data/indicators.toml").expect("data/indicators.toml");
    let lexicon: Lexicon = toml::from_str(&src).expect("data/indicators.toml is valid TOML");
    let mut out = String::from("/// (alias, canonical id, pair members) from data/indicators.toml.\npub(crate) static LEXICON: &[(&str, &str, &[&str])] = &[\n");
    for e in &lexicon.indicator {
        assert!(e.pair.is_empty() || e.pair.len() == 2, "{}: a pair has two members", e.id);
        for a in &e.aliases {
            out.push_str(&format!("    ({:?}, {:?}, &{:?}),\n", a, e.id, e.pair));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicon.rs");
    fs::write(dest, out).unwrap();
}
