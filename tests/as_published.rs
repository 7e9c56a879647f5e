//! Figures as officials publish them: where each came from and when it was true,
//! qualified figures (8300余, 近5000万元), undated rows, loans apart from investment, and
//! stocks summed only where every county reports them.

use crate::common::{assert_has, Fixture, COUNTY};

/// A county with a region-level source and date, and rows that override them.
const SOURCED: &str = "\
name: 甲县
level: 县
source: 甲县扶贫办《2019年脱贫攻坚工作总结》
as_of: 2019-12-31
poverty:
  - { year: 2018, households: 1000, people: 3000 }
  - { year: 2019, households: 400, people: 1200, cite: 某州日报 2020-01-15 }
funds:
  - { year: 2019, source: 财政专项扶贫资金, amount: 3.21亿元 }
  - { wording: 近三年来, as_of: 2019-06, source: 扶贫开发专项资金, amount: 3700余万元, projects: 56 }
  - { year: 2019, source: 社会帮扶资金, amount: 近5000万元, to_poor_villages: 3700余万元 }
credit:
  - { year: 2019, kind: 扶贫小额信贷, amount: 2.1亿元, households: 5100 }
  - { as_of: 2019-09, kind: 助学贷款, amount: 96万元, drawn: 90万元, people: 160 }
