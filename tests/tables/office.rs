//! Workbooks as offices keep them, placed unchanged: a prefecture's statistics workbook
//! (title, 单位 line, two-row headers over the years with 序号/县（市）/备注 merged down,
//! a 合计 row first, a row-wise 合计 column, numbers stored as text, a merged 注 row and a
//! signature line, a project list with headings and 进展情况, a sheet of instructions), a
//! yearbook table (total first, a sheet named by its title) and a county bulletin's long
//! table (a sheet named `Sheet1`, names only). Each builds with notes and warnings at
//! most, and every figure in the downloads and on the pages equals its cell.

use super::{save, site};
use crate::common::{assert_has, Fixture};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};
use serde_json::Value;
use xiaokang::messages::Language;

/// The six counties of the prefecture's workbook: code and name.
const COUNTIES: [(&str, &str); 6] = [
    ("622901", "临夏市"),
    ("622921", "临夏县"),
    ("622922", "康乐县"),
    ("622923", "永靖县"),
    ("622924", "广河县"),
    ("622925", "和政县"),
];

const YEARS: [i32; 5] = [2016, 2017, 2018, 2019, 2020];

/// Poor households at each year's end, by county (made-up figures).
const HOUSEHOLDS: [[u32; 5]; 6] = [
    [1520, 1130, 690, 210, 0],
    [9870, 7460, 4310, 1280, 0],
    [6120, 4580, 2630, 920, 0],
    [5230, 3910, 2200, 640, 0],
    [7440, 5630, 3120, 1010, 0],
    [6010, 4470, 2560, 830, 0],
];

/// Poor people: about 4.3 a household.
fn people(c: usize, y: usize) -> u32 {
    HOUSEHOLDS[c][y] * 43 / 10
}

/// Poverty rates in hundredths of a percent.
fn rate(c: usize, y: usize) -> u32 {
    const BASE: [u32; 6] = [981, 1872, 1643, 1235, 1796, 1562];
    const SHARE: [u32; 5] = [100, 74, 43, 14, 0];
    BASE[c] * SHARE[y] / 100
}

/// The prefecture's own rates in its 合计 row (hundredths of a percent).
const PREFECTURE_RATES: [u32; 5] = [1584, 1172, 680, 231, 0];

/// People lifted out of poverty in each year.
fn lifted(c: usize, y: usize) -> u32 {
    match y {
        0 => people(c, 0) / 3,
        _ => people(c, y - 1) - people(c, y),
    }
}

fn merge(ws: &mut Worksheet, rows: (u32, u32), cols: (u16, u16), text: &str) {
    ws.merge_range(rows.0, cols.0, rows.1, cols.1, text, &Format::new())
        .unwrap();
}

fn num(ws: &mut Worksheet, r: u32, c: u16, v: f64) {
    ws.write_number(r, c, v).unwrap();
}

fn txt(ws: &mut Worksheet, r: u32, c: u16, v: &str) {
    ws.write_string(r, c, v).unwrap();
}

/// A row of texts from column A: a header row.
fn texts(ws: &mut Worksheet, r: u32, row: &[&str]) {
    for (c, t) in row.iter().enumerate() {
        txt(ws, r, c as u16, t);
    }
}

/// The title, the 填报单位/单位 line and a two-row header: 序号, 县（市）, 行政区划代码
/// merged down, then each figure merged over its years (and a 合计 under it when
/// `total`), then 备注 merged down. Returns the first column after the figures.
fn header(ws: &mut Worksheet, title: &str, unit: &str, figures: &[&str], total: bool) -> u16 {
    let width = 3 + figures.len() as u16 * (YEARS.len() as u16 + u16::from(total)) + 1;
    merge(ws, (0, 0), (0, width - 1), title);
    txt(ws, 1, 0, "填报单位：临夏州乡村振兴局");
    txt(ws, 1, width - 2, unit);
    for (c, h) in ["序号", "县（市）", "行政区划代码"].iter().enumerate() {
        merge(ws, (2, 3), (c as u16, c as u16), h);
    }
    let mut col = 3;
    for f in figures {
        let span = YEARS.len() as u16 + u16::from(total);
        merge(ws, (2, 2), (col, col + span - 1), f);
        for (k, y) in YEARS.iter().enumerate() {
            txt(ws, 3, col + k as u16, &format!("{y}年"));
        }
        if total {
            txt(ws, 3, col + YEARS.len() as u16, "合计");
        }
        col += span;
    }
    merge(ws, (2, 3), (col, col), "备注");
    col
}

