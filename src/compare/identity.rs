//! Which docs speak of the same government ([`crate::regions`] owns the rule), and which year a
//! figure belongs to.

use crate::{Doc, Record};

pub use crate::regions::{levels_agree, region_key, same_region};

/// The period a record speaks of: its own where the extractor found one; else, for a target,
/// the year of the report, and for an achieved figure the year before it (a report given in
/// January or March reviews the previous year) or the first half of the year in a mid-year report.
///
/// Held against targets, achieved figures count only with the extractor's own period (see
/// [`super::attainment`]); the fallback serves display.
pub fn record_period(record: &Record, doc: &Doc, year: Option<i32>) -> Option<String> {
    if let Some(p) = &record.period {
        return Some(p.to_string());
    }
    let year = year?;
    Some(match record.kind {
        crate::Kind::Actual | crate::Kind::Progress if doc.meta.half_year => format!("{year}H1"),
        crate::Kind::Actual => (year - 1).to_string(),
        crate::Kind::Target | crate::Kind::Progress => year.to_string(),
        crate::Kind::Plan5 => return None,
    })
}

/// The year of an annual period (`2023` → 2023); `None` for half-years and spans.
pub fn annual_year(period: &str) -> Option<i32> {
    if period.len() == 4 {
        period.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(annual_year("2023"), Some(2023));
        assert_eq!(annual_year("2023H1"), None);
        assert_eq!(annual_year("2021-2025"), None);
    }
}
