//! The workbook read back as a reader sees it (calamine), and the CSV as text.

use super::*;
use crate::diagnostics::{Diagnostics, SourceFile};
use crate::model::decode::Decoder;
use crate::model::tables::cells;
use crate::model::tables::schema::Kind;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use std::io::Cursor;

/// A region decoded from `region.yaml` text; the text must have no errors.
fn region(id: &str, yaml: &str) -> Region {
    let file = SourceFile::new(format!("content/regions/{id}/region.yaml"), yaml);
    let node = crate::load::yaml::parse(&file, yaml, 0).unwrap();
    let mut diags = Diagnostics::new();
    let r = crate::model::region::decode(
        &mut Decoder::new(&file, &mut diags),
        &node,
        id,
        PathBuf::new(),
    );
    assert!(!diags.has_errors(), "{diags}");
    r.unwrap()
}

const PROVINCE: &str = "\
name: 测试省
level: 省
full_name: 测试省人民政府
source: 省扶贫办
as_of: 2018-12-05
profile: { area_km2: 11570.50, population: 40.18万 }
";

const COUNTY: &str = "\
name: 测试县
source: 某县扶贫办《总结》
as_of: 2019-06
poverty:
  - { year: 2014, households: 13065, people: 34261, rate: 11%, cite: 县统计局 }
  - { year: 2018, people: 8300余 }
lifted:
  - { period: 2014-2018, people: 1.41万 }
  - { year: 2016, households: 300 }
funds:
  - { year: 2016, source: 财政扶贫资金, amount: 近5000万元, projects: 12 }
  - { period: 2014-2018, source: 整合资金, amount: 43400000, as_of: 2018 }
projects:
  - { name: 村级光伏电站, category: 光伏, status: completed }
project_batches:
  - { batch: 第一批, investment: 1.2亿元, total: 20, status: { completed: 15, in_progress: 5 } }
indicators:
  - { name: 自来水普及率, unit: '%', values: { 2015: 85, 2018: 98.5 }, target: 100 }
  - { name: 培训, unit: 人次, value: 8300余, wording: 近三年来 }
";

/// A province and its county, in site order.
fn regions() -> Vec<Region> {
    let mut province = region("sheng", PROVINCE);
    let mut county = region("xian", COUNTY);
    province.children = vec![1];
    county.parent = Some(0);
    county.depth = 1;
    vec![province, county]
}

fn xlsx() -> Vec<u8> {
    xlsx::write(&tables(&regions())).unwrap()
}

/// Every sheet, by name, as rows of cells.
fn read(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn sheet<'a>(book: &'a [(String, Vec<Vec<Data>>)], name: &str) -> &'a [Vec<Data>] {
    &book.iter().find(|(n, _)| n == name).unwrap().1
}

fn text(s: &str) -> Data {
    Data::String(s.into())
}

fn headers(rows: &[Vec<Data>]) -> Vec<String> {
    rows[0].iter().map(|d| d.to_string()).collect()
}

#[test]
fn sheets_come_in_schema_order_and_only_with_rows() {
    let book = read(&xlsx());
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "地区",
            "贫困人口",
            "减贫",
            "资金投入",
            "项目",
            "项目批次",
            "指标"
        ]
    );
    assert_eq!(
        headers(sheet(&book, "贫困人口")),
        [
            "行政区划代码",
            "地区",
            "标识",
            "年份",
            "贫困户数（户）",
            "贫困人口（人）",
            "贫困发生率（%）",
            "数据来源",
            "截至",
            "时间用语",
            "备注"
        ]
    );
    // The regions sheet has no provenance columns of rows: its own source and date.
    assert_eq!(
        headers(sheet(&book, "地区")),
        [
            "行政区划代码",
            "地区",
            "标识",
            "级别",
            "全称",
            "上级",
            "面积",
            "人口（人）",
            "数据来源",
            "截至"
        ]
    );
}

