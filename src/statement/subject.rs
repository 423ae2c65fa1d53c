//! The indicator a figure belongs to, as the walk carries it: a lexicon phrase or a phrase of
//! the text, borrowed until a record is made, with the words a list shares (lead, tail).

use crate::indicator::{self, Found};
use std::borrow::Cow;

/// A canonical id: one of the lexicon's, or `other:` and a name as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Id<'a> {
    Known(&'static str),
    Other(&'a str),
}

impl Id<'_> {
    pub(super) fn of(name: &str) -> Id<'_> {
        indicator::lookup(name).map_or(Id::Other(name), |e| Id::Known(e.canonical))
    }

    pub(super) fn render(self) -> Cow<'static, str> {
        match self {
            Id::Known(c) => Cow::Borrowed(c),
            Id::Other(n) => {
                let mut id = String::with_capacity("other:".len() + n.len());
                id.push_str("other:");
                id.push_str(n);
                Cow::Owned(id)
            }
        }
    }
}

/// The indicator a sentence is currently about (borrowed: nothing is allocated until a record is made).
#[derive(Debug, Clone, Copy)]
pub(super) struct Subject<'a> {
    pub(super) start: usize,
    pub(super) name: &'a str,
    /// `name` as one of the crate's own words (a lexicon alias, a pair's member), when it is one:
    /// a record borrows it instead of copying the name.
    pub(super) word: Option<&'static str>,
    pub(super) id: Id<'a>,
    pub(super) pair: &'static [&'static str],
    /// Words the name shares with the list it stands in, written after the last member only
    /// (粮食、蔬菜种植面积: 粮食 takes 种植面积): the record's name is `lead`, `name` and `tail`.
    pub(super) tail: &'a str,
    /// Words the name shares with the list it stands in, written before the first member only
    /// (自贸试验区新设企业数、进出口总额: 进出口总额 takes 自贸试验区).
    pub(super) lead: &'a str,
}

impl<'a> Subject<'a> {
    /// The lexicon phrase found (the text there is the alias, byte for byte).
    pub(super) fn from_found(f: &Found) -> Subject<'static> {
        Subject {
            start: f.start,
            name: f.alias,
            word: Some(f.alias),
            id: Id::Known(f.entry.canonical),
            pair: f.entry.pair,
            tail: "",
            lead: "",
        }
    }

    /// A phrase of the text that no lexicon entry names: its id is `other:` the phrase unless
    /// [`Id::of`] knows it.
    pub(crate) fn phrase(start: usize, name: &'a str) -> Subject<'a> {
        Subject {
            start,
            name,
            word: None,
            id: Id::of(name),
            pair: &[],
            tail: "",
            lead: "",
        }
    }

    /// A member of a combined phrase (城乡居民… → 城镇居民…), placed where the phrase stands.
    pub(super) fn member(start: usize, name: &'static str) -> Subject<'static> {
        Subject {
            start,
            name,
            word: Some(name),
            id: Id::of(name),
            pair: &[],
            tail: "",
            lead: "",
        }
    }

    /// The name as a record holds it.
    pub(super) fn indicator(&self) -> Cow<'static, str> {
        if !self.tail.is_empty() || !self.lead.is_empty() {
            return Cow::Owned(brackets_as_written(
                &[self.lead, self.name, self.tail].concat(),
            ));
        }
        match self.word {
            Some(w) => Cow::Borrowed(w),
            // Brackets as reports write them (the normalized text has them half-width).
            None if self.name.contains(['(', ')']) => Cow::Owned(brackets_as_written(self.name)),
            None => Cow::Owned(self.name.to_string()),
        }
    }

    /// The canonical id as a record holds it (of the whole name when a tail completes it).
    pub(super) fn canonical(&self) -> Cow<'static, str> {
        if !self.lead.is_empty() {
            // A part of the list's subject (自贸试验区进出口总额) is not the region's own indicator:
            // the whole name's id, as the lexicon knows it (单位国内生产总值能耗) or as written.
            return Id::of(&[self.lead, self.name, self.tail].concat()).render();
        }
        if self.tail.is_empty() {
            return self.id.render();
        }
        // The whole name's own id, else the id of the name the tail completes (粮食 + 总产).
        let name = [self.name, self.tail].concat();
        match (Id::of(&name), self.id) {
            (Id::Other(_), Id::Known(c)) => Cow::Borrowed(c),
            (id, _) => id.render(),
        }
    }
}

/// Brackets as reports write them (the normalized text has them half-width).
pub(super) fn brackets_as_written(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}
