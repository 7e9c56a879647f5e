//! The briefing booklet: the example site's PDF has the Chinese headings and the seeds'
//! figures in its text layer, its outline mirrors the region tree, builds are
//! byte-identical, story text is escaped, and bad `booklet:` settings are reported.

use crate::common::{assert_has, Fixture};
use std::path::{Path, PathBuf};
use std::process::Command;
use xiaokang::BuildOptions;

/// Runs a poppler tool, or returns None when it is not installed (`.ci/run` installs it).
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(pdf);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().ok()?;
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn pdf_text(pdf: &Path) -> Option<String> {
    poppler("pdftotext", &[], pdf)
}

fn build_example_booklet(out: &Path) -> xiaokang::BuildReport {
    xiaokang::build(&BuildOptions {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        out: Some(out.to_path_buf()),
        drafts: false,
        booklet_only: true,
        pdfs: true,
    })
    .unwrap_or_else(|d| panic!("the example booklet should build:\n{d}"))
}

#[test]
fn example_booklet_has_headings_figures_pages_and_outline() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("output");
    let report = build_example_booklet(&out);
    let stats = report.booklet.expect("booklet stats");
    let pdf = out.join("booklet/booklet.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert_eq!(stats.pdf_bytes, bytes.len());
    // Cover, contents, overview and 13 region sections with charts and tables.
    assert!((20..=60).contains(&stats.pages), "{} pages", stats.pages);
    assert!(out.join("booklet/index.html").is_file());
    assert!(!out.join("booklet/.xiaokang-output").exists());
    assert!(out.join(".xiaokang-output").is_file());

    let Some(text) = pdf_text(&pdf) else {
        // On CI the tool is installed by .ci/run: a skip there would hide a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is not installed (CI=true): install poppler-utils"
        );
        eprintln!("pdftotext is not installed; skipping the text-layer checks");
        return;
    };
    assert_has(
        &text,
        &[
            "脱贫攻坚进展报告",
            "目录",
            "概况",
            "甘肃省",
            "碌曲县",
            "白银区",
            "康乐县",
            "科左后旗",
            "德令哈市",
            "主要数据",
            "数据表",
            // Seeds' key figures, formatted as on the site, with no space before the unit.
            "8231万元",
            "4.34亿元",
            "1.23%",
            "13065户",
            // Qualified figures as the reports wrote them, and where each came from.
            "近5000万元",
            "3700余万元",
            "数据来源：",
            // The footer counts the main matter.
            &format!("第 1 页 / 共 {} 页", stats.pages - 2),
        ],
    );
    assert!(
        !text.contains("8231 万元"),
        "CJK–Latin spacing split a figure"
    );

    let info = poppler("pdfinfo", &[], &pdf).unwrap();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(&stats.pages.to_string())),
        "{info}"
    );
    assert!(info.contains("A4"), "{info}");

    // The outline (bookmarks) mirrors the region tree: county inside prefecture inside province.
    let xml = poppler("pdftohtml", &["-xml", "-i", "-q", "-stdout"], &pdf).unwrap();
    let outline = &xml[xml.find("<outline>").expect("an outline")..];
    let item = |name: &str| {
        outline
            .find(&format!(">{name}</item>"))
            .unwrap_or_else(|| panic!("{name} not in the outline:\n{outline}"))
    };
    let depth_at = |pos: usize| {
        let before = &outline[..pos];
        before.matches("<outline>").count() - before.matches("</outline>").count()
    };
    assert_eq!(depth_at(item("概况")), 1);
    assert_eq!(depth_at(item("甘肃省")), 1);
    assert_eq!(depth_at(item("甘南藏族自治州")), 2);
    assert_eq!(depth_at(item("碌曲县")), 3);
    assert!(item("甘肃省") < item("甘南藏族自治州") && item("甘南藏族自治州") < item("碌曲县"));
    assert_eq!(depth_at(item("科左后旗")), 3);
}

#[test]
fn booklet_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    build_example_booklet(&a);
    build_example_booklet(&b);
    for f in ["booklet/booklet.pdf", "booklet/index.html"] {
        assert!(
            std::fs::read(a.join(f)).unwrap() == std::fs::read(b.join(f)).unwrap(),
            "{f} differs between two builds"
        );
    }
}

