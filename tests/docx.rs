//! The editable Word files (`booklet/<id>.docx`, `booklet/booklet.docx`): read back part
//! by part (styles, page set-up, footers, 报头 and 报尾, pictures and their alt text),
//! byte-identical from build to build, converted by LibreOffice to within a page of the
//! PDF with every figure of the PDF, and their headings read back by python-docx.

use crate::common::{assert_has, Fixture};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The example site built once with its PDFs and Word files, shared by this module's tests.
fn example() -> &'static (Fixture, PathBuf) {
    static BUILT: OnceLock<(Fixture, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let f = Fixture::example();
        f.build_with_pdfs()
            .unwrap_or_else(|d| panic!("the example should build:\n{d}"));
        let out = f.out();
        (f, out)
    })
}

/// Every part of a Word file, by name.
fn parts(docx: &Path) -> BTreeMap<String, Vec<u8>> {
    let bytes = std::fs::read(docx).unwrap_or_else(|e| panic!("{}: {e}", docx.display()));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.insert(entry.name().expect("a UTF-8 name").to_string(), data);
    }
    out
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone(),
    )
    .unwrap()
}

/// XML text with its five entities read back.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the start tag `tag` (`<w:pStyle w:val="x" />`).
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')?;
    Some(unescape(&tag[at..at + end]))
}

/// The paragraphs of `document.xml` (table cells' too), in order: style id and text.
fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<w:p ").or_else(|| rest.find("<w:p>")) {
        let body = &rest[at..];
        let end = body.find("</w:p>").unwrap_or(body.len());
        let p = &body[..end];
        let style = p
            .find("<w:pStyle ")
            .and_then(|s| attr(&p[s..s + p[s..].find("/>").unwrap_or(0)], "w:val"))
            .unwrap_or_default();
        let mut t = String::new();
        let mut r = p;
        while let Some(s) = r.find("<w:t") {
            let after = &r[s..];
            let open = after.find('>').unwrap_or(0);
            if after.as_bytes().get(4) != Some(&b' ') && after.as_bytes().get(4) != Some(&b'>') {
                r = &after[4..];
                continue;
            }
            let close = after.find("</w:t>").unwrap_or(open + 1);
            t.push_str(&unescape(&after[open + 1..close]));
            r = &after[close..];
        }
        out.push((style, t));
        rest = &body[end.min(body.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    out
}

/// The start tags named `name` in `xml`.
fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    xml.match_indices(&open)
        .map(|(i, _)| &xml[i..i + xml[i..].find('>').unwrap_or(0) + 1])
        .collect()
}

/// The style element of `id` in `styles.xml`.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let key = format!("w:styleId=\"{id}\"");
    let at = styles.find(&key).unwrap_or_else(|| panic!("no style {id}"));
    let start = styles[..at].rfind("<w:style ").unwrap();
    let end = at + styles[at..].find("</w:style>").unwrap();
    &styles[start..end]
}

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
            "<w:instrText>PAGE</w:instrText>",
        ],
    );
    assert!(!p.contains_key("word/footer2.xml"));
    assert!(!text(&p, "word/settings.xml").contains("evenAndOddHeaders"));
}

/// Whether a test that needs `tool` must fail rather than skip: under CI=true.
fn required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Text of a PDF (pdftotext), and its page count (pdfinfo).
fn pdf_text_and_pages(pdf: &Path) -> Option<(String, usize)> {
    let text = Command::new("pdftotext").arg(pdf).arg("-").output().ok()?;
    let info = Command::new("pdfinfo").arg(pdf).output().ok()?;
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())?;
    Some((String::from_utf8_lossy(&text.stdout).into_owned(), pages))
}

