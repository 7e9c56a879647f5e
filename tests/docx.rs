//! The editable Word files (`booklet/<id>.docx`, `booklet/booklet.docx`), read back part
//! by part: styles, page set-up, footers, 报头 and 报尾, pictures and their alt text; and
//! byte-identical from build to build. (LibreOffice and python-docx: `docx_convert`.)

use crate::common::docx::{attr, example, paragraphs, parts, style, tags, text};
use crate::common::{assert_has, Fixture};
use std::collections::BTreeMap;

#[test]
fn every_briefing_and_the_booklet_have_a_word_file_beside_their_pdf() {
    let (_, out) = example();
    let booklet = out.join("booklet");
    let mut pdfs = 0;
    for entry in std::fs::read_dir(&booklet).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "pdf") {
            pdfs += 1;
            let docx = path.with_extension("docx");
            assert!(docx.is_file(), "no {} beside its PDF", docx.display());
            let p = parts(&docx);
            for part in [
                "[Content_Types].xml",
                "word/document.xml",
                "word/styles.xml",
                "word/settings.xml",
            ] {
                assert!(p.contains_key(part), "{} has no {part}", docx.display());
            }
        }
    }
    assert!(pdfs >= 14, "only {pdfs} PDFs");
}

#[test]
fn the_briefing_has_the_jianbao_styles_page_and_footers() {
    let (_, out) = example();
    let p = parts(&out.join("booklet/luqu.docx"));
    let styles = text(&p, "word/styles.xml");
    // One Normal, the default: 仿宋 3号 on the 22-line pitch, condensed to 28 a line.
    assert_eq!(styles.matches("w:styleId=\"Normal\"").count(), 1);
    let normal = style(&styles, "Normal");
    assert_has(
        normal,
        &[
            "w:default=\"1\"",
            "w:eastAsia=\"仿宋\"",
            "<w:sz w:val=\"32\" />",
            "w:line=\"579\" w:lineRule=\"exact\"",
            "<w:spacing w:val=\"-5\" />",
        ],
    );
    // Word's heading names and outline levels, in 黑体, 楷体, 仿宋, 仿宋.
    for (level, font) in [(1, "黑体"), (2, "楷体"), (3, "仿宋"), (4, "仿宋")] {
        let h = style(&styles, &format!("Heading{level}"));
        assert_has(
            h,
            &[
                &format!("<w:name w:val=\"heading {level}\" />"),
                &format!("<w:outlineLvl w:val=\"{}\" />", level - 1),
                &format!("w:eastAsia=\"{font}\""),
                "<w:sz w:val=\"32\" />",
            ],
        );
    }
    assert_has(
        style(&styles, "Footer"),
        &["w:eastAsia=\"宋体\"", "<w:sz w:val=\"28\" />"],
    );
    // A4; margins top 37, left 28, right 26, bottom 35 mm; 22 lines of 579 twips.
    let doc = text(&p, "word/document.xml");
    assert_has(
        &doc,
        &[
            "<w:pgSz w:w=\"11906\" w:h=\"16838\" />",
            "w:top=\"2098\"",
            "w:left=\"1587\"",
            "w:right=\"1474\"",
            "w:bottom=\"1984\"",
            "<w:docGrid w:type=\"lines\" w:linePitch=\"579\" />",
            "<w:footerReference w:type=\"default\"",
            "<w:footerReference w:type=\"even\"",
        ],
    );
    assert!(text(&p, "word/settings.xml").contains("<w:evenAndOddHeaders />"));
    // "— PAGE —": odd pages at the right, even pages at the left.
    for (footer, side) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
        let xml = text(&p, footer);
        assert_has(
            &xml,
            &[
                &format!("<w:jc w:val=\"{side}\" />"),
                "<w:instrText>PAGE</w:instrText>",
                "— </w:t>",
                "> —</w:t>",
            ],
        );
    }
    // The fonts named, each with the one to take when it is missing.
    assert_has(
        &text(&p, "word/fontTable.xml"),
        &[
            "<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\" />",
            "<w:font w:name=\"仿宋\"><w:altName w:val=\"FangSong\" />",
        ],
    );
}