/// The notes and signatures under a table, from row `r`.
fn footer(ws: &mut Worksheet, r: u32, width: u16) {
    merge(
        ws,
        (r, r),
        (0, width),
        "注：1.贫困发生率以乡村户籍人口为分母计算；2.和政县数据含动态调整。",
    );
    txt(ws, r + 1, 0, "审核人：王某某");
    txt(ws, r + 1, 4, "填报人：马某某");
    txt(ws, r + 1, 8, "填报日期：2021年1月5日");
}

/// The remark of county `c` in the 备注 column.
fn remark(c: usize) -> &'static str {
    match c {
        1 => "深度贫困县",
        5 => "含动态调整",
        _ => "",
    }
}

/// The prefecture's statistics workbook, as its office keeps it.
fn prefecture_workbook() -> Workbook {
    let mut wb = Workbook::new();
    poverty_sheet(wb.add_worksheet().set_name("表1 建档立卡贫困人口").unwrap());
    lifted_sheet(wb.add_worksheet().set_name("表2 脱贫人口").unwrap());
    funds_sheet(wb.add_worksheet().set_name("表3 资金投入").unwrap());
    projects_sheet(wb.add_worksheet().set_name("表4 项目").unwrap());
    let ws = wb.add_worksheet().set_name("填表说明").unwrap();
    txt(ws, 0, 0, "一、本表由各县（市）乡村振兴局填报。");
    txt(ws, 1, 0, "二、数字保留两位小数，金额单位为万元。");
    wb
}

fn poverty_sheet(ws: &mut Worksheet) {
    let end = header(
        ws,
        "临夏州2016—2020年建档立卡贫困人口情况统计表",
        "单位：户、人、%",
        &["贫困户数（户）", "贫困人口（人）", "贫困发生率（%）"],
        false,
    );
    let pct = Format::new().set_num_format("0.00%");
    // The 合计 row first, as yearbooks put it; Excel's SUM left out 康乐县's 2016
    // households, which are stored as text.
    txt(ws, 4, 1, "合计");
    for (y, prefecture_rate) in PREFECTURE_RATES.iter().enumerate() {
        let h: u32 = HOUSEHOLDS.iter().map(|h| h[y]).sum::<u32>()
            - if y == 0 { HOUSEHOLDS[2][0] } else { 0 };
        num(ws, 4, 3 + y as u16, f64::from(h));
        let p: u32 = (0..6).map(|c| people(c, y)).sum();
        num(ws, 4, 8 + y as u16, f64::from(p));
        num(ws, 4, 13 + y as u16, f64::from(*prefecture_rate) / 100.0);
    }
    for (c, (code, name)) in COUNTIES.iter().enumerate() {
        let r = 5 + c as u32;
        num(ws, r, 0, (c + 1) as f64);
        txt(ws, r, 1, name);
        txt(ws, r, 2, code);
        for (y, households) in HOUSEHOLDS[c].iter().enumerate() {
            let col = y as u16;
            if c == 2 && y == 0 {
                txt(ws, r, 3, &households.to_string());
            } else {
                num(ws, r, 3 + col, f64::from(*households));
            }
            num(ws, r, 8 + col, f64::from(people(c, y)));
            // One county's rates typed as percentages, as the sheet shows 14.53%.
            let r100 = f64::from(rate(c, y)) / 100.0;
            if c == 4 {
                ws.write_number_with_format(r, 13 + col, r100 / 100.0, &pct)
                    .unwrap();
            } else {
                num(ws, r, 13 + col, r100);
            }
        }
        if !remark(c).is_empty() {
            txt(ws, r, end, remark(c));
        }
    }
    footer(ws, 12, end);
}