#[test]
fn regions_sheet_places_each_region_under_its_parent() {
    let book = read(&xlsx());
    let rows = sheet(&book, "地区");
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1],
        [
            Data::Empty,
            text("测试省"),
            text("sheng"),
            text("省"),
            text("测试省人民政府"),
            Data::Empty,
            Data::Float(11570.5),
            // 40.18万, shown so by its number format.
            Data::Float(401800.0),
            text("省扶贫办"),
            // A date as written, never an Excel date.
            text("2018-12-05"),
        ]
    );
    assert_eq!(rows[2][1], text("测试县"));
    assert_eq!(rows[2][5], text("sheng"), "上级 is the parent's id");
    assert_eq!(rows[2][9], text("2019-06"));
}

#[test]
fn every_figure_is_a_number_in_its_columns_unit() {
    let book = read(&xlsx());
    let poverty = sheet(&book, "贫困人口");
    assert_eq!(
        poverty[1],
        [
            Data::Empty,
            text("测试县"),
            text("xian"),
            Data::Float(2014.0),
            Data::Float(13065.0),
            Data::Float(34261.0),
            Data::Float(11.0),
            // The row's own cite; not the region's source, nor its as_of.
            text("县统计局"),
            Data::Empty,
            Data::Empty,
            Data::Empty,
        ]
    );
    assert_eq!(poverty[2][5], Data::Float(8300.0), "8300余");
    assert_eq!(poverty[2][7], Data::Empty, "no inherited source");

    let lifted = sheet(&book, "减贫");
    assert_eq!(headers(lifted)[3..5], ["时期", "年份"]);
    assert_eq!(
        lifted[1][3..7],
        [
            text("2014-2018"),
            Data::Empty,
            Data::Empty,
            Data::Float(14100.0)
        ]
    );
    assert_eq!(
        lifted[2][3..6],
        [Data::Empty, Data::Float(2016.0), Data::Float(300.0)]
    );

    let funds = sheet(&book, "资金投入");
    assert_eq!(
        headers(funds)[3..9],
        [
            "年份",
            "时期",
            "资金来源",
            "金额（万元）",
            "投向贫困村（万元）",
            "项目数（个）"
        ]
    );
    assert_eq!(
        funds[1][3..9],
        [
            Data::Float(2016.0),
            Data::Empty,
            text("财政扶贫资金"),
            Data::Float(5000.0),
            Data::Empty,
            Data::Float(12.0)
        ]
    );
    // Money is in 万元 whatever scale it was written in (43400000元).
    assert_eq!(
        funds[2][4..7],
        [text("2014-2018"), text("整合资金"), Data::Float(4340.0)]
    );
    assert_eq!(funds[2][10], text("2018"), "the row's own as_of, as text");

    let projects = sheet(&book, "项目");
    assert_eq!(
        projects[1][3..6],
        [text("村级光伏电站"), text("光伏"), text("已完工")]
    );

    let batches = sheet(&book, "项目批次");
    assert_eq!(
        batches[1][3..13],
        [
            text("第一批"),
            Data::Float(12000.0),
            // No 拟投资, 已完成投资 or 贷款来源 given.
            Data::Empty,
            Data::Empty,
            Data::Empty,
            Data::Float(20.0),
            Data::Float(15.0),
            Data::Float(5.0),
            // Statuses the report did not give stay empty, not 0.
            Data::Empty,
            Data::Empty,
        ]
    );
}

#[test]
fn an_indicator_has_a_row_per_year_and_its_target_once() {
    let book = read(&xlsx());
    let rows = sheet(&book, "指标");
    assert_eq!(
        headers(rows)[3..8],
        ["指标", "单位", "年份", "数值", "目标"]
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1][3..8],
        [
            text("自来水普及率"),
            text("%"),
            Data::Float(2015.0),
            Data::Float(85.0),
            Data::Float(100.0)
        ]
    );
    assert_eq!(
        rows[2][3..8],
        [
            text("自来水普及率"),
            text("%"),
            Data::Float(2018.0),
            Data::Float(98.5),
            Data::Empty
        ]
    );
    // An undated value: no year, its wording on the row.
    assert_eq!(
        rows[3][3..11],
        [
            text("培训"),
            text("人次"),
            Data::Empty,
            Data::Float(8300.0),
            Data::Empty,
            Data::Empty,
            Data::Empty,
            text("近三年来"),
        ]
    );
}