const TRICKY: &str = "---
title: \"特殊字符 #测试 $x$\"
summary: 摘要
date: 2018-12-05
---

井号 #let x = 1 和美元 $5$ 星号 *不是强调* 下划线 _a_b_ 艾特 @ref 尖括号 <tag> 方括号 [x](https://example.gov.cn/x_y) 反斜杠 \\\\ 反引号 `code` 注释 // 不是注释 /* 也不是 */ 链接 https://example.gov.cn/a_b 波浪 ~ 等号 = 加号 + 减号 - 点 1. 完。

# 标题里也有 #号 和 $符号$

| 列 | 值 |
|---|---:|
| #a | $1 |

- 列表 *项* [^1]

[^1]: 脚注 #内容
";

#[test]
fn story_text_is_escaped_never_run() {
    let f = Fixture::new();
    f.write("content/regions/sheng/xian/index.md", TRICKY);
    let r = f
        .build_with_pdfs()
        .unwrap_or_else(|d| panic!("should build:\n{d}"));
    assert!(r.booklet.is_some_and(|b| b.pages > 3));
    let html = f.read("booklet/index.html");
    assert!(html.contains("特殊字符 #测试 $x$"), "{html}");
    let Some(text) = pdf_text(&f.out().join("booklet/booklet.pdf")) else {
        return;
    };
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_has(
        &flat,
        &[
            "特殊字符 #测试 $x$",
            "#let x = 1",
            "$5$",
            "不是强调",
            "下划线 a_b",
            "@ref",
            "<tag>",
            "// 不是注释 /* 也不是 */",
            "https://example.gov.cn/a_",
            "标题里也有 #号 和 $符号$",
            "#a",
            "$1",
            "脚注 #内容",
        ],
    );
}

#[test]
fn a_character_no_font_has_is_named_in_a_warning() {
    let f = Fixture::new();
    // U+2A6D6 (CJK extension B) is not in WenQuanYi Micro Hei.
    f.write(
        "content/regions/sheng/xian/index.md",
        "---\ntitle: 生僻字\n---\n\n这里有一个生僻字：\u{2A6D6}。\n",
    );
    let r = f
        .build_with_pdfs()
        .unwrap_or_else(|d| panic!("should build:\n{d}"));
    let warnings = r.diagnostics.to_string();
    assert_has(
        &warnings,
        &["no available font has", "\u{2A6D6}", "U+2A6D6", "fonts/"],
    );
}

#[test]
fn a5_summaries_and_a_subtree_make_a_smaller_booklet() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nlanguage: zh-CN\nbooklet: { paper: A5, margins: 15mm, regions: xian, stories: summary }\n",
    );
    f.write(
        "content/regions/sheng/xian/index.md",
        "---\ntitle: 县里的报道\nsummary: 只印摘要。\n---\n\n正文不该出现在小册子里。\n",
    );
    let r = f
        .build_with_pdfs()
        .unwrap_or_else(|d| panic!("should build:\n{d}"));
    assert!(r.booklet.is_some_and(|b| b.pages > 2));
    let Some(text) = pdf_text(&f.out().join("booklet/booklet.pdf")) else {
        return;
    };
    assert_has(&text, &["测试县", "只印摘要"]);
    assert!(!text.contains("正文不该出现"));
    let xml = poppler(
        "pdftohtml",
        &["-xml", "-i", "-q", "-stdout"],
        &f.out().join("booklet/booklet.pdf"),
    )
    .unwrap();
    assert!(xml.contains(">测试县</item>"), "{xml}");
    assert!(
        !xml.contains(">测试省</item>"),
        "the province is outside the subtree"
    );
    let info = poppler("pdfinfo", &[], &f.out().join("booklet/booklet.pdf")).unwrap();
    assert!(
        info.contains("419.5"),
        "not A5 (148 mm = 419.5 pt wide): {info}"
    );
}

fn with_booklet(settings: &str) -> String {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nbooklet: {settings}\n"),
    );
    f.errors()
}