indicators:
  - { name: 劳动技能培训, unit: 人次, values: { 2019: 8300余 } }
  - { name: 贫困户养牛数量, unit: 头, value: 6.2万, as_of: 2019-12-31 }
  - { name: 搬迁率, unit: \"%\", value: 80%以上, wording: 截至目前 }
";

const STORY: &str = "\
---
title: 甲县概况
---

培训{{ indicators.劳动技能培训.2019 }}，养牛{{ indicators.贫困户养牛数量.value }}，
近三年来投入{{ funds.近三年来.扶贫开发专项资金.amount }}，社会帮扶{{ funds.社会帮扶资金.amount }}，
小额信贷惠及{{ credit.扶贫小额信贷.households }}，资金合计{{ funds.total }}。
";

fn sourced_site() -> Fixture {
    let f = Fixture::new();
    f.write("content/regions/sheng/jia/region.yaml", SOURCED);
    f.write("content/regions/sheng/jia/gaikuang.md", STORY);
    f
}

#[test]
fn provenance_is_inherited_from_the_region_and_overridden_by_the_row() {
    let f = sourced_site();
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
    let page = f.read("regions/jia/index.html");
    // The poverty table mixes the region's report and one row's own citation.
    assert_has(
        &page,
        &[
            "数据来源：甲县扶贫办《2019年脱贫攻坚工作总结》；某州日报 2020-01-15；截至2019年12月31日",
            "数据来源：甲县扶贫办《2019年脱贫攻坚工作总结》；截至2019年6月、2019年12月31日",
            "数据来源：甲县扶贫办《2019年脱贫攻坚工作总结》；截至2019年9月、2019年12月31日",
        ],
    );
    // Each row of a chart's CSV carries its own source and date.
    let csv = f.read("charts/jia/poor-population.csv");
    assert_has(
        &csv,
        &[
            "年份/时期,类别,户数,人数,数据来源,截至\r\n",
            "2018年底,建档立卡贫困人口,1000户,3000人,甲县扶贫办《2019年脱贫攻坚工作总结》,2019-12-31\r\n",
            "2019年底,建档立卡贫困人口,400户,1200人,某州日报 2020-01-15,2019-12-31\r\n",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&f.read("data/jia.json")).unwrap();
    assert_eq!(json["as_of"], "2019-12-31");
    assert_eq!(
        json["poverty"][1]["provenance"]["cite"],
        "某州日报 2020-01-15"
    );
    assert_eq!(json["funds"][1]["provenance"]["as_of"], "2019-06");
    assert_eq!(json["funds"][1]["provenance"]["wording"], "近三年来");
}

#[test]
fn qualified_figures_are_shown_as_written_everywhere_and_sums_say_so() {
    let f = sourced_site();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let story = f.read("regions/jia/gaikuang/index.html");
    assert_has(
        &story,
        &[
            "培训8300余人次",
            "养牛6.2万头",
            "近三年来投入3700余万元",
            "社会帮扶近5000万元",
            "惠及5100户",
            // 3.21亿 + 近5000万 in 2019: at most; the undated 3700余万 is left apart.
            "资金合计近3.71亿元",
        ],
    );
    let page = f.read("regions/jia/index.html");
    assert_has(
        &page,
        &[
            "<strong class=\"figure-value\">近3.71亿元</strong>",
            "合计含“近”字约数，实际不超过此数",
            "另有1项未注明年份，未计入合计",
            "80%以上",
            "近三年来（截至2019年6月）",
        ],
    );
    // The chart labels the qualified fund as written; its download keeps it too.
    assert_has(
        &f.read("charts/jia/funds.svg"),
        &[
            ">3.21亿元<",
            ">近3.71亿元<",
            "社会帮扶资金: 近5000万元</title>",
        ],
    );
    assert_has(
        &f.read("charts/jia/funds.csv"),
        &["社会帮扶资金,近5000万元,3700余万元"],
    );
    assert_has(
        &f.read("data/jia.csv"),
        &[
            "funds,2019,社会帮扶资金,amount,50000000,元,近5000万元,近,",
            "indicators,2019,劳动技能培训,value,8300,人次,8300余人次,余,",
        ],
    );
}

#[test]
fn undated_rows_keep_their_words_and_stay_off_the_time_axis() {
    let f = sourced_site();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let svg = f.read("charts/jia/funds.svg");
    assert!(
        !svg.contains(">3700余万元<"),
        "an undated fund on the time axis"
    );
    assert_has(
        &f.read("charts/jia/funds.csv"),
        &["近三年来（截至2019年6月）,扶贫开发专项资金,3700余万元"],
    );
    // A story with no date is listed as undated.
    assert_has(&f.read("regions/jia/index.html"), &["未注明日期"]);
}

#[test]
fn loans_are_never_added_into_money_put_in() {
    let f = Fixture::new();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/index.html");
    // 4.34亿元 + 8231万元 put in; the 2.1亿元 loan is a card and a table of its own (a
    // chart of one loan would say no more than its card).
    assert_has(
        &page,
        &[
            "<span class=\"figure-label\">资金投入</span>\n    <strong class=\"figure-value\" title=\"精确值：5.1631亿元\">5.16亿元</strong>",
            "<span class=\"figure-label\">金融信贷</span>\n    <strong class=\"figure-value\">2.1亿元</strong>",
            "<caption>金融信贷</caption>",
        ],
    );
    assert!(!f.out().join("charts/xian/credit.svg").exists());
    let sheng = f.read("regions/sheng/index.html");
    assert_has(&sheng, &["5.16亿元", "不含贷款"]);
    assert!(
        !sheng.contains("7.26亿元"),
        "the loan was added into the roll-up"
    );
}

#[test]
fn checks_read_qualified_figures_as_bounds() {
    // 3700余万元 of 近5000万元 can agree: no finding (sourced_site builds clean).
    let f = sourced_site();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    // 6000余万元 of 近5000万元 cannot.
    f.write(
        "content/regions/sheng/jia/region.yaml",
        &SOURCED.replace(
            "to_poor_villages: 3700余万元",
            "to_poor_villages: 6000余万元",
        ),
    );
    assert_has(
        &f.errors(),
        &[
            "error: `to_poor_villages` (6000余万元) is more than the fund's `amount` (近5000万元)",
            "region.yaml:11:",
        ],
    );
    let f = sourced_site();
    f.write(
        "content/regions/sheng/jia/region.yaml",
        &SOURCED.replace("drawn: 90万元", "drawn: 100余万元"),
    );
    assert_has(
        &f.errors(),
        &["error: `drawn` (100余万元) is more than the loan's `amount` (96万元)"],
    );
    // A lifted figure at most 近2000 cannot be the 2000 the poverty rows fall by.
    let f = sourced_site();
    f.write(
        "content/regions/sheng/jia/region.yaml",
        &SOURCED.replace(
            "funds:\n",
            "lifted:\n  - { period: 2018-2019, people: 近1700 }\nfunds:\n",
        ),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &r.diagnostics.to_string(),
        &["warning: `lifted` people for 2018-2019 is 近1700人, but the `poverty` rows of 2018 and 2019 differ by 1800人"],
    );
    // A one-year period counts from the year before: 2019 is 3000 → 1200.
    let f = sourced_site();
    f.write(
        "content/regions/sheng/jia/region.yaml",
        &SOURCED.replace(
            "funds:\n",
            "lifted:\n  - { year: 2019, people: 1800 }\nfunds:\n",
        ),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
    // 1800余 can be 1800: no warning.
    let f = sourced_site();
    f.write(
        "content/regions/sheng/jia/region.yaml",
        &SOURCED.replace(
            "funds:\n",
            "lifted:\n  - { period: 2018-2019, people: 1800余 }\nfunds:\n",
        ),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
}

#[test]
fn a_figure_with_no_source_anywhere_is_a_warning_naming_it() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/xian/region.yaml",
        &COUNTY.replace("source: 测试县扶贫办《2018年脱贫攻坚工作总结》\n", ""),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &r.diagnostics.to_string(),
        &[
            "warning: the figures of this `poverty` row have no source (and 8 more rows in this file)",
            "region.yaml:6:5",
            "hint: add `source:` at the top of region.yaml (the report the figures come from), or `cite:` on the row (where this figure was published)",
        ],
    );
    assert_has(&f.read("regions/xian/index.html"), &["数据来源：未注明"]);
    // A `cite` on every row is enough.
    let cited: String = COUNTY
        .replace("source: 测试县扶贫办《2018年脱贫攻坚工作总结》\n", "")
        .replace("total: 76\n", "total: 76\n    cite: 某报\n")
        .lines()
        .map(
            |l| match l.strip_prefix("  - {").and_then(|r| r.strip_suffix(" }")) {
                Some(row) => format!("  - {{{row}, cite: 某报 }}\n"),
                None => format!("{l}\n"),
            },
        )
        .collect();
    f.write("content/regions/sheng/xian/region.yaml", &cited);
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
}

#[test]
fn written_forms_that_are_refused_say_why() {
    for (from, to, message) in [
        (
            "amount: 3700余万元",
            "amount: 近3700余万元",
            "error: `amount`: `近3700余万元` has 近 and 余 qualifiers",
        ),
        (
            "as_of: 2019-06",
            "as_of: 2019-13",
            "error: `as_of`: `2019-13` is not a date",
        ),
        (
            "as_of: 2019-12-31",
            "as_of: 1850-12-31",
            "error: `as_of`: `1850` is not a plausible year",
        ),
        (
            "value: 6.2万, as_of: 2019-12-31",
            "values: { 2019: 6 }, value: 6.2万",
            "error: an indicator has both `values` (by year) and `value` (undated)",
        ),
        (
            "kind: 扶贫小额信贷, amount: 2.1亿元, households: 5100",
            "kind: 扶贫小额信贷",
            "error: this `credit` row has no `amount`",
        ),
        (
            "kind: 扶贫小额信贷, amount",
            "amount",
            "error: this `credit` row has no `kind`",
        ),
    ] {
        let f = sourced_site();
        f.write(
            "content/regions/sheng/jia/region.yaml",
            &SOURCED.replace(from, to),
        );
        assert_has(&f.errors(), &[message]);
    }
}

#[test]
fn parents_sum_stocks_only_for_years_every_county_reports() {
    let f = sourced_site();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    // 测试县 reports 2014 and 2018, 甲县 2018 and 2019: only 2018 is common.
    let sheng = f.read("regions/sheng/index.html");
    assert_has(&sheng, &["2375户6976人", "2018年底，2个地区合计"]);
    assert_has(
        &f.read("charts/sheng/children-poor-population.csv"),
        &["2018年底,2个,2375户,6976人"],
    );
    // One county with a series of its own: a prefecture shows that series.
    let f = Fixture::new();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("charts/sheng/children-poor-population.svg"),
        &[">2014<", ">2018<", ">34261人<", ">3976人<"],
    );
    // A county with no poverty figures makes the sum partial, and the card says so.
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/yi/region.yaml",
        "name: 乙县\nsource: 乙县报告\nfunds:\n  - { year: 2015, source: 财政扶贫资金, amount: 1亿元 }\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("regions/sheng/index.html"),
        &["2018年底，2个地区中1个已公布，为部分合计"],
    );
}
