//! Chart PNG share images (`charts.png`): by default only a published site's (one with
//! `base_url`) pages get one, of their first chart; `all` gives every chart one, `none`
//! none. Linked under the chart, cached by the SVG's hash.

use crate::common::{assert_has, Fixture};
use std::fs;
use std::path::{Path, PathBuf};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Width and height from the IHDR chunk.
fn ihdr(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(SIGNATURE), "not a PNG file");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

/// Every file below `dir` with extension `ext`, relative, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<String> {
    let mut out: Vec<String> = walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            p.strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The fixture with `extra` lines in its site.yaml.
fn fixture_with(extra: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nlanguage: zh-CN\n{extra}\n"),
    );
    f
}

#[test]
fn every_chart_gets_a_png_of_twice_its_width_linked_under_it() {
    let f = fixture_with("charts: { png: all }");
    let report = f.build().expect("fixture builds");
    assert!(
        !report.diagnostics.to_string().contains("glyph"),
        "missing glyphs:\n{}",
        report.diagnostics
    );
    let png = fs::read(f.out().join("charts/xian/poverty-rate.png")).unwrap();
    assert!(png.starts_with(SIGNATURE));
    assert_eq!(ihdr(&png).0, 1200);
    // The height is twice the SVG's too.
    let svg = f.read("charts/xian/poverty-rate.svg");
    let h: u32 = svg
        .split("height=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(ihdr(&png).1, 2 * h);

    // One PNG per SVG, same stem, all 2× wide.
    let out = f.out().join("charts");
    let svgs = files_with(&out, "svg");
    let pngs = files_with(&out, "png");
    assert!(svgs.len() >= 3, "{svgs:?}");
    let expected: Vec<String> = svgs.iter().map(|s| s.replace(".svg", ".png")).collect();
    assert_eq!(pngs, expected);
    for p in &pngs {
        assert_eq!(ihdr(&fs::read(out.join(p)).unwrap()).0, 1200, "{p}");
    }

    let page = f.read("regions/xian/index.html");
    assert_has(
        &page,
        &[
            "href=\"../../charts/xian/poverty-rate.png\" download>下载图片</a>",
            "href=\"../../charts/xian/poverty-rate.svg\">SVG</a>",
            "href=\"../../charts/xian/poverty-rate.csv\" download>下载数据</a>",
        ],
    );
    // The cache sits in the site root, not in the output.
    assert!(f.root().join(".xiaokang-cache/png").is_dir());
    assert!(!f.out().join(".xiaokang-cache").exists());
}

#[test]
fn png_true_is_all_and_false_is_none() {
    let f = fixture_with("charts: { png: true }");
    f.build().expect("fixture builds");
    let all = files_with(&f.out().join("charts"), "png");
    assert!(all.len() >= 3, "{all:?}");
    assert_eq!(all.len(), files_with(&f.out().join("charts"), "svg").len());
    let f = fixture_with("charts: { png: false }");
    f.build().expect("fixture builds");
    assert_eq!(files_with(&f.out(), "png"), Vec::<String>::new());
}

/// By default a site without `base_url` (opened from a folder) gets no PNG: no share
/// preview could load one.
#[test]
fn by_default_an_unpublished_site_makes_no_png_and_has_no_share_image() {
    let f = Fixture::new();
    f.build().expect("fixture builds");
    assert_eq!(files_with(&f.out(), "png"), Vec::<String>::new());
    let page = f.read("regions/xian/index.html");
    assert!(!page.contains("og:image"), "{page}");
    assert_has(
        &page,
        &["href=\"../../charts/xian/poverty-rate.svg\">下载图片</a>"],
    );
}

/// By default a published site's page gets one PNG, of its first chart, as its share
/// image; `png: first` asks for the same without `base_url`.
#[test]
fn a_published_site_gets_one_share_png_per_page() {
    for extra in [
        "base_url: https://fupin.example.gov.cn/",
        "charts: { png: first }",
    ] {
        let f = fixture_with(extra);
        f.build().expect("fixture builds");
        let page = f.read("regions/xian/index.html");
        let pngs = files_with(&f.out().join("charts/xian"), "png");
        assert_eq!(pngs, ["poverty-rate.png"], "{extra}");
        assert_has(
            &page,
            &[
                "charts/xian/poverty-rate.png\">",
                "href=\"../../charts/xian/poverty-rate.png\" download>下载图片</a>",
                "href=\"../../charts/xian/funds.svg\">下载图片</a>",
            ],
        );
        assert!(!page.contains("funds.png"), "{extra}");
        if extra.starts_with("base_url") {
            assert_has(
                &page,
                &["<meta property=\"og:image\" content=\"https://fupin.example.gov.cn/charts/xian/poverty-rate.png\">"],
            );
        }
        // Every page with a chart has its share image, and no other PNG is made.
        for html in walk(&f.out())
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
        {
            let text = fs::read_to_string(html).unwrap();
            if let Some(at) = text.find("og:image\" content=\"") {
                let url = &text[at + 19..];
                let url = &url[..url.find('"').unwrap()];
                let rel = url.rsplit_once("charts/").map(|(_, r)| r).unwrap_or(url);
                assert!(
                    f.out().join("charts").join(rel).is_file(),
                    "{url} of {html:?}"
                );
            }
        }
    }
}

#[test]
fn an_unknown_png_setting_is_an_error_with_a_suggestion() {
    let f = fixture_with("charts: { png: frist }");
    assert_has(
        &f.errors(),
        &[
            "unknown `charts.png` setting `frist`",
            "did you mean `first`?",
        ],
    );
}

#[test]
fn png_none_writes_no_png_and_links_the_svg() {
    let f = fixture_with("charts: { png: none }");
    f.build().expect("fixture builds");
    assert!(f.out().join("charts/xian/poverty-rate.svg").is_file());
    assert_eq!(files_with(&f.out(), "png"), Vec::<String>::new());
    let page = f.read("regions/xian/index.html");
    assert_has(
        &page,
        &["href=\"../../charts/xian/poverty-rate.svg\">下载图片</a>"],
    );
    assert!(!page.contains(".png"));
    assert!(!page.contains(">SVG</a>"));
    assert!(!f.root().join(".xiaokang-cache/png").exists());
}

#[test]
fn a_second_build_reuses_the_cache_and_gives_the_same_bytes() {
    let f = fixture_with("charts: { png: all }");
    f.build().expect("first build");
    let first = fs::read(f.out().join("charts/xian/funds.png")).unwrap();
    let cache = f.root().join(".xiaokang-cache/png");
    let entries = files_with(&cache, "png");
    assert!(!entries.is_empty());
    // Mark every entry with a chunk only the cache can have produced (an extra chunk
    // before IEND keeps the PNG valid): the second build must serve these bytes.
    let marked: Vec<Vec<u8>> = entries
        .iter()
        .map(|e| {
            let p = cache.join(e);
            let mut b = fs::read(&p).unwrap();
            let at = b.len() - 12;
            b.splice(at..at, custom_chunk());
            fs::write(&p, &b).unwrap();
            b
        })
        .collect();
    forget_last_build(&f);
    f.build().expect("second build");
    let second = fs::read(f.out().join("charts/xian/funds.png")).unwrap();
    assert!(
        marked.contains(&second),
        "the second build rasterized again"
    );
    assert_ne!(first, second);

    // A corrupt cache still gives correct PNGs.
    for e in &entries {
        fs::write(cache.join(e), b"broken").unwrap();
    }
    forget_last_build(&f);
    f.build().expect("build with a corrupt cache");
    assert_eq!(
        fs::read(f.out().join("charts/xian/funds.png")).unwrap(),
        first
    );

    // And so does a cache folder that cannot be made (a file in its place).
    fs::remove_dir_all(f.root().join(".xiaokang-cache")).unwrap();
    fs::write(f.root().join(".xiaokang-cache"), "not a folder").unwrap();
    f.build().expect("build with an unusable cache");
    assert_eq!(
        fs::read(f.out().join("charts/xian/funds.png")).unwrap(),
        first
    );
}

/// Makes the next build render every page (it would keep the unchanged ones, and never
/// ask the PNG cache).
fn forget_last_build(f: &Fixture) {
    xiaokang::incremental::forget(f.root(), &f.out());
}

/// An ancillary PNG chunk `xkTs` (readers skip it): length, type, data, CRC.
fn custom_chunk() -> Vec<u8> {
    let data = b"cached";
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    let body: Vec<u8> = b"xkTs".iter().chain(data.iter()).copied().collect();
    c.extend(&body);
    c.extend(crc32(&body).to_be_bytes());
    c
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_name_the_font_lacks_is_a_warning_naming_the_png() {
    let f = fixture_with("charts: { png: all }");
    // U+17000 (Tangut) is in no CJK font we ship.
    let county = crate::common::COUNTY.replace("name: 测试县", "name: 测试\u{17000}县");
    f.write("content/regions/sheng/xian/region.yaml", &county);
    let report = f.build().expect("a missing glyph does not stop the build");
    let text = report.diagnostics.to_string();
    assert_has(
        &text,
        &["charts/xian/poverty-rate.png", "\u{17000}", "glyph"],
    );
    assert!(f.out().join("charts/xian/poverty-rate.png").is_file());
}

#[test]
fn check_writes_no_cache() {
    let f = fixture_with("charts: { png: all }");
    let d = xiaokang::check(f.root());
    assert!(!d.has_errors(), "{d}");
    assert!(!f.root().join(".xiaokang-cache").exists());
}
