//! A site written only from DESIGN.md's contract (its examples, verbatim) builds and
//! shows its figures, with no theme folder of its own.

use crate::common::{assert_has, Fixture};

const SITE: &str = "\
title: 甘肃省脱贫攻坚进展            # required
subtitle: 2014—2020年
language: zh-CN                      # zh-CN | zh-TW | en: UI strings and number formats
base_url: https://example.gov.cn/fupin/   # optional; needed only for sitemap and feed
theme: default
unsafe_html: false                   # raw HTML in stories is sanitized unless true
charts: { png: true }                # PNG share image beside every chart SVG
booklet: { paper: A4, regions: all } # what the PDF booklet holds
";

const REGION: &str = "\
name: 科左后旗
full_name: 内蒙古自治区通辽市科尔沁左翼后旗
level: 旗                      # shown as written
profile: { area_km2: 11570, population: 40.18万 }

poverty:                       # registered poor (建档立卡) at year end
  - { year: 2014, households: 13065, people: 34261, rate: 11% }
  - { year: 2018, households: 1375,  people: 3976,  rate: 1.23% }

lifted:                        # lifted out of poverty over a period
  - { period: 2014-2018, households: 11690, people: 30285 }

targets:
  - { year: 2015, name: 减贫人口, unit: 人, target: 1.41万, actual: 18858 }

funds:                         # money put in, by year or period and source
  - { year: 2015, source: 财政扶贫资金, amount: 4.34亿元, to_poor_villages: 2.76亿元 }
  - { as_of: 2019-06, wording: 近三年来, source: 扶贫开发专项资金, amount: 1234万元, projects: 56 }  # undated period

projects:                      # single projects ...
  - { name: 海鲁吐39.3MW集中式光伏扶贫项目, category: 光伏, status: completed }
project_batches:               # ... or counts by status when only totals are published
  - batch: 第一、二批
    investment: 20.52亿元
    invested_so_far: 6.94亿元
    total: 76
    status: { completed: 27, in_progress: 11, tendering: 4, planning: 34 }

indicators:                    # any other figure, as a series
  - { name: 自来水普及率, unit: \"%\", values: { 2015: 98 }, target: 100 }
  - { name: 劳动技能培训, unit: 人, values: { 2015: 8300 } }
";

const STORY: &str = "\
---
title: 五年减贫
date: 2018-12-05
summary: 科左后旗减贫成效
tags: [产业扶贫]
---

贫困发生率由{{ poverty.2014.rate }}降至{{ poverty.2018.rate }}。

```chart
kind: poverty-rate
```
";

#[test]
fn design_examples_build_and_show_their_figures() {
    let f = Fixture::new();
    std::fs::remove_dir_all(f.root().join("content/regions")).unwrap();
    f.write("content/site.yaml", SITE);
    f.write(
        "content/regions/neimenggu/tongliao/kezuohouqi/region.yaml",
        REGION,
    );
    f.write(
        "content/regions/neimenggu/region.yaml",
        "name: 内蒙古自治区\n",
    );
    f.write(
        "content/regions/neimenggu/tongliao/region.yaml",
        "name: 通辽市\n",
    );
    f.write(
        "content/regions/neimenggu/tongliao/kezuohouqi/wunian.md",
        STORY,
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    // The example gives no `source`: the one finding is the warning that says so.
    assert_eq!(
        report.diagnostics.warning_count(),
        1,
        "{}",
        report.diagnostics
    );
    assert_has(
        &report.diagnostics.to_string(),
        &["the figures of this `poverty` row have no source (and 8 more rows in this file)"],
    );
    let page = f.read("regions/kezuohouqi/index.html");
    assert_has(
        &page,
        &[
            "11690户30285人",
            "11% → 1.23%",
            "4.34亿元",
            "2.76亿元",
            "1234万元",
            "56个",
            "近三年来（截至2019年6月）",
            "完成35.5%",
            "98%",
            "8300人",
            "海鲁吐39.3MW集中式光伏扶贫项目",
            "18858人",
            "1.41万人",
        ],
    );
    let story = f.read("regions/kezuohouqi/wunian/index.html");
    assert_has(&story, &["贫困发生率由11%降至1.23%。", "<svg"]);
    // One dated fund is one figure: its card, not a chart of one bar. The undated fund
    // is in the table, never on a time axis.
    assert!(!f.out().join("charts/kezuohouqi/funds.svg").exists());
    assert_has(
        &page,
        &[
            "<span class=\"figure-label\">资金投入</span>\n    <strong class=\"figure-value\">4.34亿元</strong>",
            "<th scope=\"row\">近三年来（截至2019年6月）</th><td>扶贫开发专项资金</td>",
        ],
    );
}
