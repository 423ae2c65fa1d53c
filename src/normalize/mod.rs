//! The normalized view of a report: simplified characters, half-width digits and signs,
//! no inline pinyin, no breaks inside numbers — with a map back to the original bytes.
//!
//! The caller's text is never changed. Every later stage works on [`Normalized::text`]
//! and turns its spans back into original offsets with [`Normalized::original_span`].

mod script;
mod width;

pub(crate) use script::Simplifier;
pub(crate) use width::to_half_width;

use crate::events::{self, Events};
use crate::Span;
use std::sync::OnceLock;

/// A run of normalized text that maps to the original proportionally, byte for byte,
/// or a single char whose original spelling has another length.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    norm: usize,
    orig: usize,
    /// Original byte length when this anchor is a single re-spelled char; 0 for a proportional run.
    single: usize,
}

/// The normalized text and its map back to the original.
#[derive(Debug)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    anchors: Vec<Anchor>,
}

impl Normalized {
    /// Normalizes `original` (the analysis uses [`walk`], which also takes the events).
    #[cfg(test)]
    pub fn new(original: &str) -> Normalized {
        walk(original).0
    }

    /// The original byte offset where the normalized char starting at `n` starts.
    pub fn original_start(&self, n: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.norm <= n);
        if i == 0 {
            return 0;
        }
        let a = self.anchors[i - 1];
        a.orig + (n - a.norm).min(if a.single > 0 { 0 } else { usize::MAX })
    }

    /// The original byte offset where the normalized char ending at `n` ends.
    pub fn original_end(&self, n: usize) -> usize {
        let i = self.anchors.partition_point(|a| (a.norm) < n);
        if i == 0 {
            return 0;
        }
        let a = self.anchors[i - 1];
        if a.single > 0 {
            a.orig + a.single
        } else {
            a.orig + (n - a.norm)
        }
    }

    /// The original span of a normalized span.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.original_start(start);
        let e = if end > start {
            self.original_end(end)
        } else {
            s
        };
        Span {
            start: s,
            end: e.max(s),
        }
    }
}

/// Whether normalization changes `c` (or drops it, or decides by its neighbours).
fn changes(c: char, simplify: Simplifier) -> bool {
    matches!(
        c,
        '\r' | '(' | '（' | '*' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}'
    ) || is_space(c)
        || to_half_width(c) != c
        || simplify.map(c) != c
}

/// Set in a code point's class when normalization changes it; the other bits are the event walk's.
const CHANGES: u8 = 0x80;

/// One byte per code point of the basic plane: [`CHANGES`] and the event walk's flags, so the
/// common char (a simplified Han character that ends nothing) costs one lookup for both.
fn classes() -> &'static [u8; 0x10000] {
    static TABLE: OnceLock<Box<[u8; 0x10000]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let simplify = Simplifier::new();
        let mut t = Box::new([0u8; 0x10000]);
        t.copy_from_slice(events::flags());
        for (cp, class) in t.iter_mut().enumerate() {
            if char::from_u32(cp as u32).is_some_and(|c| changes(c, simplify)) {
                *class |= CHANGES;
            }
        }
        t
    })
}

