//! Every chart kind from a story block, the key-figure block, and a parent's roll-ups.

use crate::common::{assert_has, Fixture};

const STORY: &str = "content/regions/sheng/xian/gushi.md";

fn story(body: &str) -> Fixture {
    let f = Fixture::new();
    f.write(STORY, &format!("---\ntitle: 图表\n---\n\n{body}"));
    f
}

fn block(kind_and_options: &str) -> String {
    format!("```chart\n{kind_and_options}\n```\n")
}

#[test]
fn every_kind_draws_its_figures() {
    let f = story(
        &[
            block("kind: poverty-rate"),
            block("kind: poor-population"),
            block("kind: funds"),
            block("kind: projects"),
            block("kind: targets"),
            block("kind: indicator\nname: 自来水普及率"),
            block("kind: rate-decline"),
        ]
        .join("\n"),
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let svg = |n: usize| f.read(&format!("charts/xian/gushi-{n}.svg"));
    assert_has(&svg(1), &[">11%<", ">1.23%<"]);
    assert_has(
        &svg(2),
        &["13065户", "34261人", "11690户", "30285人", "2014—2018"],
    );
    assert_has(&svg(3), &["4.34亿元", "8231万元", "累计投入", "5.1631亿元"]);
    assert_has(&svg(4), &["完成35.5%", "27个", "光伏"]);
    assert_has(
        &svg(5),
        &["完成133.7%", "18858人", "目标100%", "目标1.41万人"],
    );
    assert_has(&svg(6), &["98%", "目标100%"]);
    assert_has(&svg(7), &["下降9.77个百分点"]);
    let page = f.read("regions/xian/gushi/index.html");
    assert_eq!(page.matches("<figure class=\"chart\"").count(), 7);
}

#[test]
fn targets_table_and_description_say_how_far_over() {
    let f = story(&block("kind: targets"));
    f.build().unwrap();
    let page = f.read("regions/xian/gushi/index.html");
    assert_has(
        &page,
        &[
            "2015年减贫人口目标1.41万人，实际18858人，超额完成目标的133.7%",
            "<td class=\"num\">133.7%</td>",
        ],
    );
}

#[test]
fn indicator_needs_a_name_when_there_are_several() {
    let f = Fixture::new();
    f.write("content/regions/sheng/xian/region.yaml", &crate::common::COUNTY.replace(
        "indicators:\n",
        "indicators:\n  - { name: 劳动技能培训, unit: 人, values: { 2015: 8300, 2016: 9100 } }\n",
    ));
    f.write(STORY, "---\ntitle: t\n---\n\n```chart\nkind: indicator\n```\n\n```chart\nkind: indicator\nname: 技能培训\n```\n");
    assert_has(
        &f.errors(),
        &[
            "has several indicators; say which with `name:` (`劳动技能培训` or `自来水普及率`)",
            "has no indicator `技能培训`; it has `劳动技能培训` or `自来水普及率`",
            "gushi.md:5:1",
            "gushi.md:9:1",
        ],
    );
}

#[test]
fn a_figures_block_shows_key_figure_cards() {
    let f = story("```figures\n```\n\n```figures\nregions: [sheng]\ntitle: 全省合计\n```\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/gushi/index.html");
    assert_has(
        &page,
        &[
            "测试县主要数据",
            "11% → 1.23%",
            "下降9.77个百分点",
            "全省合计",
            "资金投入合计",
        ],
    );
}

#[test]
fn a_figures_block_with_an_unknown_region_names_its_line() {
    let f = story("```figures\nregions: [xain]\n```\n");
    assert_has(
        &f.errors(),
        &[
            "unknown region `xain` in a figures block",
            "gushi.md:6:11",
            "did you mean `xian`?",
        ],
    );
}

#[test]
fn a_parent_sums_its_counties_and_compares_their_rates() {
    let f = Fixture::new();
    f.write("content/regions/sheng/er/region.yaml", "name: 第二县\npoverty:\n  - { year: 2014, rate: 8.61% }\n  - { year: 2018, rate: 2% }\nlifted:\n  - { period: 2015-2017, households: 1508, people: 5026 }\nfunds:\n  - { year: 2016, source: 专项资金, amount: 1亿元 }\nproject_batches:\n  - { batch: 一期, total: 10, status: { completed: 10 } }\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/sheng/index.html");
    // Sums of what adds up: people lifted, money, projects.
    assert_has(
        &page,
        &[
            "下辖地区合计与对比",
            "35311人",
            "6.1631亿元",
            "87个",
            "完成率43.7%",
        ],
    );
    // Rates are compared, one line per county, never added.
    let rates = f.read("charts/sheng/children-poverty-rate.svg");
    assert_has(&rates, &["测试县", "第二县", ">8.61%<", ">1.23%<"]);
    let funds = f.read("charts/sheng/children-funds.svg");
    assert_has(&funds, &["测试县", "第二县", "5.1631亿元", "1亿元"]);
    // The ranking puts the larger investment first.
    assert!(
        funds.find("5.1631亿元").unwrap() < funds.find(">1亿元<").unwrap_or(usize::MAX)
            || !funds.contains(">1亿元<")
    );
}

#[test]
fn home_page_compares_every_county() {
    let f = Fixture::new();
    f.write("content/regions/sheng/er/region.yaml", "name: 第二县\npoverty:\n  - { year: 2014, rate: 20% }\n  - { year: 2018, rate: 2% }\nfunds:\n  - { year: 2016, source: 专项资金, amount: 1亿元 }\nprojects:\n  - { name: 村道, status: 已完工 }\n");
    f.build().unwrap();
    let home = f.read("index.html");
    assert_has(
        &home,
        &[
            "各地区贫困发生率",
            "各地区贫困发生率降幅",
            "各地区资金投入排名",
            "各地区项目完成率",
        ],
    );
    let decline = f.read("charts/site/rate-decline.svg");
    let funds = f.read("charts/site/funds.svg");
    assert!(
        funds.find("测试县").unwrap() < funds.find("第二县").unwrap(),
        "largest investment first"
    );
    // Ranked: 18 points before 9.77 points.
    let (a, b) = (
        decline.find("下降18个百分点").unwrap(),
        decline.find("下降9.77个百分点").unwrap(),
    );
    assert!(a < b, "largest decline first");
}

#[test]
fn one_region_is_not_a_comparison() {
    let f = Fixture::new();
    f.build().unwrap();
    assert!(!f.out().join("charts/site/poverty-rate.svg").exists());
    assert!(!f
        .out()
        .join("charts/sheng/children-poverty-rate.svg")
        .exists());
}

/// Twelve counties under one prefecture, county `i` with funds of `i + 1` 亿元 and a
/// poverty rate falling by `i + 1` points.
fn twelve_counties() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/shi/region.yaml",
        "name: 测试市\nlevel: 市\n",
    );
    for i in 0..12 {
        f.write(
            &format!("content/regions/sheng/shi/x{i:02}/region.yaml"),
            &format!(
                "name: 第{i}县\nlevel: 县\npoverty:\n  - {{ year: 2014, rate: 20% }}\n  - {{ year: 2019, rate: {}% }}\nfunds:\n  - {{ year: 2018, source: 财政扶贫资金, amount: {}亿元 }}\n",
                19 - i,
                i + 1
            ),
        );
    }
    f
}

