//! Post-processing of plotters' SVG: accessible root element, title and
//! description, a CSS font stack for browsers, tooltips.

use std::fmt::Write;

use super::canvas::Tip;
use super::ChartSpec;

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

/// Turns plotters' document into the final one: new root element with
/// `<title>`/`<desc>`, font stack, rounded font sizes and tooltips at the end.
pub fn finish(raw: &str, spec: &ChartSpec, width: u32, height: u32, tips: &[Tip]) -> String {
    let id = safe_id(&spec.id);
    let mut out = String::with_capacity(raw.len() + 1024);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"xk-chart\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n\
         <style>.xk-chart text{{font-family:{FONT_STACK}}}{HALO_CSS}</style>\n",
        escape(&spec.title),
        escape(&spec.description)
    );
    // plotters' root tag is the first line; everything after it is the drawing.
    let body = raw.split_once('\n').map_or("", |(_, rest)| rest);
    let body = body.trim_end();
    let body = body.strip_suffix("</svg>").unwrap_or(body);
    out.push_str(&pattern_fills(&tidy(body.trim_end()), &id));
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

/// One pass over plotters' drawing, an element per line: drops attributes that only
/// repeat defaults or the stylesheet (a page of charts stays light), rounds font sizes,
/// marks labels for the halo, and joins each label's text onto its tag's line (plotters
/// wraps it in newlines).
fn tidy(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut lines = body.split('\n');
    while let Some(line) = lines.next() {
        let Some(attrs) = line.strip_prefix("<text ") else {
            out.push_str(
                &line
                    .replace(" opacity=\"1\"", "")
                    .replace(" stroke-width=\"1\"", "")
                    .replace(" stroke=\"none\"/>", "/>"),
            );
            out.push('\n');
            continue;
        };
        // White text sits on a solid bar and needs no halo.
        out.push_str(if attrs.contains("fill=\"#FFFFFF\"") {
            "<text "
        } else {
            HALO
        });
        // The stylesheet names the font stack.
        let attrs = attrs
            .replace(" font-family=\"sans-serif\"", "")
            .replace(" opacity=\"1\"", "");
        out.push_str(&round_font_sizes(&attrs));
        let mut first = true;
        for label in lines.by_ref() {
            if let Some(rest) = label.strip_prefix("</text>") {
                out.push_str("</text>");
                out.push_str(rest);
                break;
            }
            if !first {
                out.push('\n');
            }
            first = false;
            out.push_str(label);
        }
        out.push('\n');
    }
    out
}

/// Outline drawn under dark text so a label laid over a line or gridline stays
/// legible; white text sits on a solid bar and needs none. One rule in the chart's
/// stylesheet instead of four attributes on every label.
const HALO: &str = "<text class=\"h\" ";

/// The rule behind [`HALO`].
const HALO_CSS: &str =
    ".xk-chart .h{stroke:#FFFFFF;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}";

/// Stripes drawn as a `<pattern>` fill. A striped shape is drawn with a marker opacity
/// (no chart draws these otherwise) that names its stripes; `finish` swaps it for the fill.
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
    const ALL: [Stripes; 4] = [
        Stripes::Diagonal,
        Stripes::Horizontal,
        Stripes::Vertical,
        Stripes::Grid,
    ];

    /// The marker opacity a striped shape is drawn with.
    pub fn mark(self) -> f64 {
        match self {
            Stripes::Diagonal => 0.9971,
            Stripes::Horizontal => 0.9972,
            Stripes::Vertical => 0.9973,
            Stripes::Grid => 0.9974,
        }
    }

    /// The pattern's tile: lines in `color`.
    fn tile(self, id: &str, color: &str) -> String {
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

/// Turns shapes drawn with a [`Stripes`] marker opacity into pattern fills, with the
/// patterns defined once at the top. Ids carry the chart's id: a page inlines many charts.
fn pattern_fills(body: &str, chart_id: &str) -> String {
    let mut defs: Vec<(Stripes, String)> = Vec::new();
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("opacity=\"0.997") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        // `opacity="0.997N" fill="#RRGGBB"`
        let found = Stripes::ALL.into_iter().find_map(|s| {
            let head = format!("opacity=\"{}\" fill=\"", s.mark());
            let color = tail.strip_prefix(&head)?.get(..7)?;
            color.starts_with('#').then(|| (s, color, head.len() + 8))
        });
        match found {
            Some((s, color, len)) => {
                let key = (s, color.to_string());
                let n = defs.iter().position(|d| *d == key).unwrap_or_else(|| {
                    defs.push(key);
                    defs.len() - 1
                });
                let _ = write!(out, "fill=\"url(#{chart_id}-p{n})\"");
                rest = &tail[len..];
            }
            None => {
                out.push_str("opacity");
                rest = &tail["opacity".len()..];
            }
        }
    }
    out.push_str(rest);
    if defs.is_empty() {
        return out;
    }
    let mut head = String::from("<defs>");
    for (n, (s, color)) in defs.iter().enumerate() {
        head.push_str(&s.tile(&format!("{chart_id}-p{n}"), color));
    }
    head.push_str("</defs>\n");
    head + &out
}

/// plotters writes `size / 1.24`, which can come out as `15.000000000000002`.
fn round_font_sizes(body: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find(KEY) {
        out.push_str(&rest[..i + KEY.len()]);
        rest = &rest[i + KEY.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        match rest[..end].parse::<f64>() {
            Ok(v) => {
                let _ = write!(out, "{}", (v * 100.0).round() / 100.0);
            }
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_ids() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(safe_id("a b/c"), "a-b-c");
        assert_eq!(safe_id(""), "chart");
        assert_eq!(
            round_font_sizes("font-size=\"15.000000000000002\" x"),
            "font-size=\"15\" x"
        );
    }
}
