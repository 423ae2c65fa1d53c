//! WebAssembly bindings of zhibiao.
//!
//! `analyze(text, options?)` returns plain JavaScript objects: the records of the CLI's JSON
//! output with `start`/`end` in UTF-16 code units (valid for `String.prototype.slice`) and the
//! `quote` they cover. Bad arguments throw real JavaScript `Error`s. The conversion lives in
//! [`convert`], which knows nothing of wasm-bindgen and is tested natively.

mod compare;
mod convert;
mod panel;

use serde::Serialize;
use wasm_bindgen::prelude::*;

pub use compare::{
    compare as compare_analyses, BadInput, CompareOptions, InAnalysis, JsComparison, JsLocation,
};
pub use convert::{
    pack, to_js, BadSpan, JsAnalysis, JsDoc, JsOptions, JsRecord, Packed, RECORD_FIELDS,
};
pub use panel::{panel as panel_of, JsPanel, PanelOptions};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

/// Installs the panic hook (feature `console_error_panic_hook`, on by default) so a panic in
/// the engine shows its message in the console instead of `unreachable`.
#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Finds every target, five-year goal, actual figure and progress statement in `text`.
/// `onProgress`, if given, is called with fractions rising from 0 to 1 (a few hundred calls at
/// most); what it throws is ignored.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | null")] options: Option<JsValue>,
    #[wasm_bindgen(js_name = onProgress, unchecked_param_type = "((fraction: number) => void) | null")]
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, js_sys::Error> {
    let text_value = text;
    let text = text_value.as_string().ok_or_else(|| {
        into_error(format!(
            "analyze: text must be a string, got {}",
            type_name(&text_value)
        ))
    })?;
    let options: JsOptions = match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        None => JsOptions::default(),
        Some(o) => serde_wasm_bindgen::from_value(o)
            .map_err(|e| into_error(format!("analyze: bad options: {e}")))?,
    };
    let analysis = match on_progress {
        Some(f) => zhibiao::analyze_with_progress(&text, &options.core(), &mut |x| {
            let _ = f.call1(&JsValue::NULL, &JsValue::from_f64(x));
        }),
        None => zhibiao::analyze_with(&text, &options.core()),
    };
    let js = to_js(&text, &analysis).map_err(|e| into_error(e.to_string()))?;
    let packed = pack(&js);
    let file = options.file.map_or(JsValue::NULL, JsValue::from);
    inflate(&packed.json, &packed.numbers, &text_value, &file)
        .map_err(|e| into_error(format!("analyze: {e:?}")))
}

#[wasm_bindgen(module = "/js/inflate.js")]
extern "C" {
    /// Builds the objects `analyze` returns from a [`Packed`] analysis (`numbers` is read in
    /// place from wasm memory, which nothing grows meanwhile).
    #[wasm_bindgen(catch)]
    fn inflate(
        json: &str,
        numbers: &[f64],
        text: &JsValue,
        file: &JsValue,
    ) -> Result<JsValue, JsValue>;
}

/// Compares the docs of analyses `analyze` returned: the target matrix, targets against achieved
/// figures, progress statements and the diff of reports, every cited statement located by input,
/// doc, record and UTF-16 offsets.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "Analysis[]")] analyses: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | null")] options: Option<JsValue>,
) -> Result<JsValue, js_sys::Error> {
    let inputs = analyses_of(&analyses, "compare")?;
    let options: CompareOptions = options_of(options, "compare", &CompareOptions::FIELDS)?;
    let js = compare_analyses(&inputs, &options).map_err(|e| into_error(e.to_string()))?;
    to_value(&js, "compare")
}

/// The researcher's panel of analyses `analyze` returned: one row per region, year and
/// indicator with the target, the figure achieved, the status, the parent government's target
/// and the markup over it, every cited statement located as `compare` locates them.
#[wasm_bindgen(unchecked_return_type = "Panel")]
pub fn panel(
    #[wasm_bindgen(unchecked_param_type = "Analysis[]")] analyses: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PanelOptions | null")] options: Option<JsValue>,
) -> Result<JsValue, js_sys::Error> {
    let inputs = analyses_of(&analyses, "panel")?;
    let options: PanelOptions = options_of(options, "panel", &PanelOptions::FIELDS)?;
    let js = panel_of(&inputs, options).map_err(|e| into_error(e.to_string()))?;
    to_value(&js, "panel")
}

/// The analyses of a call, each named where it is not one.
fn analyses_of(analyses: &JsValue, what: &str) -> Result<Vec<InAnalysis>, js_sys::Error> {
    if !js_sys::Array::is_array(analyses) {
        return Err(into_error(format!(
            "{what}: analyses must be an array, got {}",
            type_name(analyses)
        )));
    }
    js_sys::Array::from(analyses)
        .iter()
        .enumerate()
        .map(|(i, a)| {
            serde_wasm_bindgen::from_value::<InAnalysis>(a)
                .map_err(|e| into_error(format!("{what}: analyses[{i}] is not an analysis: {e}")))
        })
        .collect()
}

/// The options of a call: defaults when absent, an error naming any option not in `fields`
/// (serde-wasm-bindgen reads only the fields it knows: a misspelt option would pass unseen).
fn options_of<T: serde::de::DeserializeOwned + Default>(
    options: Option<JsValue>,
    what: &str,
    fields: &[&str],
) -> Result<T, js_sys::Error> {
    let Some(o) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(T::default());
    };
    if let Some(object) = o.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object)
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !fields.contains(&key.as_str()) {
                return Err(into_error(format!(
                    "{what}: bad options: unknown option {key:?} (expected one of {})",
                    fields.join(", ")
                )));
            }
        }
    }
    serde_wasm_bindgen::from_value(o).map_err(|e| into_error(format!("{what}: bad options: {e}")))
}

/// The version of the engine.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A result as plain JavaScript objects. Written as one JSON string and parsed by the engine's
/// `JSON.parse`: one crossing of the boundary instead of one per field (the whole `analyze` call
/// measured 8 % faster than with objects built field by field from wasm). `analyze` goes further:
/// see [`Packed`].
fn to_value<T: Serialize>(value: &T, what: &str) -> Result<JsValue, js_sys::Error> {
    let json = serde_json::to_string(value).map_err(|e| into_error(format!("{what}: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|e| into_error(format!("{what}: {e:?}")))
}

/// The one place a message becomes a JavaScript `Error`.
fn into_error(message: String) -> js_sys::Error {
    js_sys::Error::new(&message)
}

fn type_name(v: &JsValue) -> String {
    v.js_typeof()
        .as_string()
        .unwrap_or_else(|| "unknown".to_owned())
}
