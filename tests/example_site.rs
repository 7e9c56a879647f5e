//! The example site in this repository: its figures reach pages, charts and open data
//! unchanged, its links all resolve, and two builds are byte-identical.

use crate::common::assert_has;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use xiaokang::BuildOptions;

/// The example site built once into a temporary folder (the repository's output/ is left alone).
fn built() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let report = xiaokang::build(&BuildOptions {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
            out: Some(out.clone()),
            drafts: false,
            booklet_only: false,
            pdfs: true,
        })
        .unwrap_or_else(|d| panic!("the example site must build:\n{d}"));
        // Notes say what the build chose (the 简报's fonts); nothing else is reported.
        let notes = xiaokang::diagnostics::Severity::Note;
        assert!(
            report.diagnostics.iter().all(|d| d.severity == notes),
            "the example site builds without warnings:\n{}",
            report.diagnostics
        );
        (dir, out)
    })
    .1
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(built().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn region_page_shows_key_figures_from_the_seed() {
    let page = read("regions/kezuohouqi/index.html");
    assert_has(
        &page,
        &[
            "科左后旗",
            "11690户30285人",
            "13065户34261人 → 1375户3976人",
            // The report gives the rates no year: they stay with its own words.
            "短短五年间（截至2018年12月5日）",
            "11%",
            "1.23%",
            "40.18万人",
            "11570平方公里",
        ],
    );
}

#[test]
fn charts_carry_the_exact_figures_and_accessibility_text() {
    let svg = read("charts/kezuohouqi/poor-population.svg");
    assert_has(
        &svg,
        &[
            "<title",
            "<desc",
            "role=\"img\"",
            ">34261人<",
            ">3976人<",
            "2014年底贫困13065户34261人",
            ">2014<",
            ">2018<",
        ],
    );
    // The undated 短短五年间 row is in the description and table, not on the axis.
    assert_has(&svg, &["短短五年间（截至2018年12月5日）减贫11690户30285人"]);
    assert!(
        !svg.contains(">30285人<"),
        "an undated row on the time axis"
    );
    let projects = read("charts/delingha/projects.svg");
    assert_has(&projects, &["完成35.5%", "27个", "第一、二批"]);
    let funds = read("charts/kangle/funds.svg");
    assert_has(&funds, &["4.34亿元", "8.89亿元", "财政扶贫资金"]);
    // 碌曲's report dates none of its money: one bar per fund, named by the report's own
    // time words, never a year on an axis.
    let luqu = read("charts/luqu/funds.svg");
    assert_has(
        &luqu,
        &[
            ">8231万元<",
            ">近三年来<",
            ">3700余万元<",
            ">扶贫开发专项资金<",
        ],
    );
    assert!(!luqu.contains("2013"), "a period no report states");
}

/// Every key-figure card, chart and table on every page says where its figures come from.
#[test]
fn every_card_chart_and_table_names_its_source() {
    for (path, html) in html_pages() {
        let cards = html.matches("class=\"figure-card\"").count();
        let card_sources = html.matches("class=\"figure-source\"").count();
        assert_eq!(cards, card_sources, "{path}: a card without its source");
        for chart in html.split("<figure class=\"chart\"").skip(1) {
            let chart = chart.split("</figure>").next().unwrap_or_default();
            assert!(
                chart.contains("<p class=\"source-line\">数据来源："),
                "{path}: a chart without its source"
            );
        }
        for table in html
            .split("</table>\n</div>")
            .skip(1)
            .filter(|t| !t.is_empty())
            // A chart's data table: the chart's own source line (checked above) covers it.
            .filter(|t| !t.trim_start().starts_with("</details>"))
        {
            assert!(
                table
                    .trim_start()
                    .starts_with("<p class=\"source-line\">数据来源："),
                "{path}: a table without its source"
            );
        }
    }
    assert_has(
        &read("regions/kezuohouqi/index.html"),
        &["数据来源：中国网草原频道 2018-12-05《撸起袖子加油干 精准施策拔穷根：科左后旗精准扶贫工作纪实》（作者 包向平 綦志慧）；截至2018年12月5日"],
    );
    // A chart's CSV carries the same source and date on every row.
    assert_has(
        &read("charts/kangle/funds.csv"),
        &[
            "年份,资金来源,金额,其中用于贫困村,项目数,数据来源,截至",
            "页面日期 08.03.2016,2016\r\n",
        ],
    );
}

/// The reports' qualified figures appear as written on pages, in charts and downloads,
/// and loans stay out of every 资金投入 total.
#[test]
fn qualified_figures_as_written_and_loans_apart() {
    let kangle = read("regions/kangle/index.html");
    assert_has(
        &kangle,
        &[
            "4亿多元",
            "1200多万元",
            "金融信贷",
            "精准扶贫贷款",
            "2.62亿元",
            "不计入资金投入",
        ],
    );
    let funds_table = kangle
        .split("<caption>资金投入</caption>")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("康乐's funds table");
    assert!(!funds_table.contains("贷款"), "a loan in the funds table");
    // 4.34 + 8.89亿元 in 2015; the undated 4亿多元, 1200多万元 and 2353万元 may overlap
    // them and are left out of the total, which says so.
    assert_has(&kangle, &[">13.23亿元<", "另有3项未注明年份，未计入合计"]);
    assert_has(
        &read("charts/kangle/credit.svg"),
        &[">2.62亿元<", ">96.33万元<"],
    );
    assert_has(
        &read("data/luqu.csv"),
        &["funds,,生态文明示范村建设投资,amount,37000000,元,3700余万元,余,"],
    );
    assert_has(
        &read("regions/luqu/index.html"),
        &["8300余人", "3700余万元"],
    );
    assert_has(
        &read("regions/kezuohouqi/index.html"),
        &["近5000万元", "8万余户", "300元以上"],
    );
}

/// A figure whose own sentence has no time word is shown 未注明时间, never with a word
/// taken from elsewhere in its report (issue #30, item 8: 碌曲's loans were 近年来).
#[test]
fn figures_their_report_gives_no_time_say_so() {
    let luqu = read("regions/luqu/index.html");
    assert_has(
        &luqu,
        &[
            // The card names the loan first: 未注明时间 is no part of its name.
            "<span class=\"figure-note\">双联惠农贷款，未注明时间；",
            "<tr><th scope=\"row\">未注明时间</th><td>双联惠农贷款</td>",
        ],
    );
    assert!(
        !luqu.contains("近年来"),
        "a time word borrowed from the report's opening"
    );
    // So does the credit chart's description, and the amount lent keeps its own 累计.
    assert_has(
        &luqu,
        &[
            "双联惠农贷款1.55亿元（未注明时间）；",
            "互助资金687万元（未注明时间），累计已发放571万元。",
        ],
    );
    assert!(
        !luqu.contains("未注明时间双联"),
        "未注明时间 read as part of a name"
    );
    assert_has(
        &read("data/luqu.csv"),
        &["credit,,双联惠农贷款,amount,155000000,元,1.55亿元,,碌曲县精准扶贫精准脱贫工作报道（原文未注明标题、媒体、作者与日期）,未注明,,\r\n"],
    );
    for id in ["luqu", "baiyinqu", "delingha"] {
        let csv = read(&format!("data/{id}.csv"));
        assert!(!csv.contains("近年来"), "{id}:\n{csv}");
    }
    // 德令哈's 今年以来 opens its report: the 1500万元 sentence has no time word.
    assert!(!read("data/delingha.csv").contains("今年以来"));
}

/// 德令哈's batches are spent from its 国开行 loan, the third batch's money only planned
/// (拟投资); 碌曲's 累计 is the lending's; 康乐's 7.65万 is a poor population with no time
/// (issue #30, item 9).
#[test]
fn what_each_figure_is_in_its_report() {
    let delingha = read("regions/delingha/index.html");
    let loan = "由国开行农村基础设施改造贷款安排";
    assert_has(
        &delingha,
        &[
            "<th scope=\"col\" class=\"num\">总投资</th><th scope=\"col\" class=\"num\">拟投资</th><th scope=\"col\" class=\"num\">已完成投资</th><th scope=\"col\">资金安排</th>",
            &format!("<td class=\"num\">20.52亿元</td><td class=\"num\">—</td><td class=\"num\">6.94亿元</td><td>{loan}</td>"),
            &format!("<td class=\"num\">—</td><td class=\"num\">2.1亿元</td><td class=\"num\">—</td><td>{loan}</td>"),
            "<td>目前4.5亿元</td>",
        ],
    );
    // Money put in is the 1500万元 fund alone: the loan's batches are never added beside it.
    assert_has(
        &delingha,
        &["<span class=\"figure-label\">资金投入</span>\n    <strong class=\"figure-value\">1500万元</strong>"],
    );
    assert_has(
        &read("regions/delingha/jichu-sheshi/index.html"),
        &["由国开行农村基础设施改造贷款安排", "拟投资2.1亿元"],
    );
    assert_has(
        &read("data/all.csv"),
        &[
            "项目批次,632802,德令哈市,delingha,",
            ",第三批,2.1亿元,,国开行农村基础设施改造贷款,7,",
        ],
    );
    assert_has(&read("regions/luqu/index.html"), &["<td>累计571万元</td>"]);
    let kangle = read("regions/kangle/index.html");
    assert_has(
        &kangle,
        &["<tr><th scope=\"row\">贫困人口</th><td>未注明时间</td><td class=\"num\">7.65万人</td>"],
    );
    assert!(!kangle.contains("整体脱贫人口"), "7.65万 as a 2018 target");
}

#[test]
fn chart_is_inline_with_its_table_and_downloads() {
    let page = read("regions/delingha/index.html");
    assert_has(&page, &["<svg", "<table>", "<th scope=\"row\">第一、二批</th><td class=\"num\">76个</td><td class=\"num\">27个</td><td class=\"num\">11个</td><td class=\"num\">4个</td><td class=\"num\">34个</td><td class=\"num\">35.5%</td>", "charts/delingha/projects.svg", "charts/delingha/projects.csv", "20.52亿元", "6.94亿元"]);
    let csv = std::fs::read(built().join("charts/delingha/projects.csv")).unwrap();
    assert!(
        csv.starts_with("\u{feff}".as_bytes()),
        "CSV starts with a BOM for spreadsheets"
    );
    assert_has(
        &String::from_utf8_lossy(&csv),
        &["第一、二批,76个,27个,11个,4个,34个,35.5%"],
    );
}

#[test]
fn stories_cite_figures_from_the_data() {
    let page = read("regions/kezuohouqi/index.html");
    assert_has(&page, &["减贫11690户30285人，贫困发生率由11%降至1.23%"]);
    for (path, html) in html_pages() {
        assert!(!html.contains("{{"), "{path} has an unresolved reference");
    }
}

#[test]
fn open_data_is_exact() {
    let json: serde_json::Value = serde_json::from_str(&read("data/kangle.json")).unwrap();
    let funds = json["funds"].as_array().unwrap();
    let fiscal = funds
        .iter()
        .find(|f| f["source"] == "财政扶贫资金")
        .unwrap();
    assert_eq!(fiscal["amount"], serde_json::json!(434000000));
    assert_eq!(fiscal["to_poor_villages"], serde_json::json!(276000000));
    let kz: serde_json::Value = serde_json::from_str(&read("data/kezuohouqi.json")).unwrap();
    assert_eq!(kz["poverty"][1]["people"].to_string(), "3976");
    let by: serde_json::Value = serde_json::from_str(&read("data/baiyinqu.json")).unwrap();
    assert_eq!(by["poverty"][0]["rate"].to_string(), "8.61");
    assert_has(
        &read("data/kezuohouqi.csv"),
        &[
            "poverty,2018,,people,3976,人,3976人",
            // 科左后旗's report says 短短五年间: the row is undated, with its words.
            "lifted,,,people,30285,人,30285人,,中国网草原频道 2018-12-05",
            ",2018-12-05,短短五年间,\r\n",
        ],
    );
}

#[test]
fn every_region_has_a_page_and_parents_list_children() {
    for id in [
        "gansu",
        "gannan",
        "luqu",
        "baiyinshi",
        "baiyinqu",
        "linxia",
        "kangle",
        "neimenggu",
        "tongliao",
        "kezuohouqi",
        "qinghai",
        "haixi",
        "delingha",
    ] {
        assert!(
            built().join(format!("regions/{id}/index.html")).is_file(),
            "{id}"
        );
    }
    assert_has(
        &read("regions/gansu/index.html"),
        &["碌曲县", "白银区", "康乐县", "regions/luqu/index.html"],
    );
    assert_has(
        &read("index.html"),
        &["科左后旗", "德令哈市", "各地区资金投入排名"],
    );
    assert!(built().join("404.html").is_file());
    assert!(built().join("news/index.html").is_file());
}

fn html_pages() -> Vec<(String, String)> {
    walkdir::WalkDir::new(built())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            (
                e.path()
                    .strip_prefix(built())
                    .unwrap()
                    .display()
                    .to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_internal_link_is_relative_and_resolves() {
    let mut checked = 0;
    for (path, html) in html_pages() {
        let dir = built().join(&path).parent().unwrap().to_path_buf();
        for attr in ["href=\"", "src=\""] {
            for part in html.split(attr).skip(1) {
                let target = &part[..part.find('"').unwrap()];
                if target.starts_with('#')
                    || target.starts_with("http")
                    || target.starts_with("mailto:")
                {
                    continue;
                }
                assert!(!target.starts_with('/'), "{path}: absolute link {target}");
                let file = target.split('#').next().unwrap();
                assert!(dir.join(file).is_file(), "{path}: broken link {target}");
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn builds_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let again = dir.path().join("again");
    xiaokang::build(&BuildOptions {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        out: Some(again.clone()),
        drafts: false,
        booklet_only: false,
        pdfs: true,
    })
    .unwrap();
    let snapshot = |root: &Path| -> BTreeMap<PathBuf, Vec<u8>> {
        walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    let (a, b) = (snapshot(built()), snapshot(&again));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (k, v) in &a {
        assert!(b[k] == *v, "{} differs between two builds", k.display());
    }
}

#[test]
fn all_regions_download_as_one_workbook_and_one_csv() {
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    let bytes = std::fs::read(built().join("data/all.xlsx")).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names()[0], "地区");
    let row_of = |book: &mut Xlsx<_>, sheet: &str, id: &str, first: Option<Data>| {
        let range = book.worksheet_range(sheet).unwrap();
        range
            .rows()
            .find(|r| r[2] == Data::String(id.into()) && first.as_ref().is_none_or(|f| &r[3] == f))
            .unwrap_or_else(|| panic!("{sheet} has no row of {id}"))
            .to_vec()
    };
    let poverty = row_of(
        &mut book,
        "贫困人口",
        "kezuohouqi",
        Some(Data::Float(2014.0)),
    );
    assert_eq!(
        poverty[0..6],
        [
            Data::String("150522".into()),
            Data::String("科左后旗".into()),
            Data::String("kezuohouqi".into()),
            Data::Float(2014.0),
            Data::Float(13065.0),
            Data::Float(34261.0),
        ]
    );
    let fund = row_of(&mut book, "资金投入", "luqu", None);
    // 8231万元: a number in the 金额（万元） column.
    assert!(fund.contains(&Data::Float(8231.0)), "{fund:?}");
    assert!(fund.contains(&Data::String("近三年来".into())), "{fund:?}");

    let csv = read("data/all.csv");
    assert!(
        csv.starts_with("\u{feff}表,行政区划代码,地区,标识,"),
        "{csv}"
    );
    assert_has(
        &csv,
        &[
            "贫困人口,150522,科左后旗,kezuohouqi,",
            ",2014,13065,34261,",
            "8231万元",
        ],
    );
    // The home page links both.
    assert_has(
        &read("index.html"),
        &[
            "href=\"data/all.xlsx\" download>Excel",
            "href=\"data/all.csv\" download>CSV",
        ],
    );
}