#[test]
fn the_workbook_is_the_same_bytes_every_time() {
    assert_eq!(xlsx(), xlsx());
    let files = |regions: Vec<Region>| {
        let site = Site::new(
            PathBuf::new(),
            Default::default(),
            regions,
            Vec::new(),
            None,
            Vec::new(),
        );
        files(&site)
    };
    let a = files(regions());
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].path, PathBuf::from("data/all.xlsx"));
    assert_eq!(a, files(regions()));
}

#[test]
fn the_csv_is_one_table_of_every_sheet() {
    let bytes = csv::write(&tables(&regions()));
    let text = String::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a BOM");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "表,行政区划代码,地区,标识,级别,全称,上级,面积,人口,数据来源,截至,年份,贫困户数,贫困人口,\
         贫困发生率,时间用语,备注,时期,脱贫户数,脱贫人口,指标,单位,目标,完成,资金来源,金额,\
         投向贫困村,项目数,类别,已发放,已发放时间用语,户数,人数,项目名称,状态,总投资,批次,拟投资,\
         已完成投资,贷款来源,项目总数,已完工,在建,招投标,前期,数值"
    );
    assert_eq!(
        lines[2],
        "地区,,测试县,xian,,,sheng,,,某县扶贫办《总结》,2019-06,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
    );
    assert!(
        lines.contains(
            &"贫困人口,,测试县,xian,,,,,,县统计局,,2014,13065,34261,11%,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
        ),
        "{text}"
    );
    assert!(text.ends_with("\r\n"));
}

#[test]
fn every_zip_entry_says_it_was_made_on_unix_whatever_the_system() {
    let mut bytes = xlsx();
    assert!(zip_entries_made_by(&bytes).iter().all(|host| *host == 3));
    // As the zip writer leaves it on Windows: host 0 (MS-DOS) in every entry.
    let entries: Vec<usize> = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == [0x50, 0x4b, 0x01, 0x02])
        .map(|(i, _)| i)
        .collect();
    for i in &entries {
        bytes[i + 5] = 0;
    }
    crate::render::zip_host::made_on_unix(&mut bytes);
    let hosts = zip_entries_made_by(&bytes);
    assert_eq!(hosts.len(), entries.len());
    assert!(hosts.iter().all(|host| *host == 3), "{hosts:?}");
    assert_eq!(bytes, xlsx(), "the same bytes as made on Linux");
}

/// The host system byte of every central directory entry.
fn zip_entries_made_by(zip: &[u8]) -> Vec<u8> {
    zip.windows(4)
        .enumerate()
        .filter(|(_, w)| *w == [0x50, 0x4b, 0x01, 0x02])
        .map(|(i, _)| zip[i + 5])
        .collect()
}

/// The number format of a cell of a sheet, as the workbook stores it.
fn format_at(bytes: &[u8], name: &str, at: (u32, u32)) -> String {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let styles = book.worksheet_style(name).unwrap();
    let style = styles
        .get(at)
        .unwrap_or_else(|| panic!("{name} {at:?}: no style"));
    style.number_format.as_ref().unwrap().format_code.clone()
}

#[test]
fn every_money_count_and_rate_cell_is_a_number() {
    let book = read(&xlsx());
    let mut figures = 0;
    for (name, rows) in &book {
        let sheet = crate::model::tables::schema::Sheet::named(name).unwrap();
        for (c, h) in headers(rows).iter().enumerate() {
            let (header, _) = crate::model::tables::header::split_header(h);
            let column = sheet.column(&header).unwrap();
            let figure = matches!(
                column.kind,
                Kind::Money | Kind::Count | Kind::Rate | Kind::Figure | Kind::Decimal
            );
            for row in &rows[1..] {
                match &row[c] {
                    Data::Float(_) if figure => figures += 1,
                    Data::Empty => {}
                    d => assert!(!figure, "{name}!{h}: {d:?}"),
                }
            }
        }
    }
    // 地区 2, 贫困人口 4, 减贫 2, 资金投入 3, 项目批次 4, 指标 4: every figure COUNTY states.
    assert_eq!(figures, 19);
}

