//! The target matrix: one row per canonical indicator and unit family, one column per doc.

use super::figure::{self, Family, Figure};
use super::{identity, Location, View};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A doc's target for an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell<L = Location> {
    /// Value, range, unit, qualifier, verb, period.
    pub target: Figure,
    /// Where it is stated.
    pub at: L,
}

/// One indicator across the docs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow<L = Location> {
    /// The canonical id (`gdp`, `other:…`).
    pub canonical: String,
    /// The unit family: a growth target (`%`) and a level target (`元`) are two rows.
    pub family: Family,
    /// The indicator as first written.
    pub indicator: String,
    /// One cell per doc of [`super::Comparison::docs`], `None` where the doc sets no such target
    /// (boxed: most are `None` when many docs are compared, and a `None` is then one word).
    pub cells: Vec<Option<Box<Cell<L>>>>,
}

/// Canonical indicator × doc.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Matrix<L = Location> {
    /// Known canonical ids first, then `other:` ones, each in order of first appearance.
    pub rows: Vec<MatrixRow<L>>,
}

impl<L> Matrix<L> {
    pub(crate) fn map_locations<M>(self, f: &mut impl FnMut(L) -> M) -> Matrix<M> {
        Matrix {
            rows: self
                .rows
                .into_iter()
                .map(|r| MatrixRow {
                    canonical: r.canonical,
                    family: r.family,
                    indicator: r.indicator,
                    cells: r
                        .cells
                        .into_iter()
                        .map(|c| {
                            c.map(|c| {
                                Box::new(Cell {
                                    target: c.target,
                                    at: f(c.at),
                                })
                            })
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Builds the matrix of the docs' primary targets ([`figure::primary_targets`]).
pub(crate) fn build(views: &[View]) -> Matrix {
    let mut rows: Vec<MatrixRow> = Vec::new();
    let mut row_of: HashMap<(String, Family), usize> = HashMap::new();
    for view in views {
        for record in figure::primary_targets(&view.doc.records) {
            let (canonical, family) = figure::key_of(record);
            let period = identity::record_period(record, view.doc, view.info.year);
            let cell = Cell {
                target: Figure::of(record, period),
                at: view.at(record.span),
            };
            let i = *row_of
                .entry((canonical.clone(), family.clone()))
                .or_insert_with(|| {
                    rows.push(MatrixRow {
                        canonical,
                        family,
                        indicator: record.indicator.to_string(),
                        cells: vec![None; views.len()],
                    });
                    rows.len() - 1
                });
            let row = &mut rows[i];
            row.cells[view.index] = Some(Box::new(cell));
        }
    }
    // A stable sort keeps first appearance within each group.
    rows.sort_by_key(|r| r.canonical.starts_with("other:"));
    Matrix { rows }
}
