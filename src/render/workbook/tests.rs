//! The workbook read back as a reader sees it (calamine), and the CSV as text.

use super::*;
use crate::diagnostics::{Diagnostics, SourceFile};
use crate::model::decode::Decoder;
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
            "贫困户数",
            "贫困人口",
            "贫困发生率",
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
            "人口",
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
            text("40.18万"),
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
fn figures_are_numbers_only_when_plain_and_text_as_written_otherwise() {
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
            text("11%"),
            // The row's own cite; not the region's source, nor its as_of.
            text("县统计局"),
            Data::Empty,
            Data::Empty,
            Data::Empty,
        ]
    );
    assert_eq!(poverty[2][5], text("8300余"));
    assert_eq!(poverty[2][7], Data::Empty, "no inherited source");

    let lifted = sheet(&book, "减贫");
    assert_eq!(headers(lifted)[3..5], ["时期", "年份"]);
    assert_eq!(
        lifted[1][3..7],
        [text("2014-2018"), Data::Empty, Data::Empty, text("1.41万")]
    );
    assert_eq!(
        lifted[2][3..6],
        [Data::Empty, Data::Float(2016.0), Data::Float(300.0)]
    );

    let funds = sheet(&book, "资金投入");
    assert_eq!(
        headers(funds)[3..9],
        ["年份", "时期", "资金来源", "金额", "投向贫困村", "项目数"]
    );
    assert_eq!(
        funds[1][3..9],
        [
            Data::Float(2016.0),
            Data::Empty,
            text("财政扶贫资金"),
            text("近5000万元"),
            Data::Empty,
            Data::Float(12.0)
        ]
    );
    // Money stays in the scale it was written in, so it reads back the same.
    assert_eq!(
        funds[2][4..7],
        [text("2014-2018"), text("整合资金"), text("43400000元")]
    );
    assert_eq!(funds[2][10], text("2018"), "the row's own as_of, as text");

    let projects = sheet(&book, "项目");
    assert_eq!(
        projects[1][3..6],
        [text("村级光伏电站"), text("光伏"), text("已完工")]
    );

    let batches = sheet(&book, "项目批次");
    assert_eq!(
        batches[1][3..11],
        [
            text("第一批"),
            text("1.2亿元"),
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
            text("8300余"),
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
         投向贫困村,项目数,类别,已发放,户数,人数,项目名称,状态,总投资,批次,已完成投资,项目总数,\
         已完工,在建,招投标,前期,数值"
    );
    assert_eq!(
        lines[2],
        "地区,,测试县,xian,,,sheng,,,某县扶贫办《总结》,2019-06,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
    );
    assert!(
        lines.contains(
            &"贫困人口,,测试县,xian,,,,,,县统计局,,2014,13065,34261,11%,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
        ),
        "{text}"
    );
    assert!(text.ends_with("\r\n"));
}

#[test]
fn plain_numbers_are_what_an_f64_prints_back() {
    for n in ["0", "34261", "98.5", "0.25", "123456789012345"] {
        assert!(is_plain_number(n), "{n}");
    }
    for t in [
        "",
        "1.",
        ".5",
        "007",
        "1234567890123456",
        "1.41万",
        "11%",
        "8300余",
        "1,000",
    ] {
        assert!(!is_plain_number(t), "{t}");
    }
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
    xlsx::made_on_unix(&mut bytes);
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
