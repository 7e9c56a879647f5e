//! Text measurement with the shipped font.
//!
//! Layout decisions (does a label fit, do two labels collide) are taken with the
//! metrics of the CJK font shipped in the theme, so that they hold for the glyph
//! widths a reader's browser uses (CJK glyphs are one em wide in every CJK font).

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont};

use super::ChartError;

/// Ascent of a text box above its baseline, in em (WenQuanYi: 0.936, rounded up).
pub const ASCENT: f64 = 0.95;

/// Descent of a text box below its baseline, in em (WenQuanYi: 0.236, rounded up).
pub const DESCENT: f64 = 0.25;

/// Size at which widths are measured and truncated to whole px: large, so that the
/// truncation vanishes once a width is turned into em.
const PROBE_SIZE: f32 = 1000.0;

/// Widths of Latin glyphs differ between the CJK fonts browsers pick; this margin
/// covers the widest of them (PingFang digits are ~8% wider than WenQuanYi's).
const WIDTH_MARGIN: f64 = 1.08;

/// The shipped font, parsed once (the first face of the .ttc).
fn font() -> Result<&'static FontRef<'static>, ChartError> {
    static FONT: OnceLock<Result<FontRef<'static>, String>> = OnceLock::new();
    FONT.get_or_init(|| {
        FontRef::try_from_slice(super::FONT)
            .map_err(|_| "the shipped CJK font could not be read".to_string())
    })
    .as_ref()
    .map_err(|m| ChartError::Font(m.clone()))
}

/// Fails when the shipped font cannot be read, before anything is laid out with it.
pub fn ensure_readable() -> Result<(), ChartError> {
    font().map(|_| ())
}

/// Width in px of one em measured at `PROBE_SIZE`, used to convert any width to em.
fn em_probe() -> f64 {
    static EM: OnceLock<f64> = OnceLock::new();
    *EM.get_or_init(|| {
        raw_width("中")
            .filter(|w| *w > 0.0)
            .unwrap_or(f64::from(PROBE_SIZE))
    })
}

/// Advance width of `text` at `PROBE_SIZE`, if the font is there.
///
/// Labels repeat (years, units, region names) and the placer measures each candidate
/// several times, so widths are remembered per thread.
fn raw_width(text: &str) -> Option<f64> {
    thread_local! {
        static WIDTHS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<f64>>> =
            Default::default();
    }
    if let Some(w) = WIDTHS.with(|m| m.borrow().get(text).copied()) {
        return w;
    }
    let w = measure(text);
    WIDTHS.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a site's labels are few, but a hostile one could have millions.
        if m.len() > 100_000 {
            m.clear();
        }
        m.insert(text.into(), w);
    });
    w
}

/// Sum of the glyphs' advances and kerning, in whole px at `PROBE_SIZE`.
fn measure(text: &str) -> Option<f64> {
    let font = font().ok()?.as_scaled(PROBE_SIZE);
    let mut width = 0f32;
    let mut prev = None;
    for c in text.chars() {
        let glyph = font.glyph_id(c);
        width += font.h_advance(glyph);
        if let Some(p) = prev {
            width += font.kern(p, glyph);
        }
        prev = Some(glyph);
    }
    Some(f64::from((width as i32).unsigned_abs()))
}

/// Width in px of `text` drawn at SVG font size `size`, with a margin for browser fonts.
///
/// Falls back to one em per character when the font cannot be measured, which
/// over-estimates Latin text: labels are then dropped, never overlapped.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em = match raw_width(text) {
        Some(w) => w / em_probe(),
        None => text.chars().count() as f64,
    };
    em * size * WIDTH_MARGIN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_glyphs_are_one_em_and_digits_narrower() {
        let cjk = text_width("碌曲县", 15.0);
        assert!((cjk - 3.0 * 15.0 * WIDTH_MARGIN).abs() < 0.5, "{cjk}");
        let digits = text_width("2014", 15.0);
        assert!(digits > 25.0 && digits < 45.0, "{digits}");
        assert_eq!(text_width("", 15.0), 0.0);
    }
}
