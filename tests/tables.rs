//! Spreadsheets as a data source: what real sheets hold is read exactly, and each kind of
//! bad cell is reported at `file:sheet!cell`.

mod office;

use crate::common::{assert_has, assert_same_files, Fixture};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};

/// A site with only site.yaml; tables are added by each test.
fn site() -> Fixture {
    let f = Fixture::new();
    std::fs::remove_dir_all(f.root().join("content/regions")).unwrap();
    f
}

/// Writes a header row then rows of text cells (a number where the text parses as one).
fn fill(ws: &mut Worksheet, rows: &[&[&str]]) {
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(n) if !cell.starts_with('0') || *cell == "0" => {
                    ws.write_number(r as u32, c as u16, n).unwrap();
                }
                _ => {
                    ws.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
    }
}

/// The 地区 sheet of a province, a prefecture and two counties.
fn regions(wb: &mut Workbook) {
    let ws = wb.add_worksheet().set_name("地区").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "地区", "级别", "数据来源"],
            &["620000", "甘肃省", "省", "测试报道"],
            &["623000", "甘南藏族自治州", "州", "测试报道"],
            &["623026", "碌曲县", "县", "测试报道"],
            &["623027", "夏河县", "县", "测试报道"],
        ],
    );
}

fn save(f: &Fixture, name: &str, wb: &mut Workbook) {
    let bytes = wb.save_to_buffer().unwrap();
    f.write_bytes(&format!("content/tables/{name}"), &bytes);
}

#[test]
fn what_real_sheets_hold_is_read_exactly() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("贫困人口").unwrap();
    // A title row above the header, units in headers, a merged region cell over two
    // years, numbers stored as text with thousands separators and full-width digits,
    // trailing spaces, a blank row, a percentage-formatted rate and a checked total.
    fill(
        ws,
        &[
            &["2014—2015年贫困人口统计表"],
            &[
                "行政区划代码",
                "地区",
                "年份",
                "贫困户数（户）",
                "贫困人口（人）",
                "贫困发生率",
            ],
            &["623026", "碌曲县", "2014", "1,234 ", "５６７８", ""],
            &["", "", "2015", "900", "4000", ""],
            &[],
            &["623027", "夏河县 ", "2015", "100", "500", ""],
            &["", "合计", "2015", "1000", "4500", ""],
        ],
    );
    ws.merge_range(2, 0, 3, 0, "623026", &Format::new())
        .unwrap();
    ws.merge_range(2, 1, 3, 1, "碌曲县", &Format::new())
        .unwrap();
    let pct = Format::new().set_num_format("0.00%");
    ws.write_number_with_format(2, 5, 0.1123, &pct).unwrap();
    ws.write_number_with_format(3, 5, 0.0823, &pct).unwrap();
    // A formula: its stored result is read, noise and all, to the fen.
    let ws = wb.add_worksheet().set_name("资金投入").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "年份", "资金来源", "金额（万元）", "截至"],
            &["623026", "2015", "财政扶贫资金", "", ""],
        ],
    );
    ws.write_formula(
        1,
        3,
        Formula::new("=4000+340").set_result("4340.000000000001"),
    )
    .unwrap();
    // A date typed as a date, in a date column.
    let date = ExcelDateTime::from_ymd(2019, 6, 30).unwrap();
    ws.write_datetime_with_format(1, 4, &date, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    // A date typed into a cell formatted as a number: its serial.
    fill(
        ws,
        &[
            &[],
            &[],
            &["623027", "2015", "财政扶贫资金", "500", "43646"],
        ],
    );
    // A hidden sheet is left out, with a note.
    let ws = wb.add_worksheet().set_name("旧数据").unwrap();
    fill(ws, &[&["随便什么"]]);
    ws.set_hidden(true);
    save(&f, "2015年报表.xlsx", &mut wb);

    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let notes = report.diagnostics.to_string();
    assert_has(&notes, &["the hidden sheet `旧数据` is not read"]);
    assert!(!notes.contains("totals row"), "{notes}");
    let luqu = f.read("regions/623026/index.html");
    assert_has(
        &luqu,
        &["1234户", "5678人", "11.23%", "900户", "8.23%", "4340万元"],
    );
    assert!(!luqu.contains("4340.00000"), "float noise reached the page");
    let json = f.read("data/623026.json");
    assert_has(&json, &["\"as_of\": \"2019-06-30\""]);
    let json = f.read("data/623027.json");
    assert_has(&json, &["\"as_of\": \"2019-06-30\"", "\"amount\": 5000000"]);
    // The tree comes from the codes: a county under its prefecture under its province.
    let gansu = f.read("regions/620000/index.html");
    assert_has(&gansu, &["regions/623000/index.html"]);
    let gannan = f.read("regions/623000/index.html");
    assert_has(
        &gannan,
        &["regions/623026/index.html", "regions/623027/index.html"],
    );
}