#[test]
fn a_ranking_of_many_regions_shows_its_top_ten_and_says_so() {
    let f = twelve_counties();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    // Thirteen counties in all (the fixture's own, plus twelve): the home page ranks them.
    let csv = f.read("charts/site/funds.csv");
    let mut ranked: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    ranked.dedup();
    assert_eq!(ranked.len(), 10, "{csv}");
    // 测试县 has 5.16亿元, between 第4县 (5亿元) and 第5县 (6亿元): tenth is 第3县 (4亿元).
    assert_eq!(ranked[0], "第11县");
    assert_eq!(ranked[7], "测试县");
    assert_eq!(ranked[9], "第3县");
    let home = f.read("index.html");
    assert_has(&home, &["各地区资金投入排名（前10位，共13个地区）"]);
    // More than eight lines would tangle: the falls are ranked instead.
    assert!(!f.out().join("charts/site/poverty-rate.svg").exists());
    let falls = f.read("charts/site/rate-decline.csv");
    assert!(
        falls.contains("第11县") && !falls.contains("第0县"),
        "{falls}"
    );
    // The prefecture's page compares its twelve the same way.
    let shi = f.read("regions/shi/index.html");
    assert_has(
        &shi,
        &[
            "测试市下辖地区贫困发生率降幅对比（前10位，共12个地区）",
            "测试市下辖地区资金投入对比（前10位，共12个地区）",
        ],
    );
    assert!(!f
        .out()
        .join("charts/shi/children-poverty-rate.svg")
        .exists());
    assert!(f
        .out()
        .join("charts/shi/children-rate-decline.svg")
        .exists());
}