fn lifted_sheet(ws: &mut Worksheet) {
    let end = header(
        ws,
        "临夏州2016—2020年脱贫人口统计表",
        "单位：人",
        &["脱贫人口"],
        true,
    );
    for (c, (code, name)) in COUNTIES.iter().enumerate() {
        let r = 4 + c as u32;
        num(ws, r, 0, (c + 1) as f64);
        txt(ws, r, 1, name);
        txt(ws, r, 2, code);
        for y in 0..5 {
            num(ws, r, 3 + y as u16, f64::from(lifted(c, y)));
        }
        // 永靖县's row total is off by ten: the check names it.
        let total: u32 = (0..5).map(|y| lifted(c, y)).sum::<u32>() + if c == 3 { 10 } else { 0 };
        num(ws, r, 8, f64::from(total));
    }
    txt(ws, 10, 1, "全州");
    for y in 0..5 {
        let t: u32 = (0..6).map(|c| lifted(c, y)).sum();
        num(ws, 10, 3 + y as u16, f64::from(t));
    }
    footer(ws, 11, end);
}

/// Funds by county and channel, in 万元 over the years (made-up figures).
const FUNDS: [(usize, &str, [f64; 5]); 3] = [
    (
        1,
        "中央财政专项扶贫资金",
        [22847.43, 24510.5, 27106.0, 25120.88, 21034.0],
    ),
    (
        1,
        "省级财政专项扶贫资金",
        [8120.0, 9045.6, 9870.25, 8750.0, 7432.1],
    ),
    (
        5,
        "中央财政专项扶贫资金",
        [15620.0, 16030.0, 18240.55, 17120.0, 14300.0],
    ),
];

fn funds_sheet(ws: &mut Worksheet) {
    merge(ws, (0, 0), (0, 10), "临夏州财政专项扶贫资金投入情况表");
    txt(ws, 1, 9, "单位：万元");
    for (c, h) in ["序号", "县（市）", "行政区划代码", "资金来源"]
        .iter()
        .enumerate()
    {
        merge(ws, (2, 3), (c as u16, c as u16), h);
    }
    merge(ws, (2, 2), (4, 9), "资金投入（万元）");
    for (k, y) in YEARS.iter().enumerate() {
        txt(ws, 3, 4 + k as u16, &format!("{y}年"));
    }
    txt(ws, 3, 9, "合计");
    merge(ws, (2, 3), (10, 10), "备注");
    for (i, (c, source, amounts)) in FUNDS.iter().enumerate() {
        let r = 4 + i as u32;
        num(ws, r, 0, (i + 1) as f64);
        txt(ws, r, 1, COUNTIES[*c].1);
        txt(ws, r, 2, COUNTIES[*c].0);
        txt(ws, r, 3, source);
        for (k, a) in amounts.iter().enumerate() {
            num(ws, r, 4 + k as u16, *a);
        }
        // The row's total as a formula, its stored result carrying float noise.
        let sum: f64 = amounts.iter().sum();
        ws.write_formula(
            r,
            9,
            Formula::new("=SUM(E5:I5)").set_result(sum.to_string()),
        )
        .unwrap();
    }
    txt(ws, 8, 0, "审核人：王某某");
    txt(ws, 8, 3, "填报人：马某某");
}

/// Projects: name, county, place, what is built, 总投资（万元）, 进展情况, 备注.
const PROJECTS: [(&str, usize, &str, f64, &str, &str); 4] = [
    ("临夏县牛羊养殖合作社", 1, "北塬乡", 850.5, "已竣工", ""),
    (
        "康乐县村级光伏扶贫电站",
        2,
        "八松乡",
        3200.0,
        "在建",
        "含二期",
    ),
    ("和政县农村道路硬化", 5, "三合镇", 1460.25, "正在实施", ""),
    (
        "永靖县农村安全饮水巩固提升",
        3,
        "川城镇",
        980.0,
        "已竣工验收",
        "",
    ),
];