#[test]
fn the_briefing_holds_its_sections_figures_tables_and_charts() {
    let (_, out) = example();
    let p = parts(&out.join("booklet/luqu.docx"));
    let doc = text(&p, "word/document.xml");
    let paras = paragraphs(&doc);
    let all: String = paras
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    // 报头 (the example's: 内部资料, its title and 期号), the region as the title, its parts
    // as headings numbered 一、二、.
    let first: Vec<&str> = paras
        .iter()
        .map(|(_, t)| t.as_str())
        .filter(|t| !t.is_empty())
        .take(3)
        .collect();
    assert_eq!(first, ["内部资料", "脱贫攻坚工作简报", "第1期"]);
    assert!(paras.contains(&("Title".to_string(), "碌曲县".to_string())));
    for h in ["一、主要数据", "二、数据表"] {
        assert!(
            paras.contains(&("Heading1".to_string(), h.to_string())),
            "no heading 1 {h}: {paras:?}"
        );
    }
    // The seeds' figures as written (碌曲县: 8231万元 special funds, 7218 houses).
    assert_has(
        &all,
        &["8231万元", "1.55亿元", "7218", "图1　碌曲县资金投入", "表1"],
    );
    // Tables are Word tables.
    assert!(doc.matches("<w:tbl>").count() >= 3, "too few tables");
    // Pictures: one PNG each, numbered, described, at print resolution.
    let prs = tags(&doc, "wp:docPr");
    let media: Vec<&String> = p.keys().filter(|k| k.starts_with("word/media/")).collect();
    assert!(!prs.is_empty());
    // A chart shown twice (in its section and in a story) is one PNG, shown twice.
    let pngs = media.iter().filter(|k| k.ends_with(".png")).count();
    assert!(
        pngs > 0 && pngs <= prs.len(),
        "{pngs} PNGs for {} pictures",
        prs.len()
    );
    for (k, pr) in prs.iter().enumerate() {
        assert_eq!(attr(pr, "id"), Some((k + 1).to_string()), "{pr}");
        let alt = attr(pr, "descr").unwrap_or_default();
        assert!(alt.chars().count() > 4, "no alt text: {pr}");
    }
    let first = attr(prs[0], "descr").unwrap();
    assert!(
        first.contains("8231万元"),
        "the alt text holds the figures: {first}"
    );
    for m in media.iter().filter(|k| k.ends_with(".png")) {
        let png = &p[*m];
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        // 300 dpi across the 156 mm text block.
        assert!(width >= 1800, "{m} is {width} px wide");
    }
    // Paragraph ids count from 1 in document order, whatever thread wrote the file.
    let ids: Vec<String> = tags(&doc, "w:p")
        .iter()
        .filter_map(|t| attr(t, "w14:paraId"))
        .collect();
    assert!(ids.len() > 20);
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "paragraph ids repeat");
    assert!(ids
        .iter()
        .all(|i| u32::from_str_radix(i, 16).is_ok_and(|n| n > 0 && n < 0x8000_0000)));
}

#[test]
fn word_files_are_byte_identical_from_build_to_build() {
    let (_, first) = example();
    let again = Fixture::example();
    again.build_with_pdfs().expect("builds");
    let mut compared = 0;
    for entry in std::fs::read_dir(first.join("booklet")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "docx") {
            let name = path.file_name().unwrap();
            let other = again.out().join("booklet").join(name);
            assert!(
                std::fs::read(&path).unwrap() == std::fs::read(&other).unwrap(),
                "{} differs between two builds",
                name.to_string_lossy()
            );
            compared += 1;
        }
    }
    assert!(compared >= 14, "only {compared} Word files");
}

/// A briefing of the small fixture site with `booklet` settings, built with its PDF.
fn fixture_briefing(booklet: &str) -> (Fixture, BTreeMap<String, Vec<u8>>) {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\npublisher: 测试县扶贫办\nlanguage: zh-CN\nbooklet:\n{booklet}"),
    );
    f.build_with_pdfs()
        .unwrap_or_else(|d| panic!("the site should build:\n{d}"));
    let p = parts(&f.out().join("booklet/xian.docx"));
    (f, p)
}

#[test]
fn the_masthead_and_tail_print_the_sites_words_in_order() {
    let (_, p) = fixture_briefing(
        "  date: 2020-12-31\n  jianbao:\n    title: 脱贫攻坚工作简报\n    issue: 12\n    issues: { xian: 3 }\n    internal: true\n    report_to: [省扶贫办]\n    send_to: [州委办公室, 州政府办公室]\n    issue_to: 各乡镇\n    copies: 200\n",
    );
    let doc = text(&p, "word/document.xml");
    let texts: Vec<String> = paragraphs(&doc)
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| !t.is_empty())
        .collect();
    let at = |needle: &str| {
        texts
            .iter()
            .position(|t| t == needle)
            .unwrap_or_else(|| panic!("no paragraph {needle}: {texts:?}"))
    };
    // 内部资料, the red title, its own 期号, office and date on one line, the region.
    let order = [
        at("内部资料"),
        at("脱贫攻坚工作简报"),
        at("第3期"),
        at("测试县扶贫办2020年12月31日"),
        at("测试县"),
        at("报：省扶贫办"),
        at("送：州委办公室，州政府办公室"),
        at("发：各乡镇"),
        at("（共印200份）"),
    ];
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "{order:?} in {texts:?}"
    );
    assert!(
        doc.contains("<w:color w:val=\"E60012\" />"),
        "the title is red"
    );
    // The red rule under the 报头.
    assert!(doc.contains("w:color=\"E60012\""), "no red rule");
}

#[test]
fn a_report_form_briefing_has_a_band_and_centred_page_numbers() {
    let (_, p) = fixture_briefing("  form: report\n");
    let doc = text(&p, "word/document.xml");
    let texts: Vec<String> = paragraphs(&doc).into_iter().map(|(_, t)| t).collect();
    assert!(texts.iter().any(|t| t == "测试站 · 情况简报"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t == "工作简报"),
        "no 报头 in a report"
    );
    assert!(paragraphs(&doc).contains(&("Heading1".to_string(), "测试县".to_string())));
    let footer = text(&p, "word/footer1.xml");
    assert_has(
        &footer,
        &[
            "<w:jc w:val=\"center\" />",
            "第 </w:t>",
            "<w:instrText>PAGE</w:instrText>",
            "<w:instrText>NUMPAGES</w:instrText>",
        ],
    );
    assert!(!p.contains_key("word/footer2.xml"));
    assert!(!text(&p, "word/settings.xml").contains("evenAndOddHeaders"));
}
