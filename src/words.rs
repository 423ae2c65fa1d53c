//! The word lists the rules read (data/words.toml, compiled by build.rs): one owner for each,
//! with what it is for. Lists that belong to one concept of their own keep their files in data/
//! (indicators.toml, actions.txt, fragments.txt, regions.txt, peoples.txt).

include!(concat!(env!("OUT_DIR"), "/words.rs"));
