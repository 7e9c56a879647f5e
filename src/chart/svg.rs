//! The chart document around a drawing: accessible root element, title and description,
//! the stylesheet labels share (font stack, halo, anchors), tooltips.

use std::fmt::Write;

use super::canvas::Tip;
use super::layout::Anchor;
use super::{palette, ChartSpec};

/// Fonts a browser should try for Chinese text, best-looking first; the last named
/// one is the font the layout was measured with. Single quotes: it sits in an attribute.
pub const FONT_STACK: &str = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An id usable in `id` and in the space-separated `aria-labelledby` list.
pub fn safe_id(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() {
        "chart".to_string()
    } else {
        s
    }
}

/// Font size of a label that names none: the root element's, which labels inherit.
pub const DEFAULT_SIZE: f64 = 15.0;

/// Puts a drawing's body (from [`super::canvas::Canvas`]) into the chart document:
/// root element with `<title>`/`<desc>`, the labels' defaults and stylesheet, tooltips.
pub fn finish(body: &str, spec: &ChartSpec, width: u32, height: u32, tips: &[Tip]) -> String {
    let id = safe_id(&spec.id);
    let mut out = String::with_capacity(body.len() + 1024);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"xk-chart\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-size=\"{DEFAULT_SIZE}\" fill=\"{}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n\
         <style>.xk-chart text{{font-family:{FONT_STACK}}}{TEXT_CSS}</style>\n",
        palette::TEXT,
        escape(&spec.title),
        escape(&spec.description)
    );
    out.push_str(body);
    if !tips.is_empty() {
        out.push_str("<g class=\"xk-tips\" fill=\"transparent\">\n");
        for t in tips {
            let _ = writeln!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{}</title></rect>",
                t.area.x0,
                t.area.y0,
                (t.area.x1 - t.area.x0).max(0.0),
                (t.area.y1 - t.area.y0).max(0.0),
                escape(&t.text)
            );
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// The classes of a label: its halo, its anchor and the muted ink of ticks and notes,
/// one rule each in the chart's stylesheet ([`TEXT_CSS`]) instead of attributes on
/// every label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextClass {
    /// An outline drawn under dark text, so a label laid over a line or gridline stays
    /// legible; white text sits on a solid bar and needs none.
    pub halo: bool,
    /// Alignment at the label's x.
    pub anchor: Anchor,
    /// Drawn in [`palette::MUTED`].
    pub muted: bool,
}

impl TextClass {
    /// No halo, anchored at the start, its own ink: no `class` attribute at all.
    pub fn is_plain(self) -> bool {
        !self.halo && self.anchor == Anchor::Start && !self.muted
    }

    /// Reads a `class` attribute's value back.
    pub fn parse(class: &str) -> TextClass {
        let has = |c: &str| class.split_whitespace().any(|w| w == c);
        let anchor = if has("m") {
            Anchor::Middle
        } else if has("e") {
            Anchor::End
        } else {
            Anchor::Start
        };
        TextClass {
            halo: has("h"),
            anchor,
            muted: has("g"),
        }
    }
}

/// The `class` attribute's value: the names of the rules that apply, space-separated.
impl std::fmt::Display for TextClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let anchor = match self.anchor {
            Anchor::Start => None,
            Anchor::Middle => Some("m"),
            Anchor::End => Some("e"),
        };
        let names = [self.halo.then_some("h"), anchor, self.muted.then_some("g")];
        let mut sep = "";
        for name in names.into_iter().flatten() {
            write!(f, "{sep}{name}")?;
            sep = " ";
        }
        Ok(())
    }
}

/// The rules behind [`TextClass`].
const TEXT_CSS: &str = concat!(
    ".xk-chart .h{stroke:#FFFFFF;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}",
    ".xk-chart .m{text-anchor:middle}.xk-chart .e{text-anchor:end}",
    ".xk-chart .g{fill:#555555}",
);

/// Stripes drawn as a `<pattern>` fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stripes {
    /// Diagonal lines 7 px apart (period bars).
    Diagonal,
    /// Horizontal lines 5 px apart.
    Horizontal,
    /// Vertical lines 5 px apart.
    Vertical,
    /// Both, 5 px apart.
    Grid,
}

impl Stripes {
    /// The pattern's tile: lines in `color`.
    pub fn tile(self, id: &str, color: &str) -> String {
        let (size, shapes) = match self {
            // x + y = 7 across the tile, and its corners continuing the neighbours' lines.
            Stripes::Diagonal => (
                7,
                format!("<path d=\"M0,7L7,0M-1,1L1,-1M6,8L8,6\" stroke=\"{color}\" stroke-width=\"1\"/>"),
            ),
            Stripes::Horizontal => (5, format!("<rect width=\"5\" height=\"1\" fill=\"{color}\"/>")),
            Stripes::Vertical => (5, format!("<rect width=\"1\" height=\"5\" fill=\"{color}\"/>")),
            Stripes::Grid => (
                5,
                format!("<rect width=\"5\" height=\"1\" fill=\"{color}\"/><rect width=\"1\" height=\"5\" fill=\"{color}\"/>"),
            ),
        };
        format!(
            "<pattern id=\"{id}\" width=\"{size}\" height=\"{size}\" patternUnits=\"userSpaceOnUse\">{shapes}</pattern>"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_ids() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(safe_id("a b/c"), "a-b-c");
        assert_eq!(safe_id(""), "chart");
        for halo in [true, false] {
            for anchor in [Anchor::Start, Anchor::Middle, Anchor::End] {
                for muted in [true, false] {
                    let c = TextClass {
                        halo,
                        anchor,
                        muted,
                    };
                    assert_eq!(TextClass::parse(&c.to_string()), c);
                    assert_eq!(c.is_plain(), c.to_string().is_empty());
                }
            }
        }
        assert!(TEXT_CSS.contains(&format!(".g{{fill:{}}}", palette::MUTED)));
    }
}
