//! `panel` in JavaScript: the analyses `analyze` returned in, the core's panel out (one row per
//! region, year and indicator, with the parent's target and the markup), every cited statement
//! located as compare locates them. Nothing here depends on wasm-bindgen.

use crate::compare::{BadInput, CompareOptions, InAnalysis, InOverrides, JsLocation, Singles};
use serde::{Deserialize, Serialize};
use zhibiao::compare::{self as core, panel::Panel};

/// Options of `panel(analyses, options)`: compare's, and the indicators to keep. (Its fields are
/// written out rather than flattened from [`CompareOptions`]: serde's flatten buffers every field
/// and costs the package kilobytes.)
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PanelOptions {
    /// Canonical ids; every id of the lexicon when absent or empty.
    pub indicators: Vec<String>,
    /// As in [`CompareOptions`].
    pub overrides: Vec<Option<InOverrides>>,
    pub about_points: Option<f64>,
    pub about_percent: Option<f64>,
    pub half_year_share: Option<f64>,
}

impl PanelOptions {
    /// The option names.
    pub const FIELDS: [&'static str; 5] = [
        "indicators",
        "overrides",
        "about_points",
        "about_percent",
        "half_year_share",
    ];

    fn compare(self) -> CompareOptions {
        CompareOptions {
            overrides: self.overrides,
            about_points: self.about_points,
            about_percent: self.about_percent,
            half_year_share: self.half_year_share,
        }
    }
}

/// The panel as JavaScript sees it, with the tolerances applied.
#[derive(Debug, Serialize)]
pub struct JsPanel {
    pub options: core::Options,
    #[serde(flatten)]
    pub panel: Panel<JsLocation>,
}

/// The panel of the analyses' docs.
pub fn panel(analyses: &[InAnalysis], options: PanelOptions) -> Result<JsPanel, BadInput> {
    let mut options = options;
    let indicators = std::mem::take(&mut options.indicators);
    let compare = options.compare();
    let tolerances = compare
        .core()
        .map_err(|e| BadInput(format!("panel: {e}")))?;
    let singles = Singles::of(analyses, &compare, "panel")?;
    let mut p = core::panel::panel(&singles.inputs(), &tolerances, |id| {
        core::panel::wants(&indicators, id)
    });
    singles.place_docs(&mut p.docs);
    let panel = p.map_locations(singles.locator(analyses));
    Ok(JsPanel {
        options: tolerances,
        panel,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::to_js;

    fn analyzed(text: &str) -> InAnalysis {
        let analysis = zhibiao::analyze(text);
        let js = to_js(text, &analysis).unwrap();
        serde_json::from_value(serde_json::to_value(&js).unwrap()).unwrap()
    }

    #[test]
    fn rows_parents_and_locations() {
        let province = "湖北省2024年政府工作报告\n今年主要预期目标是：全省地区生产总值增长6%左右。";
        let city = "武汉市2024年政府工作报告\n𠀀今年主要预期目标是：地区生产总值增长6.5%以上。";
        let options = PanelOptions {
            indicators: vec!["gdp".into()],
            ..PanelOptions::default()
        };
        let out = panel(&[analyzed(province), analyzed(city)], options).unwrap();
        let row = out
            .panel
            .rows
            .iter()
            .find(|r| r.region == "武汉市")
            .unwrap();
        assert_eq!(
            (row.parent.as_deref(), row.markup),
            (Some("湖北省"), Some(0.5))
        );
        assert_eq!((row.target_at.input, row.target_at.doc), (1, 0));
        // UTF-16 offsets: the astral char before the title counts two units.
        let units: Vec<u16> = city.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[row.target_at.start..row.target_at.end]).unwrap(),
            row.target_at.quote
        );
        assert_eq!(row.parent_at.as_ref().unwrap().input, 0);
        let err =
            serde_json::from_value::<PanelOptions>(serde_json::json!({ "indicator": ["gdp"] }));
        assert!(err.is_err());
    }
}
