//! The word check (错敏词检查): common errors of official writing, agency names used
//! after their renaming and the office's own list, each found at its place in stories,
//! titles, region data, table cells and site.yaml, with its suggestion; nothing rewritten.

use crate::common::{assert_has, Fixture};
use xiaokang::diagnostics::{Diagnostic, Diagnostics};

/// The word findings of `xiaokang check`, as printed in English.
fn word_findings(f: &Fixture) -> Vec<String> {
    let d: Diagnostics = xiaokang::check(f.root());
    assert!(!d.has_errors(), "{d}");
    d.iter()
        .filter(|d| {
            let m = d.message.to_string();
            m.contains("wording error") || m.contains("renamed") || m.contains("word list")
        })
        .map(Diagnostic::to_string)
        .collect()
}

/// A site with one county, 碌曲县 (code 623026), whose figures are dated `as_of`.
fn county(as_of: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/regions/luqu/region.yaml",
        &format!("name: 碌曲县\ncode: 623026\nsource: 测试\nas_of: {as_of}\n"),
    );
    f
}

#[test]
fn a_builtin_error_is_found_in_a_story_a_title_and_a_table_cell() {
    let f = county("2018");
    f.write(
        "content/news/a.md",
        "---\ntitle: 再接再励，巩固成果\ndate: 2018-12-05\n---\n\n全县截止目前已有12个村出列。\n",
    );
    f.write(
        "content/tables/项目.csv",
        "行政区划代码,地区,项目名称,状态\n623026,碌曲县,村级光伏电站峻工,已完工\n",
    );
    let found = word_findings(&f);
    let all = found.join("\n");
    assert_eq!(found.len(), 3, "{all}");
    assert_has(
        &all,
        &[
            "warning: `再接再励` is a common wording error: write `再接再厉`",
            "--> content/news/a.md:2:8",
            "warning: `截止目前` is a common wording error: write `截至目前`",
            "--> content/news/a.md:6:3",
            "《现代汉语词典》",
            "warning: `峻工` is a common wording error: write `竣工`",
            "--> content/tables/项目.csv:C2",
            "《咬文嚼字》",
        ],
    );
    // Nothing is rewritten: the page says what the story says.
    f.build().expect("a word finding is a warning");
    let page = f.read("news/a/index.html");
    assert!(page.contains("截止目前"), "{page}");
}

#[test]
fn a_right_phrase_holding_a_wrong_one_is_not_flagged() {
    let f = county("2018");
    f.write(
        "content/news/a.md",
        "---\ntitle: 报名截止日期\ndate: 2023-01-05\n---\n\n各级农业部门截止到今年底完成验收。\n",
    );
    assert_eq!(word_findings(&f), Vec::<String>::new());
}

#[test]
fn an_agency_name_is_flagged_only_in_texts_dated_after_its_renaming() {
    let f = county("2023-06");
    let story = |date: &str| format!("---\ntitle: 工作动态\n{date}---\n\n县扶贫办召开会议。\n");
    f.write("content/news/old.md", &story("date: 2019-03-01\n"));
    f.write("content/news/new.md", &story("date: 2022-03-01\n"));
    f.write("content/news/undated.md", &story(""));
    // The row of 2016 keeps its name; the region's other words are of 2023.
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\ncode: 623026\nsource: 县扶贫办年报\nas_of: 2023-06\nfunds:\n  \
         - { year: 2016, source: 县扶贫办专项资金, amount: 100万元 }\n",
    );
    let all = word_findings(&f).join("\n");
    assert_has(
        &all,
        &[
            "warning: `扶贫办` was renamed `乡村振兴局` by 2022-01-01, before this text's date (2022-03-01)",
            "--> content/news/new.md:6:2",
            "--> content/regions/luqu/region.yaml:3:10",
        ],
    );
    assert!(!all.contains("old.md"), "{all}");
    assert!(!all.contains("undated.md"), "{all}");
    assert!(!all.contains("region.yaml:6"), "{all}");
}

#[test]
fn the_sites_own_words_are_checked_as_of_today() {
    let f = county("2018");
    f.write(
        "content/site.yaml",
        "title: 测试站\nlanguage: zh-CN\npublisher: 国务院扶贫办\nstrings: { news: 农业部动态 }\n",
    );
    assert_has(
        &word_findings(&f).join("\n"),
        &[
            "warning: `国务院扶贫办` was renamed `国家乡村振兴局` by 2021-02-25: the site's own words use today's names",
            "--> content/site.yaml:3:12",
            "`农业部` was renamed `农业农村部`",
            "--> content/site.yaml:4:18",
        ],
    );
}

#[test]
fn the_offices_own_list_is_checked_with_its_reason() {
    let f = county("2018");
    f.write(
        "content/words.yaml",
        "禁用:\n  - { 禁用: 贫困户子女, 规范: 脱贫家庭子女, 理由: 县委宣传部2021年通知 }\n  \
         - { wrong: 穷村, reason: 不得使用 }\n",
    );
    f.write(
        "content/news/a.md",
        "---\ntitle: 助学\n---\n\n资助贫困户子女上学，穷村变富村。\n",
    );
    assert_has(
        &word_findings(&f).join("\n"),
        &[
            "warning: `贫困户子女` is on the office's word list (content/words.yaml:2:5): write `脱贫家庭子女`",
            "--> content/news/a.md:5:3",
            "县委宣传部2021年通知",
            "warning: `穷村` is on the office's word list (content/words.yaml:3:5) as a word not to use",
            "不得使用",
        ],
    );
}

