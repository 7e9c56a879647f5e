//! Share images: one chart SVG rasterized to a PNG with resvg.
//!
//! The font database holds only the shipped CJK font (`crate::chart::FONT`), never
//! system fonts, so the same SVG gives the same PNG bytes on every machine. The image
//! is drawn at [`SCALE`]× the SVG's size on a white background: transparent PNGs look
//! broken in chat apps with dark themes.

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// Pixels per SVG px: 2× for sharp images on phone screens.
pub const SCALE: f32 = 2.0;

/// Family name of face 0 of the shipped font, the last named font of the charts' CSS
/// font stack and the one their labels were measured with.
pub const FAMILY: &str = "WenQuanYi Micro Hei";

/// A rasterized chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raster {
    /// The PNG file.
    pub png: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Characters of the SVG's texts the shipped font has no glyph for, in order of
    /// appearance, without repeats. They show as empty boxes in the PNG.
    pub missing: Vec<char>,
}

/// Why an SVG could not be rasterized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PngError {
    /// usvg could not parse the SVG.
    Parse(String),
    /// The image would be empty or too large for a pixmap.
    Size {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// PNG encoding failed.
    Encode(String),
}

impl PngError {
    /// What went wrong, as a phrase of a message.
    pub fn msg(&self) -> crate::messages::Msg {
        use crate::messages::catalog::output;
        match self {
            PngError::Parse(m) => output::png_svg_unreadable(m),
            PngError::Size { width, height } => output::png_too_large(*width, *height),
            PngError::Encode(m) => output::png_encoding_failed(m),
        }
    }
}

/// English, the form tests compare against.
impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().render(crate::messages::Language::En))
    }
}

impl std::error::Error for PngError {}

/// The font database shared by every rasterization: the shipped font only, loaded once
/// without copying its bytes, and named for every generic family.
pub fn fontdb() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_source(fontdb::Source::Binary(Arc::new(crate::chart::FONT)));
        db.set_serif_family(FAMILY);
        db.set_sans_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Rasterizes an SVG document to a PNG at [`SCALE`]× on white, with the shipped font.
pub fn rasterize(svg: &[u8]) -> Result<Raster, PngError> {
    rasterize_with(svg, fontdb(), SCALE)
}

/// [`rasterize`] at `scale` pixels per SVG px: print resolution for the Word briefing.
pub fn rasterize_at(svg: &[u8], scale: f32) -> Result<Raster, PngError> {
    rasterize_with(svg, fontdb(), scale)
}

/// The SVG parsed and its texts laid out with the fonts of `db`, as share images are.
fn parse(svg: &[u8], db: Arc<fontdb::Database>) -> Result<usvg::Tree, PngError> {
    let opts = usvg::Options {
        font_family: FAMILY.to_string(),
        languages: vec!["zh-CN".to_string(), "en".to_string()],
        fontdb: db,
        ..usvg::Options::default()
    };
    usvg::Tree::from_data(svg, &opts).map_err(|e| PngError::Parse(e.to_string()))
}

/// [`rasterize`] with another font database (tests use one without CJK glyphs).
fn rasterize_with(svg: &[u8], db: Arc<fontdb::Database>, scale: f32) -> Result<Raster, PngError> {
    let tree = parse(svg, db)?;
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(PngError::Size { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let png = encode_rgb(&pixmap).map_err(|e| PngError::Encode(e.to_string()))?;
    let mut missing = Vec::new();
    each_text(tree.root(), &mut |t| missing_glyphs(t, &mut missing));
    Ok(Raster {
        png,
        width,
        height,
        missing,
    })
}

/// The pixmap as an RGB PNG with fast compression: about a third of the time
/// tiny-skia's own RGBA encoder takes, which spends most of a chart's PNG in zlib.
/// The background is opaque white, so premultiplied pixels are the plain colours and
/// the alpha channel carries nothing.
fn encode_rgb(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut rgb = Vec::with_capacity(pixmap.data().len() / 4 * 3);
    for p in pixmap.data().chunks_exact(4) {
        rgb.extend_from_slice(&p[..3]);
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    enc.write_header()?.write_image_data(&rgb)?;
    Ok(out)
}

/// Calls `f` with every text of `group`, in document order.
fn each_text(group: &usvg::Group, f: &mut dyn FnMut(&usvg::Text)) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => each_text(g, f),
            usvg::Node::Text(t) => f(t),
            _ => {}
        }
    }
}

