//! Periods as records spell them: `2021`, `2020H1`, `2021-2025`. Each is spelled once, on first
//! use, and records borrow it: a record's period costs no allocation.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Years spelled ahead: every year a report of the People's Republic speaks of, with room.
const FIRST: i32 = 1900;
const LAST: i32 = 2150;

struct Years {
    /// `2021`
    plain: Vec<String>,
    /// `2020H1`
    half: Vec<String>,
    /// `2021-2025`, keyed by the first year
    five: Vec<String>,
}

fn years() -> &'static Years {
    static YEARS: OnceLock<Years> = OnceLock::new();
    YEARS.get_or_init(|| Years {
        plain: (FIRST..=LAST).map(|y| y.to_string()).collect(),
        half: (FIRST..=LAST).map(|y| format!("{y}H1")).collect(),
        five: (FIRST..=LAST).map(|y| format!("{y}-{}", y + 4)).collect(),
    })
}

fn slot(y: i32) -> Option<usize> {
    (FIRST..=LAST).contains(&y).then(|| (y - FIRST) as usize)
}

/// `2021`.
pub(crate) fn year(y: i32) -> Cow<'static, str> {
    match slot(y) {
        Some(i) => Cow::Borrowed(years().plain[i].as_str()),
        None => Cow::Owned(y.to_string()),
    }
}

/// `2020H1`: the first half of a year.
pub(crate) fn half_year(y: i32) -> Cow<'static, str> {
    match slot(y) {
        Some(i) => Cow::Borrowed(years().half[i].as_str()),
        None => Cow::Owned(format!("{y}H1")),
    }
}

/// `2021-2025`: a span of years (most are a five-year plan's).
pub(crate) fn span(from: i32, to: i32) -> Cow<'static, str> {
    match slot(from).filter(|_| to == from + 4) {
        Some(i) => Cow::Borrowed(years().five[i].as_str()),
        None => Cow::Owned(format!("{from}-{to}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::ptr_arg)] // the variant is what is tested
    fn borrowed(c: &Cow<'static, str>) -> bool {
        matches!(c, Cow::Borrowed(_))
    }

    #[test]
    fn years_and_spans() {
        assert_eq!(year(2021), "2021");
        assert!(borrowed(&year(2021)));
        assert_eq!(year(1850), "1850");
        assert_eq!(year(-3), "-3");
        assert_eq!(half_year(2020), "2020H1");
        assert_eq!(span(2021, 2025), "2021-2025");
        assert!(borrowed(&span(2021, 2025)));
        assert_eq!(span(2016, 2018), "2016-2018");
        assert_eq!(span(LAST, LAST + 4), format!("{LAST}-{}", LAST + 4));
    }
}
