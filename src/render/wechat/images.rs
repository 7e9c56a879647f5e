//! The article's pictures as SVG documents, rasterized by [`crate::render::png`] (at
//! its 2×): each chart with its title and 数据来源 line, 1080 px wide; the cover,
//! 900 × 383 (2.35:1); the thumbnail, 1:1. Text is wrapped with the charts' own measure.

use super::palette::Palette;
use crate::chart::wrap::wrap_lines;
use crate::compute::draw::DrawnChart;

/// A chart image's width in SVG px (1080 pixels at the PNG's 2×).
const CHART_W: f64 = 540.0;
/// The cover's size in SVG px (900 × 383 pixels).
const COVER: (f64, f64) = (450.0, 191.5);
/// The thumbnail's side in SVG px (300 pixels).
const THUMB: f64 = 150.0;
/// Every text's font: the rasterizer maps it to the shipped CJK font.
const FONT: &str = "font-family=\"sans-serif\"";

/// The width a chart is drawn at for an article: a phone shows the 1080-pixel image about
/// 345 px wide, so a 15 px label of this drawing reads at about 12 px (at the pages'
/// 600, 8.5 px).
pub const NARROW: u32 = 400;

/// A chart as the article shows it: its title above, its drawing, its source line below.
pub fn chart(c: &DrawnChart, p: &Palette) -> String {
    let drawing = narrow(c).unwrap_or_else(|| c.svg.clone());
    let pad = 16.0;
    let inner = CHART_W - 2.0 * pad;
    let mut body = String::new();
    let mut y = pad;
    y = text_block(
        &mut body,
        &c.title,
        (pad, y),
        inner,
        &[26.0, 22.0, 18.0],
        (3, f64::INFINITY),
        &p.ink,
    );
    y += 6.0;
    let (vw, vh) = view_box(&drawing);
    let h = inner * vh / vw;
    body.push_str(&nest(&drawing, pad, y, inner, h));
    y += h + 8.0;
    if !c.table.source.is_empty() {
        y = text_block(
            &mut body,
            &c.table.source,
            (pad, y),
            inner,
            &[17.0, 15.0, 13.0],
            (5, f64::INFINITY),
            &p.muted,
        );
    }
    let height = (y + pad - 4.0).ceil();
    document(CHART_W, height, "#ffffff", &body)
}

/// The chart drawn [`NARROW`], when that drawing shows every text the page's does (no
/// figure or label left out for want of room) and none overlaps.
fn narrow(c: &DrawnChart) -> Option<String> {
    use crate::chart::inspect;
    let spec = crate::chart::ChartSpec {
        width: NARROW,
        ..c.spec.clone()
    };
    let svg = crate::chart::draw(&spec).ok()?;
    let mut shown: Vec<String> = inspect::texts(&svg).into_iter().map(|t| t.text).collect();
    let all = inspect::texts(&c.svg).into_iter().all(|t| {
        let at = shown.iter().position(|s| *s == t.text);
        at.map(|i| shown.swap_remove(i)).is_some()
    });
    (all && inspect::problems(&svg).is_empty()).then_some(svg)
}

/// The cover: the site's red, the story's title in white and, when it has one, its first
/// chart on a white card beside the title.
pub fn cover(title: &str, site: &str, first: Option<&DrawnChart>, p: &Palette) -> String {
    let (w, h) = COVER;
    let mut body = rule(w, h, p);
    let pad = 18.0;
    let title_w = if first.is_some() {
        215.0
    } else {
        w - 2.0 * pad
    };
    body.push_str(&line(site, pad, pad + 11.0, 11.0, "#ffffff", "start"));
    let title_h = h - 50.0 - pad - 6.0;
    let sizes = [26.0, 22.0, 18.0, 15.0];
    text_block(
        &mut body,
        title,
        (pad, 50.0),
        title_w,
        &sizes,
        (4, title_h),
        "#ffffff",
    );
    if let Some(c) = first {
        let (x, y, cw, ch) = (
            pad + title_w + 12.0,
            pad,
            w - title_w - 2.0 * pad - 12.0,
            h - 2.0 * pad - 6.0,
        );
        body.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{cw}\" height=\"{ch}\" rx=\"4\" fill=\"#ffffff\"/>"
        ));
        let (vw, vh) = view_box(&c.svg);
        let scale = ((cw - 8.0) / vw).min((ch - 8.0) / vh);
        let (dw, dh) = (vw * scale, vh * scale);
        body.push_str(&nest(
            &c.svg,
            x + (cw - dw) / 2.0,
            y + (ch - dh) / 2.0,
            dw,
            dh,
        ));
    }
    document(w, h, &p.red, &body)
}

/// The thumbnail: the title in white on the site's red.
pub fn thumbnail(title: &str, p: &Palette) -> String {
    let mut body = rule(THUMB, THUMB, p);
    let pad = 12.0;
    let mut lines = String::new();
    let sizes = [24.0, 20.0, 16.0, 13.0];
    let room = (5, THUMB - 2.0 * pad - 6.0);
    let end = text_block(
        &mut lines,
        title,
        (pad, 0.0),
        THUMB - 2.0 * pad,
        &sizes,
        room,
        "#ffffff",
    );
    // Centred up and down in the space above the gold rule.
    let top = ((THUMB - 6.0 - end) / 2.0).max(pad);
    body.push_str(&format!("<g transform=\"translate(0 {top})\">{lines}</g>"));
    document(THUMB, THUMB, &p.red, &body)
}

/// The gold rule along the bottom, as under the site's masthead.
fn rule(w: f64, h: f64, p: &Palette) -> String {
    format!(
        "<rect x=\"0\" y=\"{}\" width=\"{w}\" height=\"6\" fill=\"{}\"/>",
        h - 6.0,
        p.gold
    )
}