fn projects_sheet(ws: &mut Worksheet) {
    merge(ws, (0, 0), (0, 7), "临夏州2020年脱贫攻坚项目进展情况表");
    texts(
        ws,
        1,
        &[
            "序号",
            "项目名称",
            "县（市）",
            "建设地点",
            "建设内容及规模",
            "总投资（万元）",
            "进展情况",
            "备注",
        ],
    );
    let mut r = 2;
    for (k, (name, c, place, invest, status, note)) in PROJECTS.iter().enumerate() {
        if k == 0 || k == 2 {
            let heading = if k == 0 {
                "一、产业扶贫项目"
            } else {
                "二、基础设施项目"
            };
            merge(ws, (r, r), (0, 7), heading);
            r += 1;
        }
        num(ws, r, 0, (k + 1) as f64);
        txt(ws, r, 1, name);
        txt(ws, r, 2, COUNTIES[*c].1);
        txt(ws, r, 3, place);
        txt(ws, r, 4, "略");
        num(ws, r, 5, *invest);
        txt(ws, r, 6, status);
        if !note.is_empty() {
            txt(ws, r, 7, note);
        }
        r += 1;
    }
    txt(ws, r, 1, "合计");
    num(ws, r, 5, PROJECTS.iter().map(|p| p.3).sum());
}

/// A site with the prefecture as a folder (for its stories) and the office's workbook.
fn prefecture_site(workbook: &mut Workbook) -> Fixture {
    let f = site();
    f.write(
        "content/regions/linxia/region.yaml",
        "name: 临夏州\ncode: \"622900\"\nlevel: 州\nsource: 临夏州乡村振兴局统计表\n",
    );
    save(&f, "临夏州脱贫攻坚统计表.xlsx", workbook);
    f
}

fn json(f: &Fixture, id: &str) -> Value {
    serde_json::from_str(&f.read(&format!("data/{id}.json"))).unwrap()
}

/// The row of `section` for `year` in a region's open data.
fn row_of<'a>(j: &'a Value, section: &str, key: &str, year: i32) -> &'a Value {
    j[section]
        .as_array()
        .unwrap_or_else(|| panic!("no {section}"))
        .iter()
        .find(|r| r[key] == year || r[key].as_str() == Some(year.to_string().as_str()))
        .unwrap_or_else(|| panic!("no {section} row for {year}: {j}"))
}