#[test]
fn the_wide_form_of_yearbooks_is_read() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("贫困人口").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "地区", "贫困人口（人）", ""],
            &["", "", "2014年", "2015年"],
            &["623026", "碌曲县", "5678", "4000"],
        ],
    );
    ws.merge_range(0, 2, 0, 3, "贫困人口（人）", &Format::new())
        .unwrap();
    ws.merge_range(0, 0, 1, 0, "行政区划代码", &Format::new())
        .unwrap();
    ws.merge_range(0, 1, 1, 1, "地区", &Format::new()).unwrap();
    // A sheet named for its figure: one column per year.
    let ws = wb.add_worksheet().set_name("资金投入").unwrap();
    fill(
        ws,
        &[
            &[
                "行政区划代码",
                "资金来源",
                "2014年（万元）",
                "2015年（万元）",
            ],
            &["623026", "财政扶贫资金", "3000", "4340"],
        ],
    );
    save(&f, "年鉴.xlsx", &mut wb);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let json = f.read("data/623026.json");
    assert_has(
        &json,
        &[
            "\"people\": 5678",
            "\"people\": 4000",
            "\"amount\": 30000000",
            "\"amount\": 43400000",
        ],
    );
}

/// Builds a workbook whose `sheet` holds `rows` (after the 地区 sheet) and returns the
/// build's messages, in English.
fn errors_of(sheet: &str, rows: &[&[&str]]) -> String {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name(sheet).unwrap();
    fill(ws, rows);
    save(&f, "报表.xlsx", &mut wb);
    f.errors()
}

#[test]
fn a_bad_number_is_named_by_its_cell() {
    let e = errors_of(
        "资金投入",
        &[
            &["行政区划代码", "年份", "资金来源", "金额（万元）"],
            &["623026", "2015", "财政扶贫资金", "4.3x"],
        ],
    );
    assert_has(
        &e,
        &[
            // The column in the sheet's own words, never a region.yaml key.
            "error: `金额（万元）`: `4.3x` is not an amount of money",
            "--> content/tables/报表.xlsx:资金投入!D2",
            "2 | 623026 │ 2015 │ 财政扶贫资金 │ 4.3x",
            "expected: an amount such as",
        ],
    );
}

#[test]
fn a_code_out_of_shape_is_refused() {
    let e = errors_of(
        "贫困人口",
        &[
            &["行政区划代码", "年份", "贫困人口"],
            &["62302", "2015", "4000"],
            &["993026", "2015", "4000"],
        ],
    );
    assert_has(
        &e,
        &[
            "`62302` is not an administrative division code: it must be six digits",
            "--> content/tables/报表.xlsx:贫困人口!A2",
            "no province's code starts with `99`",
            "--> content/tables/报表.xlsx:贫困人口!A3",
            "hint: format the code column as Text",
        ],
    );
}

#[test]
fn the_same_county_twice_is_refused() {
    let f = site();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("地区").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "地区"],
            &["623026", "碌曲县"],
            &["623026", "碌曲县"],
        ],
    );
    save(&f, "报表.xlsx", &mut wb);
    assert_has(
        &f.errors(),
        &[
            "this region is in the `地区` sheet twice; first at content/tables/报表.xlsx:地区!A2",
            "--> content/tables/报表.xlsx:地区!A3",
        ],
    );
}

#[test]
fn the_same_year_twice_names_both_cells() {
    let e = errors_of(
        "贫困人口",
        &[
            &["行政区划代码", "年份", "贫困人口"],
            &["623026", "2015", "4000"],
            &["623026", "2015", "4100"],
        ],
    );
    assert_has(
        &e,
        &[
            "`贫困人口` year `2015` is given twice",
            "--> content/tables/报表.xlsx:贫困人口!",
            "(first at content/tables/报表.xlsx:贫困人口!",
        ],
    );
}