#[test]
fn a_money_column_sums_to_the_models_total() {
    let regions = regions();
    let total: Money = regions
        .iter()
        .flat_map(|r| &r.funds)
        .map(|f| f.amount.value)
        .sum();
    let book = read(&xlsx());
    let funds = sheet(&book, "资金投入");
    let c = headers(funds)
        .iter()
        .position(|h| h == "金额（万元）")
        .unwrap();
    let sum: f64 = funds[1..]
        .iter()
        .map(|row| match row[c] {
            Data::Float(v) => v,
            ref d => panic!("{d:?}"),
        })
        .sum();
    // 近5000万元 counts as 5000, 43400000元 as 4340.
    assert_eq!(sum, 9340.0);
    assert_eq!(
        sum,
        crate::quantity::decimal_to_f64(total.in_unit(MoneyUnit::Wan))
    );
}

#[test]
fn a_written_form_shows_through_its_number_format() {
    let bytes = xlsx();
    // Qualified, or in another scale than the column's: the format is the written form.
    assert_eq!(format_at(&bytes, "资金投入", (1, 6)), "\"近5000万元\"");
    assert_eq!(format_at(&bytes, "资金投入", (2, 6)), "\"43400000元\"");
    assert_eq!(format_at(&bytes, "项目批次", (1, 4)), "\"1.2亿元\"");
    assert_eq!(format_at(&bytes, "贫困人口", (2, 5)), "\"8300余\"");
    assert_eq!(format_at(&bytes, "减贫", (1, 6)), "\"1.41万\"");
    assert_eq!(format_at(&bytes, "地区", (1, 7)), "\"40.18万\"");
    // Plain: the number, with its own decimals.
    assert_eq!(format_at(&bytes, "贫困人口", (1, 5)), "#,##0");
    assert_eq!(format_at(&bytes, "地区", (1, 6)), "#,##0.0");
    assert_eq!(format_at(&bytes, "指标", (2, 6)), "#,##0.0");
}

#[test]
fn the_reader_takes_a_written_form_back_from_its_format() {
    let grids = crate::load::tables::workbook(xlsx()).unwrap();
    let funds = grids.iter().find(|g| g.name == "资金投入").unwrap();
    let cell = &funds.rows[1][6];
    assert_eq!(
        *cell,
        crate::load::tables::Cell::Number {
            value: 5000.0,
            percent: false,
            literal: Some("近5000万元".into()),
        }
    );
    let read = |cell, unit| cells::read(cell, Kind::Money, unit, false).unwrap();
    assert_eq!(read(cell, Some("万元")).as_deref(), Some("近5000万元"));
    // The number is 5000 in 万元, not in 亿元: the cell shows one figure and holds another.
    let other = cells::read(cell, Kind::Money, Some("亿元"), false).unwrap_err();
    assert!(
        other.message.to_string().contains("近5000万元"),
        "{other:?}"
    );
}

#[test]
fn a_number_typed_over_a_written_form_is_refused_not_guessed() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let written = rust_xlsxwriter::Format::new().set_num_format("\"近5000万元\"");
    sheet
        .write_number_with_format(0, 0, 5000.0, &written)
        .unwrap();
    sheet
        .write_number_with_format(0, 1, 6000.0, &written)
        .unwrap();
    // A format with more than one quoted text is no written form: the number is read.
    let mixed = rust_xlsxwriter::Format::new().set_num_format("0\"万元\"");
    sheet
        .write_number_with_format(0, 2, 6000.0, &mixed)
        .unwrap();
    let grids = crate::load::tables::workbook(book.save_to_buffer().unwrap()).unwrap();
    let row = &grids[0].rows[0];
    let read = |c: usize| cells::read(&row[c], Kind::Money, Some("万元"), false);
    assert_eq!(read(0).unwrap().as_deref(), Some("近5000万元"));
    let e = read(1).unwrap_err();
    let message = e.message.to_string();
    assert!(
        message.contains("近5000万元") && message.contains("6000"),
        "{message}"
    );
    assert!(e.hint.is_some());
    assert_eq!(read(2).unwrap().as_deref(), Some("6000万元"));
    assert_eq!(
        cells::shown(&row[1]),
        "近5000万元",
        "messages quote what is shown"
    );
}