#[test]
fn a_prefecture_workbook_builds_unchanged_and_every_figure_is_its_cell() {
    let f = prefecture_site(&mut prefecture_workbook());
    let report = f.build_with_pdfs().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    // What was left unread is said once a sheet, and the instructions sheet is a note.
    assert_has(
        &text,
        &[
            "note: these columns of sheet `表1 建档立卡贫困人口` are not read: `序号`（A）",
            "note: these columns of sheet `表4 项目` are not read: `序号`（A）、`建设地点`（D）、`建设内容及规模`（E）",
            "note: the sheet `填表说明` is not read",
        ],
    );
    // The 合计 row's households differ by the one cell stored as text: the hint names it.
    assert_has(
        &text,
        &[
            "warning: the `合计` row gives `贫困户数（户）` 30070户, but the 6 rows it totals add up to 36190户",
            "--> content/tables/临夏州脱贫攻坚统计表.xlsx:表1 建档立卡贫困人口!D5",
            "D8 hold numbers stored as text, which Excel's SUM skips",
        ],
    );
    // A row's 合计 column is checked against its years, never read as a year.
    assert_has(
        &text,
        &[
            "`脱贫人口 合计` is ",
            "but the row's 5 years add up to",
            "表2 脱贫人口!I8",
        ],
    );
    assert_eq!(report.diagnostics.error_count(), 0, "{text}");
    // No more warnings than the two planted, and one for each county without a source
    // (the workbook names none).
    let unsourced = report
        .diagnostics
        .iter()
        .filter(|d| d.message.to_string().contains("have no source"))
        .count();
    assert_eq!(unsourced, COUNTIES.len(), "{text}");
    // Printed once, with the count of the others (a warning repeated in many places).
    assert_eq!(text.matches("have no source").count(), 1, "{text}");
    let others = format!("the same warning in {} more places", unsourced - 1);
    assert_has(&text, &[others.as_str()]);
    assert_has(
        &text,
        &["hint: add a `数据来源` column, or a line `资料来源：…` above or below the table"],
    );
    assert_eq!(report.diagnostics.warning_count(), 2 + unsourced, "{text}");

    for (c, (code, name)) in COUNTIES.iter().enumerate() {
        let j = json(&f, code);
        assert_eq!(j["name"], Value::from(*name));
        for (y, year) in YEARS.iter().enumerate() {
            let p = row_of(&j, "poverty", "year", *year);
            assert_eq!(
                p["households"],
                Value::from(HOUSEHOLDS[c][y]),
                "{name} {year}"
            );
            assert_eq!(p["people"], Value::from(people(c, y)), "{name} {year}");
            let r = f64::from(rate(c, y)) / 100.0;
            assert_eq!(p["rate"].as_f64(), Some(r), "{name} {year}");
            let l = row_of(&j, "lifted", "period", *year);
            assert_eq!(l["people"], Value::from(lifted(c, y)), "{name} {year}");
        }
        // The remark stays with its rows, on the page and in the download.
        if !remark(c).is_empty() {
            let p = row_of(&j, "poverty", "year", 2016);
            assert_eq!(p["provenance"]["note"], Value::from(remark(c)));
            let page = f.read(&format!("regions/{code}/index.html"));
            assert_has(&page, &["备注", remark(c)]);
        }
    }
    // The 合计 row's rates are the prefecture's own: it had none.
    let linxia = json(&f, "linxia");
    for (y, year) in YEARS.iter().enumerate() {
        let p = row_of(&linxia, "poverty", "year", *year);
        let r = f64::from(PREFECTURE_RATES[y]) / 100.0;
        assert_eq!(p["rate"].as_f64(), Some(r), "临夏州 {year}");
    }
    assert_has(&f.read("regions/linxia/index.html"), &["15.84%"]);
    // Funds: each channel's years, exact to the fen; the formula's 合计 not a year.
    for (c, source, amounts) in FUNDS {
        let j = json(&f, COUNTIES[c].0);
        for (y, year) in YEARS.iter().enumerate() {
            let row = j["funds"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| {
                    r["source"] == source
                        && r["year_or_period"].as_str() == Some(year.to_string().as_str())
                })
                .unwrap_or_else(|| panic!("{source} {year}: {j}"));
            let yuan = (amounts[y] * 10_000.0).round() as i64;
            assert_eq!(row["amount"], Value::from(yuan), "{source} {year}");
        }
    }
    // Projects: 进展情况 words read as statuses, 总投资 read, headings not projects.
    for (name, c, _, invest, status, _) in PROJECTS {
        let j = json(&f, COUNTIES[c].0);
        let p = j["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}: {j}"));
        let key = if status.contains("竣工") {
            "completed"
        } else {
            "in_progress"
        };
        assert_eq!(p["status"], Value::from(key), "{name}");
        assert_eq!(
            p["investment"],
            Value::from((invest * 10_000.0).round() as i64)
        );
        let page = f.read(&format!("regions/{}/index.html", COUNTIES[c].0));
        assert_has(&page, &[name, &format!("{invest}万元")]);
    }
    let all = f.read("data/all.csv");
    assert!(!all.contains("产业扶贫项目"), "a heading is no project");
    // The briefing carries the same figures as the cells.
    if let Some(text) = pdf_text(&f.out().join("booklet/622921.pdf")) {
        let first = format!("{}人", people(1, 0));
        let last = format!("{}户", HOUSEHOLDS[1][3]);
        assert_has(&text, &["临夏县", &first, &last, "深度贫困县"]);
    }
}

