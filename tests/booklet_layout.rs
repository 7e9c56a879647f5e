//! The booklet set like a printed report, read back from the PDF's text positions
//! (`pdftohtml -xml`): no section heading ends a page, the running header names the section
//! in effect at the top of each page, no page is mostly white while content follows, and
//! each region's briefing exists, is linked from its page and prints the page's figures.

use crate::common::{assert_has, Fixture};
use std::path::{Path, PathBuf};
use std::process::Command;
use xiaokang::BuildOptions;

/// One run of text on a page, in pdftohtml's pixels (1.5 per point).
#[derive(Debug, Clone)]
struct Text {
    top: f64,
    left: f64,
    height: f64,
    size: f64,
    color: String,
    text: String,
}

/// A page's runs of text, top to bottom.
#[derive(Debug)]
struct Page {
    height: f64,
    texts: Vec<Text>,
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    tag.find(&key)
        .map(|i| {
            let rest = &tag[i + key.len()..];
            rest[..rest.find('"').unwrap_or(rest.len())].to_string()
        })
        .unwrap_or_default()
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
}

/// The PDF's pages with their text runs, or None when poppler is missing (off CI).
fn pages(pdf: &Path) -> Option<Vec<Page>> {
    let out = match Command::new("pdftohtml")
        .args(["-xml", "-i", "-q", "-stdout"])
        .arg(pdf)
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftohtml is not installed (CI=true): install poppler-utils"
            );
            eprintln!("pdftohtml is not installed; skipping the layout checks");
            return None;
        }
    };
    assert!(out.status.success());
    let xml = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut fonts = std::collections::HashMap::new();
    let mut pages = Vec::new();
    for line in xml.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push(Page {
                height: attr(line, "height").parse().unwrap_or(0.0),
                texts: Vec::new(),
            });
        } else if line.starts_with("<fontspec ") {
            fonts.insert(
                attr(line, "id"),
                (
                    attr(line, "size").parse::<f64>().unwrap_or(0.0),
                    attr(line, "color"),
                ),
            );
        } else if line.starts_with("<text ") {
            let (size, color) = fonts.get(&attr(line, "font")).cloned().unwrap_or_default();
            let body = &line[line.find('>').map_or(0, |i| i + 1)..];
            let text = strip_tags(body.trim_end_matches("</text>"));
            if let Some(p) = pages.last_mut() {
                p.texts.push(Text {
                    top: attr(line, "top").parse().unwrap_or(0.0),
                    left: attr(line, "left").parse().unwrap_or(0.0),
                    height: attr(line, "height").parse().unwrap_or(0.0),
                    size,
                    color,
                    text,
                });
            }
        }
    }
    for p in &mut pages {
        p.texts.sort_by(|a, b| a.top.total_cmp(&b.top));
    }
    Some(pages)
}

/// Section headings: red text in the heading sizes (20, 16, 14 pt).
fn is_section_heading(t: &Text) -> bool {
    t.color == "#b8232f" && [30.0, 24.0, 21.0].contains(&t.size)
}

/// The running header's region path: small grey text at the page top, right of centre.
fn header_path(p: &Page) -> Option<&str> {
    p.texts
        .iter()
        .find(|t| t.top < 80.0 && t.left > 300.0 && t.size <= 12.0)
        .map(|t| t.text.as_str())
}

/// The footer line (`第 N 页 / 共 M 页`).
fn footer_top(p: &Page) -> f64 {
    p.texts
        .iter()
        .rev()
        .find(|t| t.text.starts_with("第 ") && t.text.contains(" 页 / 共 "))
        .map_or(p.height, |t| t.top)
}

fn example_booklet(out: &Path) -> PathBuf {
    xiaokang::build(&BuildOptions {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        out: Some(out.to_path_buf()),
        drafts: false,
        booklet_only: true,
        pdfs: true,
    })
    .unwrap_or_else(|d| panic!("the example booklet should build:\n{d}"));
    out.join("booklet/booklet.pdf")
}