/// An SVG document `w` × `h` on `background`.
fn document(w: f64, h: f64, background: &str, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"{background}\"/>{body}</svg>"
    )
}

/// Writes `text` as lines no wider than `width` from `(x, y)` down, at the first of `sizes`
/// that fits in `max_lines` lines and `max_h` px of height (the smallest size cut with `…`
/// if none does); the `y` below it.
fn text_block(
    out: &mut String,
    text: &str,
    (x, y): (f64, f64),
    width: f64,
    sizes: &[f64],
    (max_lines, max_h): (usize, f64),
    fill: &str,
) -> f64 {
    let room = |s: f64| max_lines.min((max_h / (s * 1.4)).floor().max(1.0) as usize);
    let fitted = sizes
        .iter()
        .find_map(|s| wrap_lines(text, *s, width, room(*s)).map(|l| (*s, l)));
    let (size, lines) = fitted.unwrap_or_else(|| {
        let s = *sizes.last().unwrap_or(&14.0);
        (s, cut(text, s, width, room(s)))
    });
    let step = size * 1.4;
    let mut y = y;
    for l in &lines {
        y += step;
        out.push_str(&line(l, x, y - size * 0.35, size, fill, "start"));
    }
    y + size * 0.2
}

/// `text` in `max_lines` lines, the last cut short with `…`.
fn cut(text: &str, size: f64, width: f64, max_lines: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    for n in (1..chars.len()).rev() {
        let s: String = chars[..n].iter().collect::<String>() + "…";
        if let Some(lines) = wrap_lines(&s, size, width, max_lines) {
            return lines;
        }
    }
    vec!["…".into()]
}

/// One line of text with its baseline at `y`.
fn line(text: &str, x: f64, y: f64, size: f64, fill: &str, anchor: &str) -> String {
    format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" {FONT} fill=\"{fill}\" text-anchor=\"{anchor}\">{}</text>",
        escape(text)
    )
}

/// The width and height of a chart's `viewBox`.
fn view_box(svg: &str) -> (f64, f64) {
    let nums: Vec<f64> = attribute(svg, "viewBox")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match nums.as_slice() {
        [_, _, w, h] if *w > 0.0 && *h > 0.0 => (*w, *h),
        _ => (f64::from(crate::chart::WIDTH), 360.0),
    }
}

/// The value of `name` on the document's root `<svg>` tag.
fn attribute<'a>(svg: &'a str, name: &str) -> Option<&'a str> {
    let root = &svg[svg.find("<svg")?..];
    let tag = &root[..root.find('>')?];
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// A chart's document placed as a nested `<svg>` in the box `x, y, w, h`: its root tag
/// is replaced, keeping its class (its stylesheet's selector) and `viewBox`.
fn nest(svg: &str, x: f64, y: f64, w: f64, h: f64) -> String {
    let Some(start) = svg.find("<svg") else {
        return String::new();
    };
    let Some(end) = svg[start..].find('>').map(|e| start + e + 1) else {
        return String::new();
    };
    let class = attribute(svg, "class").unwrap_or("xk-chart");
    let vb = attribute(svg, "viewBox").unwrap_or("0 0 600 360");
    format!(
        "<svg class=\"{class}\" x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" viewBox=\"{vb}\">{}",
        &svg[end..]
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::testkit::funds_2015;
    use crate::compute::table::DataTable;

    fn drawn(spec: crate::chart::ChartSpec) -> DrawnChart {
        let mut table = DataTable::new(spec.title.clone(), &[]);
        table.source = "数据来源：测试县扶贫办".into();
        DrawnChart {
            id: spec.id.clone(),
            title: spec.title.clone(),
            stem: "news/a-1".into(),
            svg: crate::chart::draw(&spec).unwrap(),
            table,
            height: spec.height,
            description: spec.description.clone(),
            spec,
        }
    }

    #[test]
    fn a_chart_is_drawn_narrow_for_a_phone_with_every_figure() {
        let c = drawn(funds_2015());
        let image = chart(&c, &Palette::default());
        assert!(
            image.contains(&format!("viewBox=\"0 0 {NARROW} ")),
            "{image:.400}"
        );
        let texts: Vec<String> = crate::chart::inspect::texts(&image)
            .into_iter()
            .map(|t| t.text)
            .collect();
        for want in [
            "扶贫资金投入",
            "4.34亿元",
            "8.89亿元",
            "13.23亿元",
            "数据来源：测试县扶贫办",
        ] {
            assert!(texts.iter().any(|t| t == want), "{want} not in {texts:?}");
        }
    }

    #[test]
    fn reads_the_root_tag_only() {
        let svg = "<svg xmlns=\"x\" class=\"xk-chart\" width=\"600\" viewBox=\"0 0 600 420\"><rect viewBox=\"1 2 3 4\"/></svg>";
        assert_eq!(view_box(svg), (600.0, 420.0));
        let n = nest(svg, 1.0, 2.0, 300.0, 210.0);
        assert!(
            n.starts_with("<svg class=\"xk-chart\" x=\"1.00\" y=\"2.00\" width=\"300.00\""),
            "{n}"
        );
        assert!(n.ends_with("<rect viewBox=\"1 2 3 4\"/></svg>"), "{n}");
    }

    #[test]
    fn a_title_too_long_for_the_thumbnail_is_cut_not_spilled() {
        let lines = cut(&"长".repeat(200), 13.0, 126.0, 5);
        assert_eq!(lines.len(), 5);
        assert!(lines[4].ends_with('…'));
    }
}
