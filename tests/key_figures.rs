//! Key-figure cards against charts: a chart of one figure is a card on the page as in
//! the booklet, a single project reads as its status, and a series of 减贫 figures is
//! one card with its series in the chart.

use crate::common::Fixture;

/// Every key-figure card in `html`: (label, value, note, source).
fn cards(html: &str) -> Vec<(String, String, String, String)> {
    let field = |card: &str, class: &str| -> String {
        let Some((_, rest)) = card.split_once(&format!("class=\"{class}\"")) else {
            return String::new();
        };
        let rest = &rest[rest.find('>').expect("tag closes") + 1..];
        rest[..rest.find('<').expect("element closes")].to_string()
    };
    html.split("<li class=\"figure-card\">")
        .skip(1)
        .map(|c| c.split("</li>").next().unwrap_or_default())
        .map(|c| {
            (
                field(c, "figure-label"),
                field(c, "figure-value"),
                field(c, "figure-note"),
                field(c, "figure-source"),
            )
        })
        .collect()
}

/// The cards of `html` labelled `label`.
fn labelled(html: &str, label: &str) -> Vec<(String, String, String, String)> {
    cards(html).into_iter().filter(|c| c.0 == label).collect()
}

/// The part of the booklet's HTML twin that is `name`'s section.
fn booklet_section(booklet: &str, name: &str) -> String {
    booklet
        .split("class=\"booklet-section\"")
        .find(|s| s.contains(&format!(">{name}</h")))
        .unwrap_or_else(|| panic!("no booklet section for {name}"))
        .to_string()
}

#[test]
fn a_chart_of_one_figure_is_a_key_figure_on_the_page_as_in_the_booklet() {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let booklet = f.read("booklet/index.html");

    // 碌曲县 has one project, in progress: no bar chart of one bar headed 完成0%, but its
    // card, which says where it stands.
    let luqu = f.read("regions/luqu/index.html");
    assert!(!luqu.contains("id=\"luqu-projects\""), "a chart of one bar");
    assert!(!f.out().join("charts/luqu/projects.svg").exists());
    assert!(!luqu.contains("0%"), "a single project's 0% on the page");
    let project = labelled(&luqu, "项目");
    assert_eq!(project.len(), 1, "{project:?}");
    assert_eq!(project[0].1, "在建");
    assert_eq!(project[0].2, "目前生态文明示范村建设");
    // The booklet shows the same cards, and no second card of the same figure.
    let section = booklet_section(&booklet, "碌曲县");
    assert_eq!(cards(&section), cards(&luqu));
    assert!(!section.contains("0%"));
    // So do the parents' sums of that one project.
    for parent in ["gannan", "gansu"] {
        let page = f.read(&format!("regions/{parent}/index.html"));
        let sum = labelled(&page, "项目合计");
        assert_eq!(sum.len(), 1, "{parent}");
        assert_eq!(
            (sum[0].1.as_str(), sum[0].2.as_str()),
            ("1个", "碌曲县生态文明示范村建设，在建"),
            "{parent}"
        );
    }

    // 白银区 has a rate for one year: its card, not a line chart of one dot.
    let baiyin = f.read("regions/baiyinqu/index.html");
    assert!(!f.out().join("charts/baiyinqu/poverty-rate.svg").exists());
    assert!(!baiyin.contains("id=\"baiyinqu-poverty-rate\""));
    let rate = labelled(&baiyin, "贫困发生率");
    assert_eq!(rate.len(), 1);
    assert_eq!(
        (rate[0].1.as_str(), rate[0].2.as_str()),
        ("8.61%", "2014年")
    );
    assert_eq!(
        cards(&booklet_section(&booklet, "白银区")),
        cards(&baiyin),
        "the booklet's cards are the page's"
    );
}