#[test]
fn bad_booklet_settings_are_reported_with_place_and_hint() {
    assert_has(
        &with_booklet("{ paper: A3 }"),
        &["unknown paper size `A3`", "site.yaml:2:", "`A4` or `A5`"],
    );
    assert_has(
        &with_booklet("{ stories: ful }"),
        &[
            "unknown `booklet.stories` setting `ful`",
            "did you mean `full`?",
        ],
    );
    assert_has(
        &with_booklet("{ papr: A4 }"),
        &["unknown key `papr` in `booklet`", "did you mean `paper`?"],
    );
    assert_has(
        &with_booklet("{ regions: [xian, xain] }"),
        &[
            "`booklet.regions` names `xain`",
            "site.yaml:2:",
            "did you mean `xian`?",
        ],
    );
    assert_has(
        &with_booklet("{ regions: shen }"),
        &["names `shen`", "did you mean `sheng`?"],
    );
    assert_has(
        &with_booklet("{ order: listed }"),
        &["`order: listed` needs `regions:` to be a list"],
    );
    assert_has(
        &with_booklet("{ margins: 90mm }"),
        &["`booklet.margins`: `90mm` is not a margin"],
    );
    assert_has(
        &with_booklet("{ date: 2018-13-01 }"),
        &["`booklet.date`: `2018-13-01` is not a date"],
    );
    assert_has(
        &with_booklet("{ briefings: counties }"),
        &[
            "unknown `booklet.briefings` setting `counties`",
            "site.yaml:2:",
            "`all`, `leaves`, `parents` or `none`",
        ],
    );
    assert_has(
        &with_booklet("{ volume: 500 }"),
        &[
            "`booklet.volume` is not a number of regions from 1 to 200",
            "site.yaml:2:",
            "expected: the most regions one volume of the booklet holds",
            "hint: a larger volume needs more memory to typeset",
        ],
    );
}

#[test]
fn a_large_site_gets_no_booklet_or_briefings_unless_asked_and_is_told_how() {
    let f = Fixture::new();
    // 200 more counties with a name only (no figures, so the build stays quick).
    for n in 0..200 {
        f.write(
            &format!("content/regions/sheng/x{n}/region.yaml"),
            &format!("name: 第{n}县\n"),
        );
    }
    let r = f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &r.diagnostics.to_string(),
        &[
            "warning: the booklet or the regions' briefings were not made: the site has 202 regions, and above 200 they are made only when content/site.yaml asks",
            "hint: write `booklet: { regions: all, briefings: all }`",
        ],
    );
    assert!(r.booklet.is_none());
    assert!(!f.out().join("booklet").exists());
    assert!(!f.read("regions/xian/index.html").contains("下载简报"));
}

#[test]
fn check_validates_booklet_settings_without_typesetting() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nbooklet: { regions: [nowhere] }\n",
    );
    let d = xiaokang::check(f.root()).to_string();
    assert_has(&d, &["`booklet.regions` names `nowhere`"]);
}

#[test]
fn a_build_without_pdfs_makes_the_same_pages_and_only_the_pdfs_are_missing() {
    let f = Fixture::new();
    f.write("content/regions/sheng/xian/index.md", TRICKY);
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let with = crate::common::files(&f.out());
    let g = Fixture::new();
    g.write("content/regions/sheng/xian/index.md", TRICKY);
    g.build().unwrap_or_else(|d| panic!("{d}"));
    let without = crate::common::files(&g.out());
    // The Word files are made with the PDFs, beside them.
    let is_pdf = |p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "pdf" || x == "docx");
    let pdfs: Vec<_> = with.keys().filter(|p| is_pdf(p)).collect();
    assert!(
        pdfs.iter().any(|p| p.ends_with("booklet.pdf"))
            && pdfs.iter().any(|p| p.ends_with("booklet.docx"))
            && pdfs.len() >= 4,
        "{pdfs:?}"
    );
    assert!(!without.keys().any(is_pdf), "{:?}", without.keys());
    let differ: Vec<_> = with
        .iter()
        .filter(|(p, _)| !is_pdf(p) && !p.starts_with(".xiaokang"))
        .filter(|(p, bytes)| without.get(*p) != Some(*bytes))
        .map(|(p, _)| p)
        .collect();
    assert!(differ.is_empty(), "pages that differ: {differ:?}");
}