/// A PDF's text by poppler's pdftotext; None where it is not installed, which CI
/// (`CI=true`, where `.ci/run` installs it) does not accept.
fn pdf_text(pdf: &std::path::Path) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext {}", pdf.display());
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftotext is not installed"
            );
            None
        }
    }
}

#[test]
fn no_chinese_message_names_a_column_by_its_region_yaml_key() {
    let f = prefecture_site(&mut prefecture_workbook());
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let zh = report.diagnostics.render(Language::ZhCn);
    assert_has(&zh, &["`贫困户数（户）`", "`脱贫人口 合计`"]);
    // Bad cells in every kind of column, read in Chinese.
    let mut wb = prefecture_workbook();
    let ws = wb.worksheet_from_name("表1 建档立卡贫困人口").unwrap();
    txt(ws, 5, 3, "10,50");
    txt(ws, 5, 13, "十二");
    let ws = wb.worksheet_from_name("表4 项目").unwrap();
    txt(ws, 3, 6, "差不多");
    txt(ws, 3, 5, "八百五");
    let f = prefecture_site(&mut wb);
    let zh = match f.build() {
        Ok(r) => panic!("should fail: {}", r.diagnostics),
        Err(d) => d.render(Language::ZhCn),
    };
    assert_has(
        &zh,
        &[
            "`贫困户数（户）`",
            "`贫困发生率（%）`",
            "`进展情况`",
            "`总投资（万元）`",
        ],
    );
    for key in [
        "households",
        "people",
        "rate",
        "status",
        "amount",
        "investment",
        "poverty",
        "projects",
        "year",
    ] {
        assert!(!zh.contains(&format!("`{key}`")), "`{key}` in:\n{zh}");
    }
    // Cells are quoted as the sheet shows them, without float noise.
    assert!(!zh.contains("000000000"), "{zh}");
}

/// The prefecture's poverty sheet with one cell changed.
fn with_cell(row: u32, col: u16, value: &str) -> Workbook {
    let mut wb = prefecture_workbook();
    let ws = wb.worksheet_from_name("表1 建档立卡贫困人口").unwrap();
    txt(ws, row, col, value);
    wb
}

#[test]
fn a_mistyped_code_is_an_error_with_the_code_it_meant() {
    // 康乐县 (row 8) as 622292: no region, and not under the site's 622900.
    let f = prefecture_site(&mut with_cell(7, 2, "622292"));
    assert_has(
        &f.errors(),
        &[
            "error: the code `622292` is not a region of the site",
            "--> content/tables/临夏州脱贫攻坚统计表.xlsx:表1 建档立卡贫困人口!C8",
            "hint: did you mean `622922` (康乐县)?",
        ],
    );
    // With no region folder, the same slip is found by the name the other sheets give
    // the real code: no phantom 康乐县 is made.
    let f = site();
    save(
        &f,
        "临夏州脱贫攻坚统计表.xlsx",
        &mut with_cell(7, 2, "622292"),
    );
    assert_has(
        &f.errors(),
        &[
            "error: 康乐县 has the code `622292` here but `622922` in the other rows",
            "表1 建档立卡贫困人口!C8",
            "hint: did you mean `622922` (康乐县)?",
        ],
    );
}

#[test]
fn a_code_and_name_of_two_regions_is_an_error_naming_both() {
    // 和政县's name on 康乐县's code.
    let f = prefecture_site(&mut with_cell(7, 1, "和政县"));
    assert_has(
        &f.errors(),
        &[
            "error: the code `622922` is 康乐县, but this row's region reads `和政县`",
            "表1 建档立卡贫困人口!B8",
            "hint: did you mean `622925` (和政县)?",
        ],
    );
}