#[test]
fn no_heading_ends_a_page_the_running_header_is_the_section_in_effect_and_pages_are_full() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = example_booklet(&tmp.path().join("out"));
    let Some(pages) = pages(&pdf) else { return };
    // The body starts below the header: 25 mm = 106 px at 1.5 px a point.
    let body_top = 25.0 / 25.4 * 72.0 * 1.5;
    let mut in_effect: Option<String> = None;
    let mut checked = 0;
    for (n, p) in pages.iter().enumerate().skip(2) {
        let foot = footer_top(p);
        let headings: Vec<&Text> = p.texts.iter().filter(|t| is_section_heading(t)).collect();
        // A section starting at the very top of the page is in effect for it.
        if let Some(h) = headings.first().filter(|h| h.top <= body_top + 40.0) {
            in_effect = Some(h.text.clone());
        }
        if let (Some(path), Some(name)) = (header_path(p), in_effect.as_deref()) {
            assert!(
                path.ends_with(name),
                "page {}: the running header says `{path}`, but the section in effect at its top is {name}",
                n + 1
            );
            checked += 1;
        }
        for h in &headings {
            let below = p
                .texts
                .iter()
                .any(|t| t.top > h.top + h.height && t.top < foot - 1.0);
            assert!(
                below,
                "page {}: the heading {} ends the page with nothing under it",
                n + 1,
                h.text
            );
        }
        if let Some(last) = headings.last() {
            in_effect = Some(last.text.clone());
        }
    }
    assert!(checked >= 20, "only {checked} running headers were read");

    // No page is more than half white while content follows, except the last page of a
    // chapter (the next top-level region opens a new page). Charts and tables carry text
    // to their foot (axis labels, captions, source lines), so text marks how far a page is set.
    for (n, p) in pages.iter().enumerate().skip(2) {
        let Some(next) = pages.get(n + 1) else { break };
        let chapter_next = next
            .texts
            .iter()
            .any(|t| is_section_heading(t) && t.size == 30.0 && t.top <= body_top + 40.0);
        if chapter_next {
            continue;
        }
        let foot = footer_top(p);
        let last = p
            .texts
            .iter()
            .filter(|t| t.top < foot - 1.0)
            .map(|t| t.top + t.height)
            .fold(0.0, f64::max);
        let filled = (last - body_top) / (foot - body_top);
        assert!(
            filled >= 0.5,
            "page {} is set only {:.0}% down while content follows",
            n + 1,
            filled * 100.0
        );
    }
}

#[test]
fn each_region_has_a_briefing_linked_from_its_page_with_the_pages_figures() {
    let f = Fixture::example();
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    for id in [
        "luqu",
        "kangle",
        "baiyinqu",
        "kezuohouqi",
        "delingha",
        "gansu",
    ] {
        let pdf = f.out().join(format!("booklet/{id}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap_or_else(|_| panic!("no booklet/{id}.pdf"));
        assert!(bytes.starts_with(b"%PDF-"));
        assert_has(
            &f.read(&format!("regions/{id}/index.html")),
            &[&format!(
                "<a href=\"../../booklet/{id}.pdf\" download>下载简报（PDF）</a>"
            )],
        );
    }
    let Some(pages) = pages(&f.out().join("booklet/luqu.pdf")) else {
        return;
    };
    let text: String = pages
        .iter()
        .flat_map(|p| p.texts.iter().map(|t| t.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    // The page's key figures and their source, as the page prints them.
    let page = f.read("regions/luqu/index.html");
    assert_has(&page, &["8231万元", "1.55亿元"]);
    assert_has(
        &text,
        &[
            "脱贫攻坚工作简报",
            "第1期",
            "碌曲县",
            "主要数据",
            "8231万元",
            "1.55亿元",
            "数据来源：",
        ],
    );
    assert!((2..=8).contains(&pages.len()), "{} pages", pages.len());
}

#[test]
fn a_series_of_one_value_is_a_key_figure_in_the_booklet_not_a_chart() {
    let f = Fixture::example();
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    // 白银区 published one poverty rate (2014): its card, on the page as in the booklet's
    // HTML twin, and no one-dot chart in either.
    let page = f.read("regions/baiyinqu/index.html");
    assert!(!page.contains("id=\"baiyinqu-poverty-rate\""));
    assert_has(&page, &["<strong class=\"figure-value\">8.61%</strong>"]);
    let twin = f.read("booklet/index.html");
    assert_has(&twin, &["<strong class=\"figure-value\">8.61%</strong>"]);
    assert!(
        !twin.contains("id=\"bk-baiyinqu-poverty-rate\""),
        "the one-value chart is drawn in the booklet"
    );
}

#[test]
fn a_booklet_in_volumes_lists_them_with_their_pages() {
    let f = Fixture::example();
    f.write(
        "content/site.yaml",
        &std::fs::read_to_string(f.root().join("content/site.yaml"))
            .unwrap()
            .replace(
                "regions: all }",
                "regions: all, volume: 5, briefings: none }",
            ),
    );
    let r = f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let stats = r.booklet.expect("booklet stats");
    assert!(stats.volumes >= 4, "{} files", stats.volumes);
    for n in 1..stats.volumes {
        assert!(
            f.out().join(format!("booklet/volume-{n:02}.pdf")).is_file(),
            "no volume {n}"
        );
    }
    assert!(!f.out().join("booklet/luqu.pdf").exists());
    let Some(pages) = pages(&f.out().join("booklet/booklet.pdf")) else {
        return;
    };
    let text: String = pages
        .iter()
        .flat_map(|p| p.texts.iter().map(|t| t.text.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    assert_has(&text, &["分册目录", "第1册", "volume-01.pdf", "动态"]);
}