/// Normalizes `original` and walks the result for [`Events`] in the same pass: each char is
/// decoded once, and chars normalization leaves alone are noted where they will stand.
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn walk(original: &str) -> (Normalized, Events) {
    // Room for an anchor per 32 bytes (reports hold one per 33: a char of another length, or
    // the start of a run after one), as for the events (see `Events::with_capacity`).
    let mut b = Builder {
        text: String::with_capacity(original.len()),
        anchors: Vec::with_capacity(original.len() / 32),
        last_end: usize::MAX,
        last_single: false,
        events: Events::with_capacity(original.len()),
        prev: '\n' as u32,
    };
    let bytes = original.as_bytes();
    let simplify = Simplifier::new();
    let classes = classes();
    // Start of the run of chars copied unchanged, flushed in one piece.
    let mut run = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let x = bytes[i];
        // Fast paths: a char of the basic plane that normalization leaves alone, and plain
        // ASCII, stay in the run; only the event walk looks at them.
        if (0xe0..0xf0).contains(&x) && i + 2 < bytes.len() {
            let cp = decode3(x, bytes[i + 1], bytes[i + 2]);
            let class = classes[cp as usize];
            if class & CHANGES == 0 {
                if class != 0 {
                    b.events
                        .note_flagged(b.text.len() + (i - run), b.prev, cp, class);
                }
                b.prev = cp;
                i += 3;
                // The common case, a run of such chars that no event notes, in a tight loop over
                // whole 3-byte chunks (no bounds checks); the last char's code point is read after.
                let run_len = bytes[i..]
                    .chunks_exact(3)
                    .take_while(|c| {
                        c[0] & 0xf0 == 0xe0 && classes[decode3(c[0], c[1], c[2]) as usize] == 0
                    })
                    .count();
                if run_len > 0 {
                    i += 3 * run_len;
                    b.prev = decode3(bytes[i - 3], bytes[i - 2], bytes[i - 1]);
                }
                continue;
            }
            // Full-width forms of ASCII (，：；％ …, the commonest changed chars) become ASCII;
            // （ waits for the general path: after a Han char it may open inline pinyin.
            if (0xff01..=0xff5e).contains(&cp) && cp != 0xff08 {
                b.push_run(original, run, i);
                b.push_ascii((cp - 0xfee0) as u8, i, 3);
                i += 3;
                run = i;
                continue;
            }
        } else if x < 0x80 && !matches!(x, b'\r' | b'(' | b'*' | b' ' | b'\t' | b'\n' | 0x0b | 0x0c)
        {
            b.events.note_ascii(b.text.len() + (i - run), b.prev, x);
            b.prev = x as u32;
            i += 1;
            continue;
        }
        let Some(c) = original[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if !changes(c, simplify) {
            b.events.note(b.text.len() + (i - run), b.prev, c);
            b.prev = c as u32;
            i += len;
            continue;
        }
        b.push_run(original, run, i);
        run = i + len;
        let prev = char::from_u32(b.prev).unwrap_or('\0');
        match c {
            '\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    b.push('\n', i, len);
                }
            }
            // Zero-width marks, and Markdown emphasis (**主要预期目标**是) which is not text.
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}' | '*' => {}
            '(' | '（' if is_han(prev) => {
                // Inline pinyin after a Han character: 發(fā)展, 經(jīng)濟(jì).
                if let Some(skip) = pinyin_len(&original[i + len..]) {
                    run = i + len + skip;
                    i = run;
                    continue;
                }
                b.push('(', i, len);
            }
            c if is_space(c) => {
                // Spaces and line breaks inside numbers and units, or between Han characters.
                let mut end = i + len;
                let mut newlines = usize::from(c == '\n');
                for d in original[end..].chars() {
                    if !is_space(d) && d != '\r' {
                        break;
                    }
                    newlines += usize::from(d == '\n');
                    end += d.len_utf8();
                }
                run = end;
                let next = original[end..]
                    .chars()
                    .next()
                    .map(to_half_width)
                    .unwrap_or('\n');
                if !joins(prev, next, newlines) {
                    // Keep the first whitespace char's place; the rest of the run maps to nothing.
                    b.push(if newlines > 0 { '\n' } else { ' ' }, i, len);
                }
                i = end;
                continue;
            }
            c => {
                let h = to_half_width(c);
                b.push(if h == c { simplify.map(c) } else { h }, i, len);
            }
        }
        i += len;
    }
    b.push_run(original, run, original.len());
    (
        Normalized {
            text: b.text,
            anchors: b.anchors,
        },
        b.events,
    )
}

/// The code point of a 3-byte UTF-8 sequence (`x` its lead byte).
#[inline(always)]
fn decode3(x: u8, y: u8, z: u8) -> u32 {
    ((x as u32 & 0x0f) << 12) | ((y as u32 & 0x3f) << 6) | (z as u32 & 0x3f)
}

struct Builder {
    text: String,
    anchors: Vec<Anchor>,
    /// Original end of the last char pushed.
    last_end: usize,
    last_single: bool,
    /// What the event walk noted so far.
    events: Events,
    /// The last char emitted (its code point), for decisions that look back.
    prev: u32,
}

impl Builder {
    /// Copies `original[from..to]` unchanged.
    fn push_run(&mut self, original: &str, from: usize, to: usize) {
        if from >= to {
            return;
        }
        if self.last_single || from != self.last_end {
            self.anchors.push(Anchor {
                norm: self.text.len(),
                orig: from,
                single: 0,
            });
        }
        self.last_single = false;
        self.last_end = to;
        self.text.push_str(&original[from..to]);
    }

    /// [`Builder::push`] for an ASCII char `x` that stands for the original `orig..orig + orig_len`,
    /// a longer spelling (a full-width form).
    #[inline]
    fn push_ascii(&mut self, x: u8, orig: usize, orig_len: usize) {
        let norm = self.text.len();
        self.events.note_ascii(norm, self.prev, x);
        self.prev = x as u32;
        self.anchors.push(Anchor {
            norm,
            orig,
            single: orig_len,
        });
        self.last_single = true;
        self.last_end = orig + orig_len;
        self.text.push(x as char);
    }

    /// Emits `c` for the original `orig..orig + orig_len`.
    fn push(&mut self, c: char, orig: usize, orig_len: usize) {
        let norm = self.text.len();
        self.events.note(norm, self.prev, c);
        self.prev = c as u32;
        let same_len = c.len_utf8() == orig_len;
        if !same_len {
            self.anchors.push(Anchor {
                norm,
                orig,
                single: orig_len,
            });
        } else if self.last_single || orig != self.last_end {
            self.anchors.push(Anchor {
                norm,
                orig,
                single: 0,
            });
        }
        self.last_single = !same_len;
        self.last_end = orig + orig_len;
        self.text.push(c);
    }
}

