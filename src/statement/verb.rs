//! Verbs that tie an indicator to its figure (增长, 控制在, 达到 …).

use crate::phrases::PhraseIndex;

/// Verbs, longest first where one contains another at its end.
const VERBS: &[&str] = &[
    "年均名义增长",
    "年均实际增长",
    "年均增长",
    "年均新增",
    "年均递增",
    "年均下降",
    "年均提高",
    "累计完成",
    "超额完成",
    "提前完成",
    "基本实现",
    "累计实现",
    "累计新增",
    "累计达到",
    "稳定控制在",
    "控制在",
    "压缩至",
    "压缩到",
    "缩短至",
    "缩短到",
    "稳定在",
    "保持在",
    "维持在",
    "提高到",
    "提高至",
    "扩大到",
    "扩大至",
    "发展到",
    "发展至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "降到",
    "降至",
    "达到",
    "超过",
    "突破",
    "超出",
    "同比增长",
    "同比下降",
    "稳步增长",
    "平稳增长",
    "较快增长",
    "持续增长",
    "逆势增长",
    "分别增长",
    "分别下降",
    "分别达到",
    "分别削减",
    "分别为",
    "分别达",
    "增长",
    "下降",
    "增加",
    "减少",
    "提高",
    "提升",
    "降低",
    "上涨",
    "回落",
    "新开工",
    "新增",
    "削减",
    "压减",
    "完成",
    "实现",
    "达",
    "超",
    "引进",
    "吸引",
    "确保",
    "保持",
    "建设",
    "新建",
    "改造",
    "开工",
    "培育",
];

/// Verbs by their first char, longest first.
fn index() -> &'static PhraseIndex<()> {
    static INDEX: std::sync::OnceLock<PhraseIndex<()>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| PhraseIndex::new(VERBS.iter().map(|v| (*v, ()))))
}

/// A verb found in normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verb {
    pub start: usize,
    pub end: usize,
    /// The verb as the schema records it (同比/分别 dropped: 同比增长 → 增长).
    pub text: &'static str,
}

/// The schema form of a verb as written.
fn canonical(v: &'static str) -> &'static str {
    match v {
        "同比增长" | "逆势增长" | "分别增长" => "增长",
        "同比下降" | "分别下降" => "下降",
        "分别削减" => "削减",
        "分别达到" | "分别达" | "达" => "达到",
        "稳定控制在" => "控制在",
        "分别为" => "",
        _ => v,
    }
}

/// The last verb in `text[from..to]` (nearest the figure).
pub(crate) fn last_in(text: &str, from: usize, to: usize) -> Option<Verb> {
    let seg = &text[from..to];
    let mut best: Option<Verb> = None;
    index().scan(seg, 0, seg.len(), |i, v, ()| {
        best = Some(Verb {
            start: from + i,
            end: from + i + v.len(),
            text: canonical(v),
        });
        true
    });
    best
}

/// The first verb in `text[from..to]`.
pub(crate) fn first_in(text: &str, from: usize, to: usize) -> Option<Verb> {
    let seg = &text[from..to];
    let mut first: Option<Verb> = None;
    index().scan(seg, 0, seg.len(), |i, v, ()| {
        first = first.or(Some(Verb {
            start: from + i,
            end: from + i + v.len(),
            text: canonical(v),
        }));
        true
    });
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_verb() {
        let t = "实现一般公共预算收入同比增长";
        let v = last_in(t, 0, t.len()).unwrap();
        assert_eq!(v.text, "增长");
        assert_eq!(first_in(t, 0, t.len()).unwrap().text, "实现");
        let t = "城镇调查失业率控制在";
        assert_eq!(last_in(t, 0, t.len()).unwrap().text, "控制在");
        let t = "年均增长";
        assert_eq!(last_in(t, 0, t.len()).unwrap().text, "年均增长");
    }
}