#[test]
fn a_figure_is_its_number_shown_plain_or_through_its_written_form() {
    use std::str::FromStr;
    use xlsx::{shown, Shown};
    let d = |s: &str| Decimal::from_str(s).unwrap();
    let money = |yuan, written| shown(d(yuan), written, Kind::Money, Some("万元"));
    assert_eq!(money("82310000", "8231万元"), Shown::Number(8231.0, 0));
    assert_eq!(money("8203840", "820.384万元"), Shown::Number(820.384, 3));
    assert_eq!(money("434000000", "4.34亿元"), Shown::Written(43400.0));
    assert_eq!(money("12000000", "1200多万元"), Shown::Written(1200.0));
    assert_eq!(
        shown(d("15.62"), "15.62%", Kind::Rate, Some("%")),
        Shown::Number(15.62, 2)
    );
    assert_eq!(
        shown(d("80"), "80%以上", Kind::Rate, Some("%")),
        Shown::Written(80.0)
    );
    // More digits than a float holds: the number is as near as a float gets, and the
    // format keeps every digit for the reader.
    let big = "12345678901234567";
    assert_eq!(
        shown(d(big), big, Kind::Count, Some("人")),
        Shown::Written(12345678901234567.0)
    );
}

/// `all.xlsx` writes every column the row kinds' description gives, from a region that
/// gives every figure: a figure the writer leaves out, or writes under a key the
/// description lacks (`Row::set` refuses one), fails here.
#[test]
fn every_described_column_is_written() {
    use crate::model::kinds::every_figure;
    let figures = |kind| every_figure(Sheet::of(kind));
    let full = format!(
        "\
name: 全县
level: 县
full_name: 全县人民政府
source: s
as_of: 2019
profile: {{ {} }}
poverty: [{{ year: 2015, {} }}]
lifted: [{{ period: 2014-2018, {} }}, {{ year: 2015, people: 1 }}]
targets: [{{ year: 2015, name: n, unit: 人, {} }}]
funds: [{{ period: 2014-2018, source: n, {} }}, {{ year: 2015, source: n, amount: 1元 }}]
credit: [{{ year: 2015, kind: n, drawn_wording: 累计, {} }}, {{ period: 2014-2018, kind: n, amount: 1元 }}]
projects: [{{ name: n, category: c, status: completed, {} }}]
project_batches:
  - {{ batch: n, financed_by: n, {},
      status: {{ completed: 1, in_progress: 1, tendering: 1, planning: 1 }} }}
indicators: [{{ name: n, unit: 人, values: {{ 2015: 1 }}, target: 1 }}]
",
        figures(Section::Regions),
        figures(Section::Poverty),
        figures(Section::Lifted),
        figures(Section::Targets),
        figures(Section::Funds),
        figures(Section::Credit),
        figures(Section::Projects),
        figures(Section::ProjectBatches),
    );
    let mut province = region("sheng", PROVINCE);
    let mut county = region("xian", &full);
    province.children = vec![1];
    county.parent = Some(0);
    let regions = [province, county];
    let tables = tables(&regions);
    assert_eq!(tables.len(), SHEETS.len(), "a sheet has no rows");
    for t in &tables {
        let columns = t.columns();
        for c in t.sheet.columns {
            let i = columns.iter().position(|x| x.key == c.key).unwrap();
            let written = t.rows().any(|row| row[i] != Cell::Empty);
            assert!(written, "{}: `{}` is never written", t.sheet.name, c.key);
        }
    }
}

/// A row whose report gives it no time is written `截至：未注明`, which reads back as such.
#[test]
fn a_row_with_no_time_is_written_so() {
    let county = region(
        "xian",
        "name: 县\nfunds: [{ source: n, amount: 1元, as_of: 未注明 }]\n",
    );
    let regions = [county];
    let tables = tables(&regions);
    let funds = tables
        .iter()
        .find(|t| t.sheet.section == Section::Funds)
        .unwrap();
    let at = funds
        .columns()
        .iter()
        .position(|c| c.key == key::AS_OF)
        .unwrap();
    let first = funds.rows().next().unwrap();
    assert_eq!(first[at], Cell::Text("未注明".into()));
}

/// A site with no region yet still gets the `地区` sheet, with its headers: the workbook
/// a clerk fills in starts from it.
#[test]
fn a_site_without_regions_keeps_the_region_sheet() {
    let tables = tables(&[]);
    let sections: Vec<Section> = tables.iter().map(|t| t.sheet.section).collect();
    assert_eq!(sections, vec![Section::Regions]);
    assert_eq!(tables[0].rows().count(), 0);
}