/// Every kind whose figures the region's cards show (`carded` in the registry): a chart
/// of one figure is left out, and its figure is on a card once.
#[test]
fn carded_kinds_leave_a_one_figure_chart_to_their_card() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/xian/region.yaml",
        "name: 测试县\nsource: 测试县扶贫办《工作总结》\npoverty:\n  - { year: 2014, rate: 8.61% }\n\
         lifted:\n  - { period: 2015-2017, people: 5026 }\n\
         funds:\n  - { year: 2016, source: 专项资金, amount: 1亿元 }\n\
         credit:\n  - { year: 2015, kind: 扶贫小额信贷, amount: 2.1亿元 }\n\
         projects:\n  - { name: 村道硬化, status: completed }\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/index.html");
    for d in xiaokang::compute::charts::REGISTRY {
        if d.own && d.carded {
            let svg = f.out().join(format!("charts/xian/{}.svg", d.name));
            assert!(!svg.exists(), "{} drawn with one figure", d.name);
        }
    }
    assert!(
        !page.contains("<figure class=\"chart\""),
        "a chart of one figure"
    );
    let shown: Vec<(String, String)> = cards(&page).into_iter().map(|c| (c.0, c.1)).collect();
    for (label, value) in [
        ("贫困发生率", "8.61%"),
        ("减贫", "5026人"),
        ("资金投入", "1亿元"),
        ("金融信贷", "2.1亿元"),
        ("项目", "已完工"),
    ] {
        let n = shown.iter().filter(|(_, v)| v == value).count();
        assert_eq!(n, 1, "{value} on {n} cards: {shown:?}");
        assert!(
            shown.contains(&(label.to_string(), value.to_string())),
            "{label} {value}: {shown:?}"
        );
    }
}

/// A county with 减贫 figures for five years, all from one report.
const FIVE_YEARS: &str =
    "name: 东乡族自治县\nlevel: 县\nsource: 东乡县扶贫办《脱贫攻坚工作总结》\nlifted:\n\
  - { year: 2016, households: 1307, people: 5230 }\n\
  - { year: 2017, households: 1530, people: 6120 }\n\
  - { year: 2018, households: 1835, people: 7340 }\n\
  - { year: 2019, households: 2003, people: 8012 }\n\
  - { year: 2020, households: 912, people: 3650 }\n";

#[test]
fn five_years_of_lifted_figures_are_one_card_and_their_series_a_chart() {
    let f = Fixture::new();
    f.write("content/regions/sheng/xian/region.yaml", FIVE_YEARS);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/index.html");
    // One card: the latest year, saying where the others are; one source line.
    let lifted = labelled(&page, "减贫");
    assert_eq!(lifted.len(), 1, "{lifted:?}");
    assert_eq!(lifted[0].1, "912户3650人");
    assert_eq!(lifted[0].2, "2020年；2016—2020年逐年数字见图表");
    assert_eq!(lifted[0].3, "数据来源：东乡县扶贫办《脱贫攻坚工作总结》");
    assert_eq!(
        page.matches("数据来源：东乡县扶贫办《脱贫攻坚工作总结》")
            .count(),
        3,
        "the card's, the chart's and the table's source lines"
    );
    // The series is in the chart: every year, every figure.
    let svg = f.read("charts/xian/poor-population.svg");
    for year in 2016..=2020 {
        assert!(svg.contains(&format!(">{year}<")), "{year} missing");
    }
    for figure in [
        "5230人", "6120人", "7340人", "8012人", "3650人", "1307户", "912户",
    ] {
        assert!(
            svg.contains(&format!(">{figure}<")),
            "{figure} not labelled"
        );
    }
    // The booklet's section has the same one card.
    let twin = f.read("booklet/index.html");
    assert_eq!(cards(&booklet_section(&twin, "东乡族自治县")), cards(&page));
}

#[test]
fn a_bar_of_one_project_reads_its_status_not_a_share() {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    // 德令哈市's 旅游 and 光伏 are one project each: in progress, and in preparation.
    let svg = f.read("charts/delingha/projects.svg");
    let texts = xiaokang::chart::inspect::texts(&svg);
    let bars = xiaokang::chart::inspect::bars(&svg);
    for (category, status) in [("旅游", "在建"), ("光伏", "前期")] {
        let (_, bar) = bars
            .iter()
            .find(|(tip, _)| tip.starts_with(&format!("{category} ")))
            .unwrap_or_else(|| panic!("no {category} bar"));
        let over = texts.iter().find(|t| {
            let cx = (t.b.x0 + t.b.x1) / 2.0;
            t.text == status && cx > bar.x0 && cx < bar.x1 && t.b.y1 <= bar.y0
        });
        assert!(over.is_some(), "{category}: no {status} over its bar");
    }
    // So does the sentence a screen reader reads.
    assert!(svg.contains("光伏1个，前期；旅游1个，在建。"), "{svg}");
    // The batches keep their completion share, none done of seven too.
    assert!(svg.contains(">完成35.5%<") && svg.contains(">完成0%<"));
    assert_eq!(
        svg.matches(">完成0%<").count(),
        1,
        "a single project's share"
    );
}