/// Collects the characters of `t` laid out with glyph 0 (`.notdef`: no font had them).
fn missing_glyphs(t: &usvg::Text, out: &mut Vec<char>) {
    let glyphs = t.layouted().iter().flat_map(|s| &s.positioned_glyphs);
    for g in glyphs.filter(|g| g.id.0 == 0) {
        for c in g.text.chars().filter(|c| !c.is_whitespace()) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
}

/// Width and height from a PNG's IHDR chunk, if `bytes` starts like a PNG file.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || !bytes.starts_with(SIGNATURE) || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    Some((be(16), be(20)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart;

    /// A real line chart, drawn by `chart::draw`.
    fn line_chart(series: &[chart::testkit::SeriesRow]) -> String {
        chart::draw(&chart::testkit::lines(series)).expect("chart draws")
    }

    /// A text in the charts' own markup: the root class and the font-stack stylesheet.
    fn text_svg(text: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"xk-chart\" width=\"300\" height=\"60\" \
             viewBox=\"0 0 300 60\">\n<style>.xk-chart text{{font-family:{}}}</style>\n\
             <text x=\"10\" y=\"40\" font-size=\"24\" fill=\"#000000\">{text}</text>\n</svg>",
            chart::FONT_STACK
        )
    }

    fn decode(png: &[u8]) -> tiny_skia::Pixmap {
        tiny_skia::Pixmap::decode_png(png).expect("a PNG tiny-skia reads back")
    }

    /// Pixels darker than mid-grey.
    fn dark_pixels(p: &tiny_skia::Pixmap) -> usize {
        p.pixels()
            .iter()
            .filter(|c| (c.red() as u32 + c.green() as u32 + c.blue() as u32) < 3 * 128)
            .count()
    }

    /// Outline paths usvg made of the texts (glyphs drawn as shapes).
    fn text_paths(svg: &str, db: Arc<fontdb::Database>) -> usize {
        fn count(g: &usvg::Group, in_text: bool) -> usize {
            g.children()
                .iter()
                .map(|n| match n {
                    usvg::Node::Group(g) => count(g, in_text),
                    usvg::Node::Path(p) if in_text && !p.data().is_empty() => 1,
                    usvg::Node::Text(t) => count(t.flattened(), true),
                    _ => 0,
                })
                .sum()
        }
        count(parse(svg.as_bytes(), db).unwrap().root(), false)
    }

    /// usvg lays every label out where the chart put it: its size and its anchor (both
    /// inherited or from a class of the chart's stylesheet, not attributes of its own)
    /// and its baseline. The inspector's box of each text, measured with the same font,
    /// is where usvg's glyphs are.
    #[test]
    fn usvg_places_every_label_where_the_chart_did() {
        for spec in [
            chart::testkit::funds_2015(),
            chart::testkit::lines(&[
                ("科左后旗", &[(2014, 11.0, "11%"), (2018, 1.23, "1.23%")]),
                ("白银区", &[(2014, 8.61, "8.61%"), (2018, 0.5, "0.5%")]),
            ]),
        ] {
            let svg = chart::draw(&spec).unwrap();
            let tree = parse(svg.as_bytes(), fontdb()).unwrap();
            let mut laid: Vec<(String, usvg::Rect)> = Vec::new();
            each_text(tree.root(), &mut |t| {
                let text = t.chunks().iter().map(|c| c.text()).collect();
                laid.push((text, t.bounding_box()));
            });
            let boxes = chart::inspect::texts(&svg);
            assert_eq!(laid.len(), boxes.len());
            assert!(boxes.len() >= 8, "{svg}");
            for (b, (text, r)) in boxes.iter().zip(&laid) {
                assert_eq!(&b.text, text);
                // The glyphs usvg drew lie inside the inspector's box (its ascent and
                // descent, its width with the margin for wider browser fonts) and fill
                // most of its width: a lost anchor or size would move or shrink them.
                let (x0, y0) = (f64::from(r.x()), f64::from(r.y()));
                let (x1, y1) = (f64::from(r.right()), f64::from(r.bottom()));
                let inside = x0 >= b.b.x0 - 1.0
                    && x1 <= b.b.x1 + 1.0
                    && y0 >= b.b.y0 - 1.0
                    && y1 <= b.b.y1 + 1.0;
                assert!(inside, "{text}: usvg {r:?}, chart {:?}", b.b);
                if text.chars().count() >= 2 {
                    let half = (b.b.x1 - b.b.x0) / 2.0;
                    assert!(x1 - x0 >= half, "{text}: {r:?} vs {:?}", b.b);
                }
            }
        }
    }

    #[test]
    fn a_drawn_chart_becomes_a_png_of_twice_its_size() {
        let svg = line_chart(&[
            ("科左后旗", &[(2014, 11.0, "11%"), (2018, 1.23, "1.23%")]),
            ("白银区", &[(2014, 8.61, "8.61%"), (2018, 0.5, "0.5%")]),
        ]);
        assert!(svg.contains("WenQuanYi Micro Hei"));
        let r = rasterize(svg.as_bytes()).unwrap();
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        assert_eq!(r.width, 2 * chart::WIDTH);
        assert_eq!(r.width as f32, 2.0 * tree.size().width());
        assert_eq!(r.height as f32, 2.0 * tree.size().height());
        assert_eq!(png_size(&r.png), Some((r.width, r.height)));
        assert!(r.missing.is_empty(), "missing glyphs: {:?}", r.missing);
        // Opaque white background: no transparent pixel anywhere, corners white.
        let p = decode(&r.png);
        assert!(p.pixels().iter().all(|c| c.alpha() == 255));
        let corner = p.pixel(0, 0).unwrap();
        assert_eq!(
            (corner.red(), corner.green(), corner.blue()),
            (255, 255, 255)
        );
        // The chart's labels are drawn as glyph outlines of the shipped font.
        let texts = svg.matches("<text").count();
        assert_eq!(text_paths(&svg, fontdb()), texts, "one outline per text");
        assert_eq!(text_paths(&svg, Arc::new(fontdb::Database::new())), 0);
    }

    #[test]
    fn chinese_text_is_drawn_with_the_shipped_font() {
        let svg = text_svg("贫困发生率下降");
        let with_font = rasterize(svg.as_bytes()).unwrap();
        assert!(with_font.missing.is_empty());
        let ink = dark_pixels(&decode(&with_font.png));
        // 7 glyphs of 48 px at 2×: hundreds of dark pixels each.
        assert!(ink > 7 * 150, "only {ink} dark pixels: glyphs missing?");
        // On white, opaque (an SVG without a background of its own).
        let corner = decode(&with_font.png).pixel(0, 0).unwrap();
        assert_eq!(
            (corner.red(), corner.green(), corner.blue(), corner.alpha()),
            (255, 255, 255, 255)
        );

        // The same text without a CJK font: nothing (or only boxes) is drawn.
        let empty = Arc::new(fontdb::Database::new());
        let without = rasterize_with(svg.as_bytes(), empty.clone(), SCALE).unwrap();
        assert_ne!(with_font.png, without.png);
        assert!(dark_pixels(&decode(&without.png)) < ink / 4);

        // usvg turns each CJK glyph into outline paths only when the font has it.
        assert!(text_paths(&svg, fontdb()) > 0);
        assert_eq!(text_paths(&svg, empty), 0);
    }

    #[test]
    fn characters_the_font_lacks_are_reported() {
        // U+20000 (CJK extension B) and U+17000 (Tangut) are not in WenQuanYi Micro Hei.
        let r = rasterize(text_svg("县\u{20000}乡\u{17000}").as_bytes()).unwrap();
        assert_eq!(r.missing, vec!['\u{20000}', '\u{17000}']);
        let r = rasterize(text_svg("碌曲县 2014年 11%").as_bytes()).unwrap();
        assert!(r.missing.is_empty(), "{:?}", r.missing);
    }

    #[test]
    fn the_same_svg_gives_the_same_bytes() {
        let svg = line_chart(&[("碌曲县", &[(2014, 20.5, "20.5%"), (2019, 0.0, "0%")])]);
        let a = rasterize(svg.as_bytes()).unwrap();
        let b = rasterize(svg.as_bytes()).unwrap();
        assert_eq!(a.png, b.png);
        // On another thread too (the font database is shared).
        let svg2 = svg.clone();
        let c = std::thread::spawn(move || rasterize(svg2.as_bytes()).unwrap())
            .join()
            .unwrap();
        assert_eq!(a.png, c.png);
    }

    #[test]
    fn bad_svg_is_an_error_not_a_panic() {
        assert!(matches!(rasterize(b"<svg"), Err(PngError::Parse(_))));
        assert!(matches!(rasterize(b"not svg"), Err(PngError::Parse(_))));
        let zero = b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"10\"/>";
        assert!(rasterize(zero).is_err());
    }

    #[test]
    fn png_size_reads_the_header() {
        assert_eq!(png_size(b"GIF89a"), None);
        let r = rasterize(text_svg("甘肃").as_bytes()).unwrap();
        assert_eq!(png_size(&r.png), Some((600, 120)));
    }
}