#[test]
fn a_mistake_in_words_yaml_is_an_error_at_its_line() {
    let f = county("2018");
    f.write(
        "content/words.yaml",
        "禁用:\n  - { 规范: 脱贫家庭子女 }\n  - { 禁用: 县扶贫办, 日期: 去年 }\n  - { 禁用: 穷村, 理游: 不得使用 }\n",
    );
    assert_has(
        &f.errors(),
        &[
            "--> content/words.yaml:2:5",
            "`禁用`",
            "--> content/words.yaml:3:21",
            "`去年` is not a date",
            "--> content/words.yaml:4:15",
            "unknown key `理游`",
        ],
    );
}

#[test]
fn a_finding_is_accepted_on_purpose_in_the_story_or_in_words_yaml() {
    let f = county("2018");
    f.write(
        "content/news/a.md",
        "---\ntitle: 通知\ndate: 2023-01-05\n---\n\n<!-- xiaokang: 允许 截止目前 -->\n原文照录：截止目前，县扶贫办已完成。\n",
    );
    f.write(
        "content/news/b.md",
        "---\ntitle: 通知\ndate: 2023-01-05\n---\n\n截止目前，县扶贫办已完成。\n",
    );
    f.write(
        "content/words.yaml",
        "允许:\n  - { 词: 扶贫办, 文件: content/news/a.md }\n",
    );
    let all = word_findings(&f).join("\n");
    assert!(!all.contains("news/a.md"), "{all}");
    assert_has(
        &all,
        &["--> content/news/b.md:6:1", "--> content/news/b.md:6:7"],
    );
}

#[test]
fn the_manual_lists_every_builtin_entry() {
    let manual = include_str!("../docs/使用手册.md");
    let start = manual.find("### 内置词表").expect("the manual's 内置词表");
    let list = &manual[start..];
    let list = &list[..list.find("\n### ").unwrap_or(list.len())];
    let mut missing = Vec::new();
    for b in xiaokang::validate::words::builtin() {
        let row = match (b.right, b.renamed) {
            ("", _) => format!("| {} | {} |", b.wrong, b.rule),
            (right, None) => format!("| {} | {} | {} |", b.wrong, right, b.rule),
            (right, Some(day)) => format!("| {} | {} | {day} | {} |", b.wrong, right, b.rule),
        };
        if !list.contains(&row) {
            missing.push(row);
        }
    }
    assert!(
        missing.is_empty(),
        "the manual's 内置词表 lacks:\n{}",
        missing.join("\n")
    );
}

#[test]
fn comments_and_figure_references_are_not_read() {
    let f = county("2023");
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县  # 原名县扶贫办辖区，截止目前\ncode: 623026\nsource: 测试\nas_of: 2023\n\
         funds:\n  - { year: 2023, source: 财政衔接资金, amount: 100万元 }\n",
    );
    f.write(
        "content/regions/luqu/index.md",
        "---\ntitle: 碌曲县\ndate: 2023-05-01\n---\n\n<!-- 截止目前的旧稿 -->\n资金{{ funds.财政衔接资金.amount }}。\n",
    );
    assert_eq!(word_findings(&f), Vec::<String>::new());
}

#[test]
fn a_row_written_over_several_lines_keeps_its_own_date() {
    let f = county("2023");
    f.write(
        "content/regions/luqu/region.yaml",
        "name: 碌曲县\ncode: 623026\nsource: 测试\nas_of: 2023\nfunds:\n  - year: 2016\n    \
         source: 县扶贫办专项资金\n    amount: 100万元\n  - year: 2023\n    source: 县扶贫办衔接资金\n    \
         amount: 100万元\n",
    );
    let all = word_findings(&f).join("\n");
    assert_has(&all, &["--> content/regions/luqu/region.yaml:10:14"]);
    assert!(!all.contains("region.yaml:7:"), "{all}");
}

#[test]
fn an_office_date_makes_a_local_renaming_count_from_that_day() {
    let f = county("2018");
    f.write(
        "content/words.yaml",
        "禁用:\n  - { 禁用: 县扶贫办, 规范: 县乡村振兴局, 日期: 2021-06-18, 理由: 本县机构改革 }\n",
    );
    let story = |date: &str| format!("---\ntitle: 动态\ndate: {date}\n---\n\n县扶贫办开会。\n");
    f.write("content/news/before.md", &story("2021-06-01"));
    f.write("content/news/after.md", &story("2021-07-01"));
    let all = word_findings(&f).join("\n");
    assert_has(
        &all,
        &[
            "`县扶贫办` was renamed `县乡村振兴局` by 2021-06-18, before this text's date (2021-07-01)",
            "--> content/news/after.md:6:1",
            "本县机构改革",
        ],
    );
    assert!(!all.contains("before.md"), "{all}");
}
