//! The 简报 form read back from the PDF (`pdftotext -bbox-layout`, `pdffonts`): the GB/T
//! 9704 text block and its 22 × 28 grid, page numbers by parity, the 报头 and 报尾 with the
//! configured words, fonts by role, the report form by a setting, byte-identical builds.

use crate::common::{assert_has, Fixture};

/// One line of text as `pdftotext -bbox-layout` places it, in mm from the page's top left.
#[derive(Debug, Clone)]
struct Line {
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
    text: String,
}

/// The lines of each page of `pdf`, or `None` when poppler is missing (never under CI).
fn pdf_lines(pdf: &std::path::Path) -> Option<Vec<Vec<Line>>> {
    let out = match std::process::Command::new("pdftotext")
        .args(["-bbox-layout"])
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "pdftotext is not installed (CI=true): install poppler-utils"
            );
            eprintln!("pdftotext is not installed; skipping the 简报 layout checks");
            return None;
        }
    };
    assert!(out.status.success(), "pdftotext failed");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let num = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        let at = tag.find(&key).expect("attribute") + key.len();
        let v = &tag[at..at + tag[at..].find('"').expect("closing quote")];
        v.parse::<f64>().expect("a number") * 25.4 / 72.0
    };
    let mut pages: Vec<Vec<Line>> = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let mut lines = Vec::new();
        for part in chunk.split("<line ").skip(1) {
            let tag = &part[..part.find('>').expect("tag end")];
            let body = &part[..part.find("</line>").unwrap_or(part.len())];
            let text: String = body
                .split("<word ")
                .skip(1)
                .filter_map(|w| Some(&w[w.find('>')? + 1..w.find("</word>")?]))
                .collect();
            lines.push(Line {
                x0: num(tag, "xMin"),
                x1: num(tag, "xMax"),
                y0: num(tag, "yMin"),
                y1: num(tag, "yMax"),
                text,
            });
        }
        pages.push(lines);
    }
    Some(pages)
}

/// The story's text: characters only, so a full line holds exactly 28 of them.
const STORY: &str = "这是一段只用来检验版心和行格的正文文字没有任何数字也没有标点符号它会一直写下去直到填满整整一行又一行";

/// A county whose story runs over pages of plain body text (no figures: the text only
/// fills the grid), with every 报头 and 报尾 setting written.
fn jianbao_site(extra: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!(
            "title: 测试站\npublisher: 测试县人民政府办公室\nbooklet:\n  date: 2020-12-31\n  jianbao:\n    title: 脱贫攻坚工作简报\n    issue: 12\n    issues: {{ xian: 7 }}\n    internal: 内部资料 注意保存\n    report_to: [省扶贫办, 市扶贫办]\n    send_to: 县委办公室\n    issue_to: 各乡镇\n    copies: 150\n{extra}"
        ),
    );
    let para = STORY.repeat(6);
    let body: String = (0..14).map(|_| format!("{para}。\n\n")).collect();
    f.write(
        "content/regions/sheng/xian/gongzuo.md",
        &format!("---\ntitle: 工作情况\ndate: 2020-12-31\n---\n\n{body}"),
    );
    f
}

#[test]
fn a_jianbao_keeps_the_gb9704_text_block_grid_and_page_numbers() {
    let f = jianbao_site("  fonts: { system: false }\n");
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let Some(pages) = pdf_lines(&f.out().join("booklet/xian.pdf")) else {
        return;
    };
    assert!(pages.len() >= 4, "{} pages", pages.len());
    let pitch = 225.0 / 22.0;
    let near = |a: f64, b: f64, tol: f64| (a - b).abs() <= tol;
    // The pages of the story's body text only.
    let story: std::collections::BTreeSet<char> = STORY.chars().chain(['。']).collect();
    let mut full_pages = 0;
    for (k, lines) in pages.iter().enumerate() {
        let n = k + 1;
        let (number, body): (Vec<&Line>, Vec<&Line>) =
            lines.iter().partition(|l| l.text.starts_with('—'));
        if !body
            .iter()
            .all(|l| l.text.chars().all(|c| story.contains(&c)))
        {
            continue;
        }
        assert_eq!(body.len(), 22, "page {n}: {} body lines", body.len());
        full_pages += 1;
        let top = body[0].y0;
        assert!(
            near(top, 37.0, 1.0),
            "page {n}: text starts {top:.2} mm down"
        );
        for w in body.windows(2) {
            assert!(near(w[1].y0 - w[0].y0, pitch, 0.05), "page {n}: {w:?}");
        }
        let height = body[21].y0 - top + pitch;
        assert!(
            near(height, 225.0, 1.0),
            "page {n}: block {height:.2} mm high"
        );
        // Odd pages bind on the left (28 mm), even ones on the right.
        let left = if n % 2 == 1 { 28.0 } else { 26.0 };
        let full: Vec<&&Line> = body
            .iter()
            .filter(|l| near(l.x0, left, 0.3) && l.text.chars().count() == 28)
            .collect();
        assert!(full.len() >= 18, "page {n}: {} full lines", full.len());
        for l in &full {
            assert!(near(l.x1 - l.x0, 156.0, 1.0), "page {n}: {l:?}");
        }
        // "— N —": 4号, its dash line ~7 mm below the block, one character in from the
        // block's outer edge.
        let [num] = number[..] else {
            panic!("page {n}: page numbers {number:?}")
        };
        assert_eq!(num.text, format!("—{n}—"), "page {n}");
        let middle = (num.y0 + num.y1) / 2.0;
        assert!(near(middle, 37.0 + 225.0 + 7.0, 1.5), "page {n}: {num:?}");
        let em = 14.0 * 25.4 / 72.0;
        if n % 2 == 1 {
            assert!(near(num.x1, left + 156.0 - em, 1.5), "page {n}: {num:?}");
        } else {
            assert!(near(num.x0, left + em, 1.5), "page {n}: {num:?}");
        }
    }
    assert!(full_pages >= 2, "{full_pages} pages of body text");
}

