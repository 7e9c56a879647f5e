//! The Word files as other programs read them: LibreOffice converts the briefing and the
//! booklet to PDF within a page of the PDF's count, with every figure the PDF prints, and
//! python-docx reads the headings back as Word's Heading styles. Both fail under CI=true
//! when the program is missing (.ci/run installs them), and skip elsewhere.

use crate::common::assert_has;
use crate::common::docx::{attr, example, parts, tags, text};
use std::path::{Path, PathBuf};
use std::process::Command;

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
    // Every Word file of the example: the 14 regions' briefings and the booklet.
    let mut names: Vec<String> = std::fs::read_dir(out.join("booklet"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let docx = p.extension().is_some_and(|x| x == "docx");
            docx.then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 14, "{names:?}");
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
    let mut compared = 0;
    for n in &names {
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
        compared += pdf_figures.len();
        let missing: Vec<&String> = pdf_figures
            .iter()
            .filter(|f| !held.contains(f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{n}: figures of the PDF not in the Word file: {missing:?}"
        );
    }
    // The seeds' figures: hundreds across the briefings and the booklet.
    assert!(compared > 200, "only {compared} figures compared");
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