/// Whether a whitespace run between `prev` and `next` is noise to drop.
fn joins(prev: char, next: char, newlines: usize) -> bool {
    let num_prev = prev.is_ascii_digit() || prev == '.';
    let num_next = next.is_ascii_digit() || next == '.' || next == '%';
    if newlines > 1 {
        return false;
    }
    if newlines == 1 {
        // A hard wrap inside a number or between a number and its unit: 145.5⏎億元.
        return num_prev && (num_next || is_han(next));
    }
    let word_prev = prev.is_ascii_alphanumeric();
    let word_next = next.is_ascii_alphanumeric();
    (num_prev && (num_next || is_han(next)))
        || (is_han(prev) && (word_next || num_next || is_han(next)))
        || (word_prev && is_han(next))
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\u{a0}' | '\u{3000}' | '\u{2002}'..='\u{200a}' | '\u{0b}' | '\u{0c}'
    )
}

/// Whether `c` is a Han character (CJK unified ideographs and extensions).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}' | '〇')
}

/// Length in bytes of a pinyin annotation body plus its closing parenthesis, if `rest` starts with one.
fn pinyin_len(rest: &str) -> Option<usize> {
    let mut n = 0;
    let mut letters = 0;
    let mut tone = false;
    for c in rest.chars() {
        match c {
            ')' | '）' => {
                // Require a tone mark, or a short plain syllable, so real parentheses stay.
                return (letters > 0
                    && (tone
                        || letters <= 6 && rest[..n].chars().all(|c| c.is_ascii_lowercase()))
                    && letters <= 7)
                    .then_some(n + c.len_utf8());
            }
            'a'..='z' => letters += 1,
            'ā' | 'á' | 'ǎ' | 'à' | 'ē' | 'é' | 'ě' | 'è' | 'ī' | 'í' | 'ǐ' | 'ì' | 'ō' | 'ó'
            | 'ǒ' | 'ò' | 'ū' | 'ú' | 'ǔ' | 'ù' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' | 'ê' | 'ń' | 'ň'
            | 'ḿ' => {
                letters += 1;
                tone = true;
            }
            _ => return None,
        }
        if letters > 7 {
            return None;
        }
        n += c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(original: &str, normalized: &str) -> Normalized {
        let n = Normalized::new(original);
        assert_eq!(n.text, normalized);
        n
    }

    #[test]
    fn pinyin_and_traditional() {
        check("發(fā)展經(jīng)濟(jì)", "发展经济");
        check("地區(qū)生產(chǎn)總值", "地区生产总值");
    }

    #[test]
    fn plain_parentheses_stay() {
        check("规划(草案)", "规划(草案)");
        check("目标(2021)", "目标(2021)");
    }

    #[test]
    fn width_and_breaks() {
        check("增长７．３％", "增长7.3%");
        check("收入 145.5\n億元", "收入145.5亿元");
        check("增長 1 44%", "增长144%");
        check("第一段。\n\n第二段", "第一段。\n第二段");
        check("a\r\nb\rc", "a\nb\nc");
        check("**主要预期目标**是", "主要预期目标是");
    }

    #[test]
    fn walk_notes_what_a_walk_over_its_output_notes() {
        // Chars that normalization changes, drops or decides by their neighbours, mixed with
        // the ones the events look for; every mix of up to four of them.
        let parts = [
            "增",
            "長",
            "7",
            "７",
            "．",
            "5",
            "%",
            "，",
            ",",
            "。",
            "\n",
            "\r\n",
            " ",
            "\u{3000}",
            "(",
            "（fā）",
            "(ā)",
            "*",
            "\u{200b}",
            "二",
            "兩",
            "目",
            "标",
            "標",
            "X",
            "é",
            "𠀀",
            "!",
            "？",
        ];
        let mut text = String::new();
        for a in 0..parts.len() {
            for b in 0..parts.len() {
                for (c, d) in [(a * 7 % parts.len(), b * 3 % parts.len()), (b, a)] {
                    text.clear();
                    for k in [a, b, c, d] {
                        text.push_str(parts[k]);
                    }
                    let (n, events) = walk(&text);
                    assert_eq!(events, Events::scan(&n.text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn spans_map_back() {
        let original = "實(shí)現(xiàn)收入１４５.５\n億元。";
        let n = Normalized::new(original);
        assert_eq!(n.text, "实现收入145.5亿元。");
        let s = n.text.find("145").unwrap();
        let e = n.text.find("。").unwrap();
        let span = n.original_span(s, e);
        assert_eq!(&original[span.start..span.end], "１４５.５\n億元");
        let span = n.original_span(0, n.text.find("收").unwrap());
        assert_eq!(&original[span.start..span.end], "實(shí)現");
    }
}