#[test]
fn an_unknown_header_is_skipped_and_a_slip_gets_a_did_you_mean() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("贫困人口").unwrap();
    fill(
        ws,
        &[
            &[
                "序号",
                "行政区划代码",
                "年份",
                "贫困人品",
                "备注",
                "建设地点",
            ],
            &["1", "623026", "2015", "4000", "", "某乡"],
        ],
    );
    save(&f, "报表.xlsx", &mut wb);
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    assert_has(
        &text,
        &[
            "note: these columns of sheet `贫困人口` are not read: `序号`（A）、`贫困人品`（D）、`建设地点`（F）",
            "warning: the column `贫困人品` is not read: its header is not known",
            "--> content/tables/报表.xlsx:贫困人口!D1",
            "hint: did you mean `贫困人口`?",
        ],
    );
    // 序号 and 建设地点 are other words, not slips: no guess is offered for them.
    assert_eq!(text.matches("did you mean").count(), 1, "{text}");
}

#[test]
fn an_unknown_sheet_is_a_note_with_a_did_you_mean() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("资金投放").unwrap();
    fill(ws, &[&["行政区划代码", "金额"], &["623026", "1"]]);
    let ws = wb.add_worksheet().set_name("填表说明").unwrap();
    fill(ws, &[&["本表由各县扶贫办填报，数字保留两位小数。"]]);
    save(&f, "报表.xlsx", &mut wb);
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &report.diagnostics.to_string(),
        &[
            "note: the sheet `资金投放` is not read: neither its name, title nor headers say",
            "--> content/tables/报表.xlsx",
            "hint: did you mean `资金投入`?",
            "note: the sheet `填表说明` is not read",
        ],
    );
}

#[test]
fn a_total_that_differs_is_a_warning_at_its_cell() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("贫困人口").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "地区", "年份", "贫困人口"],
            &["623026", "碌曲县", "2015", "4000"],
            &["623027", "夏河县", "2015", "500"],
            &["", "总 计", "2015", "4600"],
        ],
    );
    save(&f, "报表.xlsx", &mut wb);
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &report.diagnostics.to_string(),
        &[
            "warning: the `总 计` row gives `贫困人口` 4600, but the 2 rows it totals add up to 4500",
            "--> content/tables/报表.xlsx:贫困人口!D4",
        ],
    );
}

#[test]
fn a_date_where_a_number_belongs_and_a_logical_value_are_refused() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("资金投入").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "年份", "资金来源", "金额", "投向贫困村"],
            &["623026", "2015", "财政扶贫资金"],
        ],
    );
    let date = ExcelDateTime::from_ymd(2019, 3, 4).unwrap();
    ws.write_datetime_with_format(1, 3, &date, &Format::new().set_num_format("m/d"))
        .unwrap();
    ws.write_boolean(1, 4, true).unwrap();
    let ws = wb.add_worksheet().set_name("贷款").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "年份", "类别", "金额"],
            &["623026", "2015", "扶贫小额信贷", "#DIV/0!"],
        ],
    );
    save(&f, "报表.xlsx", &mut wb);
    assert_has(
        &f.errors(),
        &[
            "the `金额` cell cannot be read: it holds the date 2019-03-04, not a number",
            "--> content/tables/报表.xlsx:资金投入!D2",
            "hint: Excel took what was typed for a date",
            "the `投向贫困村` cell cannot be read: it holds the logical value TRUE",
            "--> content/tables/报表.xlsx:资金投入!E2",
            "the `金额` cell cannot be read: its formula gives the error `#DIV/0!`",
            "--> content/tables/报表.xlsx:贷款!D2",
        ],
    );
}

#[test]
fn a_csv_row_and_a_yaml_row_of_one_year_name_both_places() {
    let f = site();
    f.write(
        "content/tables/贫困人口.csv",
        "\u{feff}行政区划代码,地区,年份,贫困人口\r\n623026,碌曲县,2015,4000\r\n",
    );
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\ncode: 623026\nsource: 测试\npoverty:\n  - { year: 2015, people: 4100 }\n",
    );
    assert_has(
        &f.errors(),
        &[
            "`贫困人口` year `2015` is given twice",
            "--> content/tables/贫困人口.csv:A2",
            "(first at content/regions/luqu/region.yaml:5:5",
        ],
    );
}