#[test]
fn a_row_for_a_region_the_site_does_not_have_is_an_error() {
    let mut wb = prefecture_workbook();
    let ws = wb.worksheet_from_name("表1 建档立卡贫困人口").unwrap();
    txt(ws, 11, 1, "城关区");
    txt(ws, 11, 2, "620102");
    num(ws, 11, 3, 100.0);
    let f = prefecture_site(&mut wb);
    assert_has(
        &f.errors(),
        &[
            "error: the code `620102` is not a region of the site",
            "表1 建档立卡贫困人口!C12",
            "a new region goes into the `地区` sheet first",
        ],
    );
}

#[test]
fn one_merged_unknown_header_is_one_message() {
    let f = site();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("贫困人口").unwrap();
    // An unknown group header merged over the years beside a known one.
    merge(ws, (0, 1), (0, 0), "行政区划代码");
    merge(ws, (0, 0), (1, 3), "贫困人口（人）");
    merge(ws, (0, 0), (4, 6), "受益人口（人）");
    for (k, y) in ["2016年", "2017年", "2018年"].iter().enumerate() {
        txt(ws, 1, 1 + k as u16, y);
        txt(ws, 1, 4 + k as u16, y);
    }
    txt(ws, 2, 0, "622922");
    for c in 1..7 {
        num(ws, 2, c, 100.0 * f64::from(c));
    }
    txt(ws, 3, 0, "622925");
    txt(ws, 4, 0, "填报人：马某某");
    for c in 1..7 {
        num(ws, 3, c, 50.0 * f64::from(c));
    }
    save(&f, "县表.xlsx", &mut wb);
    f.write(
        "content/tables/地区.csv",
        "行政区划代码,地区\n622922,康乐县\n622925,和政县\n",
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    let told = text
        .lines()
        .filter(|l| l.starts_with(['n', 'w', 'e']) && l.contains("受益人口"))
        .count();
    assert_eq!(told, 1, "{text}");
    assert_has(
        &text,
        &["note: these columns of sheet `贫困人口` are not read: `受益人口（人）`（E–G）"],
    );
    assert_has(
        &f.read("data/622922.json"),
        &["\"people\": 100", "\"people\": 300"],
    );
}

#[test]
fn a_yearbook_table_with_its_total_first_builds() {
    let f = site();
    // A CSV saved from a yearbook's sheet: title, unit line, total first, no 地区 sheet.
    let mut csv = String::from("表3-12 各县（市）年末建档立卡贫困人口,,,,,,\n,,,,,,单位：人\n");
    csv.push_str("地区,代码,2016年,2017年,2018年,2019年,2020年\n");
    let total: Vec<u32> = (0..5).map(|y| (0..6).map(|c| people(c, y)).sum()).collect();
    let cells = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    csv.push_str(&format!("全州,,{}\n", cells(&total)));
    for (c, (code, name)) in COUNTIES.iter().enumerate() {
        let row: Vec<u32> = (0..5).map(|y| people(c, y)).collect();
        csv.push_str(&format!("{name},{code},{}\n", cells(&row)));
    }
    csv.push_str("资料来源：临夏州统计局《临夏统计年鉴》,,,,,,\n");
    // A legend below the notes: more notes, told once in case it was meant as data.
    csv.push_str("图例,读取,跳过,核对,,,\n");
    f.write("content/tables/表3-12.csv", &csv);
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    assert_has(
        &text,
        &[
            "read as a `贫困人口` sheet, by its headers and title",
            "note: this row, below the table's notes or signatures, holds text and no figure",
            "--> content/tables/表3-12.csv:A12",
        ],
    );
    assert_eq!(report.diagnostics.warning_count(), 0, "{text}");
    for (c, (code, _)) in COUNTIES.iter().enumerate() {
        let j = json(&f, code);
        for (y, year) in YEARS.iter().enumerate() {
            let p = row_of(&j, "poverty", "year", *year);
            assert_eq!(p["people"], Value::from(people(c, y)));
        }
        assert_has(
            &f.read(&format!("regions/{code}/index.html")),
            &[&format!("{}人", people(c, 0))],
        );
    }
    // A total that is off is a warning in its own words.
    let csv = csv.replacen(
        &format!("全州,,{}", total[0]),
        &format!("全州,,{}", total[0] + 1),
        1,
    );
    f.write("content/tables/表3-12.csv", &csv);
    let text = f.build().unwrap().diagnostics.to_string();
    assert_has(&text, &["the `全州` row gives `贫困人口` "]);
}

#[test]
fn a_bulletin_sheet_named_sheet1_with_names_only_builds() {
    let f = site();
    f.write(
        "content/regions/kangle/region.yaml",
        "name: 康乐县\nsource: 康乐县统计公报\n",
    );
    f.write(
        "content/regions/hezheng/region.yaml",
        "name: 和政县\nsource: 和政县统计公报\n",
    );
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Sheet1").unwrap();
    texts(
        ws,
        0,
        &[
            "县区",
            "年份",
            "建档立卡贫困户数",
            "建档立卡贫困人口数",
            "贫困发生率（%）",
            "说明",
        ],
    );
    let mut r = 1;
    for (c, name) in [(2, "康乐县"), (5, "和政县")] {
        for (y, year) in YEARS.iter().enumerate().take(4) {
            txt(ws, r, 0, name);
            num(ws, r, 1, f64::from(*year));
            num(ws, r, 2, f64::from(HOUSEHOLDS[c][y]));
            num(ws, r, 3, f64::from(people(c, y)));
            num(ws, r, 4, f64::from(rate(c, y)) / 100.0);
            r += 1;
        }
    }
    txt(ws, 2, 5, "为约数");
    save(&f, "统计公报摘录.xlsx", &mut wb);
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    assert_has(&text, &["the sheet `Sheet1` is read as a `贫困人口` sheet"]);
    assert_eq!(report.diagnostics.warning_count(), 0, "{text}");
    for (c, id) in [(2, "kangle"), (5, "hezheng")] {
        let j = json(&f, id);
        for (y, year) in YEARS.iter().enumerate().take(4) {
            let p = row_of(&j, "poverty", "year", *year);
            assert_eq!(p["households"], Value::from(HOUSEHOLDS[c][y]));
            assert_eq!(p["rate"].as_f64(), Some(f64::from(rate(c, y)) / 100.0));
        }
    }
    let kangle = json(&f, "kangle");
    let p = row_of(&kangle, "poverty", "year", 2017);
    assert_eq!(p["provenance"]["note"], Value::from("为约数"));
}

#[test]
fn a_header_of_another_kind_overrules_a_name_that_names_none_of_its_columns() {
    let f = site();
    f.write(
        "content/regions/kangle/region.yaml",
        "name: 康乐县\nsource: 康乐县统计公报\n",
    );
    // `主要指标` holds `指标`, but the columns are a 贫困人口 sheet's.
    f.write(
        "content/tables/2018年主要指标.csv",
        "县区,年份,年末贫困人口,当年脱贫人口,贫困发生率（%）\n康乐县,2018,3956,7353,2.11\n",
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &report.diagnostics.to_string(),
        &[
            "the sheet `2018年主要指标` is read as a `贫困人口` sheet",
            "these columns of sheet `2018年主要指标` are not read: `当年脱贫人口`（D）",
        ],
    );
    let p = row_of(&json(&f, "kangle"), "poverty", "year", 2018).clone();
    assert_eq!(p["people"], Value::from(3956));
    assert_eq!(p["rate"].as_f64(), Some(2.11));
}

#[test]
fn a_missing_column_is_named_by_the_header_it_would_take() {
    let f = site();
    f.write(
        "content/regions/kangle/region.yaml",
        "name: 康乐县\nsource: 康乐县统计公报\n",
    );
    f.write(
        "content/tables/项目.csv",
        "县区,项目名称,总投资（万元）\n康乐县,村级光伏电站,3200\n",
    );
    let zh = match f.build() {
        Ok(r) => panic!("should fail: {}", r.diagnostics),
        Err(d) => d.render(Language::ZhCn),
    };
    assert_has(&zh, &["`状态`"]);
    assert!(!zh.contains("`status`"), "{zh}");
}