#[test]
fn a_jianbao_prints_its_masthead_and_tail_with_the_configured_words() {
    let f = jianbao_site("  fonts: { system: false }\n");
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let Some(pages) = pdf_lines(&f.out().join("booklet/xian.pdf")) else {
        return;
    };
    let first: Vec<&str> = pages[0].iter().map(|l| l.text.as_str()).collect();
    // 内部资料 at the top left, then the red title, the issue (xian's own), the office
    // at the left and the date at the right, then the document's title.
    let at = |t: &str| {
        pages[0]
            .iter()
            .find(|l| l.text.contains(t))
            .unwrap_or_else(|| panic!("no {t} on page 1: {first:?}"))
    };
    let mark = at("内部资料注意保存");
    let title = at("脱贫攻坚工作简报");
    let issue = at("第7期");
    let office = at("测试县人民政府办公室");
    let date = at("2020年12月31日");
    let heading = pages[0]
        .iter()
        .find(|l| l.text == "测试县")
        .expect("the county's name as the title");
    assert!(near_mm(mark.x0, 28.0) && mark.y0 < title.y0);
    assert!(title.y0 < issue.y0 && issue.y0 < office.y0 && office.y0 < heading.y0);
    assert!(near_mm(office.x0, 28.0), "{office:?}");
    assert!(near_mm(date.x1, 184.0), "{date:?}");
    assert!(near_mm((title.x0 + title.x1) / 2.0, 106.0), "{title:?}");
    let last: Vec<&str> = pages
        .last()
        .unwrap()
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    for want in [
        "报：省扶贫办，市扶贫办",
        "送：县委办公室",
        "发：各乡镇",
        "（共印150份）",
    ] {
        assert!(last.contains(&want), "no {want} on the last page: {last:?}");
    }
    // 报 above 送 above 发 above the copies, at the foot of the text block.
    let y = |t: &str| {
        pages
            .last()
            .unwrap()
            .iter()
            .find(|l| l.text == t)
            .unwrap()
            .y0
    };
    assert!(y("报：省扶贫办，市扶贫办") < y("送：县委办公室"));
    assert!(y("发：各乡镇") < y("（共印150份）"));
    assert!(y("（共印150份）") > 240.0 && y("（共印150份）") < 262.0);
}

fn near_mm(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1.5
}

#[test]
fn fonts_come_from_the_sites_folder_first_and_a_note_names_each_role() {
    let f = jianbao_site("  fonts: { fangsong: FandolSong, system: false }\n");
    let song = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/fonts/fandol/FandolSong-Regular.otf");
    f.write_bytes(
        "fonts/FandolSong-Regular.otf",
        &std::fs::read(song).unwrap(),
    );
    let report = f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let notes = report.diagnostics.to_string();
    assert_has(
        &notes,
        &[
            "fonts of the 简报",
            "仿宋: FandolSong (the site's fonts/ folder)",
            "楷体: FandolKai (built into xiaokang)",
            "黑体: WenQuanYi Micro Hei (built into xiaokang)",
            "小标宋: WenQuanYi Micro Hei (none installed; 黑体 stands in)",
        ],
    );
    let Ok(out) = std::process::Command::new("pdffonts")
        .arg(f.out().join("booklet/xian.pdf"))
        .output()
    else {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "no pdffonts");
        return;
    };
    let fonts = String::from_utf8_lossy(&out.stdout);
    assert!(fonts.contains("FandolSong"), "{fonts}");
    assert!(
        !fonts.contains("FandolFang"),
        "the body is not in the site's font: {fonts}"
    );
}

#[test]
fn the_report_form_is_still_there_by_a_setting_and_jianbaos_are_byte_identical() {
    let f = jianbao_site("  form: report\n  fonts: { system: false }\n");
    f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let report = std::fs::read(f.out().join("booklet/xian.pdf")).unwrap();
    let g = jianbao_site("  fonts: { system: false }\n");
    g.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let a = std::fs::read(g.out().join("booklet/xian.pdf")).unwrap();
    std::fs::remove_dir_all(g.out()).unwrap();
    g.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let b = std::fs::read(g.out().join("booklet/xian.pdf")).unwrap();
    assert!(a == b, "two builds of a 简报 differ");
    assert!(a != report);
    let Some(pages) = pdf_lines(&f.out().join("booklet/xian.pdf")) else {
        return;
    };
    let text: String = pages[0].iter().map(|l| l.text.as_str()).collect();
    assert_has(&text, &["情况简报", "第1页/共"]);
    assert!(!text.contains("脱贫攻坚工作简报"), "{text}");
}