#[test]
fn a_folder_binds_by_code_and_keeps_its_id() {
    let f = site();
    f.write(
        "content/tables/贫困人口.csv",
        "行政区划代码,地区,年份,贫困人口\n623026,碌曲县,2015,4000\n",
    );
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\ncode: 623026\nsource: 测试\nfunds:\n  - { year: 2015, source: 财政扶贫资金, amount: 4340万元 }\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/luqu/index.html");
    assert_has(&page, &["4000人", "4340万元"]);
}

/// The example site's download `data/<download>`, put in `content/tables/` of a copy of
/// the site whose region folders keep only their stories, builds the same site, byte for
/// byte.
fn round_trip(download: &str) {
    let yaml = Fixture::example();
    yaml.build().unwrap_or_else(|d| panic!("{d}"));
    let bytes = std::fs::read(yaml.out().join("data").join(download)).unwrap();

    let tables = Fixture::example();
    let regions = tables.root().join("content/regions");
    for e in walkdir::WalkDir::new(&regions).into_iter().flatten() {
        if e.file_name() == "region.yaml" {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    tables.write_bytes(&format!("content/tables/{download}"), &bytes);
    tables.build().unwrap_or_else(|d| panic!("{d}"));
    let n = assert_same_files(&yaml.out(), &tables.out());
    assert!(n > 100, "{n} files");
}

#[test]
fn the_round_trip_through_all_xlsx_is_byte_identical() {
    round_trip("all.xlsx");
}

#[test]
fn the_round_trip_through_all_csv_is_byte_identical() {
    round_trip("all.csv");
}

/// The example site's all.xlsx: every money, count and rate cell is a number a clerk can
/// sum, and the sum of a money column is the sum of the figures all.csv writes out.
#[test]
fn the_money_in_all_xlsx_sums_to_the_figures_as_written() {
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    use xiaokang::model::tables::{header::split_header, schema::Kind, schema::Sheet};
    use xiaokang::quantity::{Money, Stated};
    let site = Fixture::example();
    site.build().unwrap_or_else(|d| panic!("{d}"));
    let bytes = std::fs::read(site.out().join("data/all.xlsx")).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let mut figures = 0;
    let mut funds = 0.0;
    for name in book.sheet_names() {
        let sheet = Sheet::named(&name).unwrap();
        let range = book.worksheet_range(&name).unwrap();
        let mut rows = range.rows();
        let headers: Vec<String> = rows.next().unwrap().iter().map(|d| d.to_string()).collect();
        for row in rows {
            for (h, d) in headers.iter().zip(row) {
                let column = sheet.column(&split_header(h).0).unwrap();
                let kind = column.kind;
                if matches!(kind, Kind::Money | Kind::Count | Kind::Rate | Kind::Figure) {
                    match d {
                        Data::Float(v) => {
                            figures += 1;
                            if name == "资金投入" && h == "金额（万元）" {
                                funds += v;
                            }
                        }
                        Data::Empty => {}
                        d => panic!("{name}!{h}: {d:?} is no number"),
                    }
                }
            }
        }
    }
    assert!(figures > 100, "{figures} figures");
    // The same amounts as all.csv writes them (`近5000万元`, `2.56亿元`), in 万元.
    let csv = site.read("data/all.csv");
    let rows = xiaokang::load::tables::parse_csv(csv.trim_start_matches('\u{feff}'));
    let text = |c: &xiaokang::load::tables::Cell| match c {
        xiaokang::load::tables::Cell::Text(t) => t.clone(),
        _ => String::new(),
    };
    let header: Vec<String> = rows[0].iter().map(text).collect();
    let amount = header.iter().position(|h| h == "金额").unwrap();
    let yuan: rust_decimal::Decimal = rows[1..]
        .iter()
        .filter(|r| text(&r[0]) == "资金投入")
        .map(|r| {
            Stated::parse(&text(&r[amount]), Money::parse)
                .unwrap()
                .value
                .yuan()
        })
        .sum();
    let wan = xiaokang::quantity::decimal_to_f64(yuan / rust_decimal::Decimal::from(10_000));
    assert!(wan > 100_000.0, "{wan}万元");
    assert!((funds - wan).abs() < 1e-6, "SUM {funds} against {wan}");
}

/// A clerk copies a row of all.xlsx and types a new amount over the copy: Excel goes on
/// showing the copied written form, so the build asks which figure is meant, at the cell.
#[test]
fn a_number_typed_over_a_written_form_is_asked_about_at_its_cell() {
    let f = site();
    let mut wb = Workbook::new();
    regions(&mut wb);
    let ws = wb.add_worksheet().set_name("资金投入").unwrap();
    fill(
        ws,
        &[
            &["行政区划代码", "年份", "资金来源", "金额（万元）"],
            &["623026", "2015", "财政扶贫资金"],
            &["623026", "2016", "财政扶贫资金"],
        ],
    );
    let written = Format::new().set_num_format("\"近5000万元\"");
    ws.write_number_with_format(1, 3, 5000.0, &written).unwrap();
    ws.write_number_with_format(2, 3, 6000.0, &written).unwrap();
    save(&f, "报表.xlsx", &mut wb);
    let e = f.errors();
    assert_has(
        &e,
        &[
            "--> content/tables/报表.xlsx:资金投入!D3",
            "it shows “近5000万元” but holds the number 6000",
            "set the cell's format to General",
        ],
    );
    assert!(!e.contains("资金投入!D2"), "{e}");
}

#[test]
fn a_folder_without_a_code_binds_by_its_name() {
    let f = site();
    f.write(
        "content/tables/2015年贫困人口.csv",
        "行政区划代码,地区,年份,贫困人口\n623026,碌曲县,2015,4000\n",
    );
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\nsource: 测试\nfunds:\n  - { year: 2015, source: 财政扶贫资金, amount: 4340万元 }\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/luqu/index.html");
    assert_has(&page, &["4000人", "4340万元"]);
    assert!(!f.out().join("regions/623026").exists());
}

#[test]
fn a_region_only_data_rows_name_is_asked_its_name() {
    let f = site();
    f.write(
        "content/tables/贫困人口.csv",
        "行政区划代码,年份,贫困人口\n623026,2015,4000\n",
    );
    assert_has(
        &f.errors(),
        &[
            "the region `623026` has no name: only data rows name it, by its code",
            "--> content/tables/贫困人口.csv:A2",
            "add a row to the `地区` sheet",
        ],
    );
}

#[test]
fn a_region_key_given_differently_in_a_table_and_in_region_yaml_names_both() {
    let f = site();
    f.write(
        "content/tables/地区.csv",
        "行政区划代码,地区,级别\n623026,碌曲县,旗\n",
    );
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\ncode: 623026\nlevel: 县\nsource: 测试\n",
    );
    assert_has(
        &f.errors(),
        &[
            "`级别` is given differently here and in region.yaml (content/regions/luqu/region.yaml:3:8)",
            "--> content/tables/地区.csv:C2",
        ],
    );
}

#[test]
fn a_csv_header_over_its_years_continues_rightwards_as_a_merge_would() {
    let f = site();
    f.write(
        "content/tables/地区.csv",
        "行政区划代码,地区\n623026,碌曲县\n",
    );
    f.write(
        "content/tables/贫困人口.csv",
        "行政区划代码,贫困人口（人）,\n,2014年,2015年\n623026,5678,4000\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("data/623026.json"),
        &["\"people\": 5678", "\"people\": 4000"],
    );
}

#[test]
fn a_total_checks_only_the_rows_of_its_group() {
    let f = site();
    f.write(
        "content/tables/地区.csv",
        "行政区划代码,地区\n623026,碌曲县\n623027,夏河县\n623000,甘南藏族自治州\n",
    );
    f.write(
        "content/tables/贫困人口.csv",
        "行政区划代码,地区,年份,贫困人口\n623026,碌曲县,2015,4000\n,小计,2015,4000\n623027,夏河县,2015,500\n,小计,2015,501\n623000,甘南藏族自治州,2015,4500\n",
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let text = report.diagnostics.to_string();
    assert_has(
        &text,
        &["the `小计` row gives `贫困人口` 501, but the 1 rows it totals add up to 500"],
    );
    assert!(!text.contains("gives `贫困人口` 4000"), "{text}");
}

#[test]
fn a_region_named_in_the_region_sheet_without_a_code_is_asked_for_one() {
    let f = site();
    f.write("content/tables/地区.csv", "地区,级别\n示例县,县\n");
    assert_has(
        &f.errors(),
        &[
            "the site has no region called `示例县`",
            "every region of the `地区` sheet needs a `行政区划代码` or a `标识`",
        ],
    );
}

#[test]
fn the_region_column_of_data_rows_names_a_region() {
    let f = site();
    f.write(
        "content/tables/贫困人口.csv",
        "行政区划代码,地区,年份,贫困人口\n623026,碌曲县,2015,4000\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(&f.read("regions/623026/index.html"), &["碌曲县", "4000人"]);
}