/// The figures of a text: numbers with their unit (`8231万元`, `11%`, `1.23%`, `146个`)
/// and long bare numbers, as printed; page numbers and chart ticks are no figures.
fn figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit()
            || (i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',') {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        let number = number.trim_end_matches(['.', ',']).to_string();
        let mut unit = String::new();
        let mut j = i;
        if matches!(chars.get(j), Some('万' | '亿')) {
            unit.push(chars[j]);
            j += 1;
        }
        if chars.get(j) == Some(&'公') && chars.get(j + 1) == Some(&'里') {
            unit.push_str("公里");
        } else if let Some(c) = chars.get(j).filter(|c| "元人户%个村项亩吨所".contains(**c))
        {
            unit.push(*c);
        }
        let digits = number.chars().filter(char::is_ascii_digit).count();
        if !unit.is_empty() {
            out.push(format!("{number}{unit}"));
        } else if digits >= 5 && !number.contains(',') && !round(&number) {
            out.push(number);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A chart's axis tick: a digit or two and zeros (`10000`, `15000`).
fn round(number: &str) -> bool {
    number.ends_with("000") && number.trim_end_matches('0').len() <= 2
}

#[test]
fn the_figure_finder_takes_figures_not_page_numbers() {
    assert_eq!(
        figures(
            "第1页/共5页 资金8231万元，11%降到1.23%，146个项目，34261人，2014年，图1，10000，13065"
        ),
        vec!["1.23%", "11%", "13065", "146个", "34261人", "8231万元"]
    );
}

#[test]
fn libreoffice_converts_each_word_file_close_to_its_pdf() {
    let (_, out) = example();
    let lo = tempfile::tempdir().unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        lo.path().display()
    );
    let names = ["luqu", "booklet"];
    let files: Vec<PathBuf> = names
        .iter()
        .map(|n| out.join("booklet").join(format!("{n}.docx")))
        .collect();
    let run = Command::new("soffice")
        .arg(&profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(lo.path())
        .args(&files)
        .output();
    let Ok(run) = run else {
        assert!(
            !required(),
            "soffice is not installed (CI=true): install libreoffice-writer"
        );
        eprintln!("soffice is not installed; skipping the LibreOffice check");
        return;
    };
    let log =
        String::from_utf8_lossy(&run.stderr).into_owned() + &String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success() && !log.contains("Error"),
        "LibreOffice failed: {log}"
    );
    for n in names {
        let converted = lo.path().join(format!("{n}.pdf"));
        assert!(converted.is_file(), "LibreOffice made no {n}.pdf: {log}");
        let Some((lo_text, lo_pages)) = pdf_text_and_pages(&converted) else {
            assert!(!required(), "pdftotext is not installed (CI=true)");
            return;
        };
        let (pdf_text, pdf_pages) =
            pdf_text_and_pages(&out.join(format!("booklet/{n}.pdf"))).unwrap();
        assert!(
            lo_pages.abs_diff(pdf_pages) <= 1,
            "{n}: the Word file runs to {lo_pages} pages in LibreOffice, the PDF to {pdf_pages}"
        );
        // Every figure the PDF prints is in the Word file: its text, or a chart's alt text.
        let doc = text(
            &parts(&out.join(format!("booklet/{n}.docx"))),
            "word/document.xml",
        );
        let alts: String = tags(&doc, "wp:docPr")
            .iter()
            .filter_map(|t| attr(t, "descr"))
            .collect::<Vec<_>>()
            .join("\n");
        let held = format!("{lo_text}\n{alts}").replace([' ', '\n'], "");
        let pdf_figures = figures(&pdf_text);
        assert!(pdf_figures.len() > 10, "{n}: only {pdf_figures:?}");
        let missing: Vec<&String> = pdf_figures
            .iter()
            .filter(|f| !held.contains(f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{n}: figures of the PDF not in the Word file: {missing:?}"
        );
    }
}

#[test]
fn python_docx_reads_the_headings_back_as_heading_styles() {
    let (_, out) = example();
    let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.style.name.startswith("Heading") or p.style.name == "Title":
        print(p.style.name + "\t" + p.text)
n = d.styles["Normal"]
print("Normal\t%s\t%s" % (n.font.size.pt, n.element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")))
"#;
    let run = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(out.join("booklet/luqu.docx"))
        .output();
    let run = match run {
        Ok(r) if r.status.success() => r,
        r => {
            let why = r.map(|r| String::from_utf8_lossy(&r.stderr).into_owned());
            assert!(
                !required(),
                "python-docx could not read the file (CI=true): {why:?}"
            );
            eprintln!("python-docx is not available; skipping: {why:?}");
            return;
        }
    };
    let lines = String::from_utf8_lossy(&run.stdout).into_owned();
    assert_has(
        &lines,
        &[
            "Title\t碌曲县",
            "Heading 1\t一、主要数据",
            "Heading 1\t二、数据表",
            "Heading 1\t三、报道",
            "Heading 2\t（一）碌曲县：",
            "Normal\t16.0\t仿宋",
        ],
    );
    assert!(
        lines.lines().any(|l| l.starts_with("Heading 2\t")),
        "{lines}"
    );
}
