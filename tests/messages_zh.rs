//! The common messages in Chinese: each bad input a clerk is likely to type, rendered as
//! a `language: zh-CN` site prints it (the English forms are asserted in bad_input.rs).

use crate::common::{assert_has, stray_latin, Fixture, COUNTY};
use xiaokang::messages::Language;

const REGION: &str = "content/regions/sheng/xian/region.yaml";

/// The build's findings in `lang`, for the fixture county with `replace` replaced by `by`.
fn said(replace: &str, by: &str, lang: Language) -> String {
    assert!(
        COUNTY.contains(replace),
        "fixture text {replace:?} not found"
    );
    let f = Fixture::new();
    f.write(REGION, &COUNTY.replacen(replace, by, 1));
    match f.build() {
        Ok(r) => r.diagnostics.render(lang),
        Err(d) => format!("{}{}", d.render(lang), d.summary().render(lang)),
    }
}

#[test]
fn yaml_that_does_not_parse() {
    let e = said(
        "  - { year: 2018, households: 1375,",
        "  - { year: 2018 households: 1375,",
        Language::ZhCn,
    );
    assert_has(
        &e,
        &[
            "错误：YAML 格式不正确：",
            "--> content/regions/sheng/xian/region.yaml:7:",
            "1 个错误，0 个警告",
        ],
    );
}

#[test]
fn a_rate_above_100_percent() {
    let e = said("rate: 1.23%", "rate: 120%", Language::ZhCn);
    assert_has(&e, &["`120%` 超过了 100%", "= 提示：百分比是占 100 的份额"]);
}

#[test]
fn money_that_is_not_money() {
    let e = said("amount: 8231万元", "amount: 八千万元", Language::ZhCn);
    assert_has(&e, &["`八千万元` 不是金额", "= 应为："]);
}

#[test]
fn a_row_that_does_not_say_when() {
    let e = said(
        "  - { year: 2015, source: 财政扶贫资金,",
        "  - { source: 财政扶贫资金,",
        Language::ZhCn,
    );
    assert_has(&e, &["这一条 `funds` 行没有说明数值是什么时候的"]);
}

#[test]
fn an_unknown_key_in_traditional_chinese() {
    let e = said("households: 13065", "househlds: 13065", Language::ZhTw);
    assert_has(
        &e,
        &[
            "錯誤：`poverty` 的一行中沒有 `househlds` 這個鍵",
            "= 提示：是不是想寫 `households`？",
            "1 個錯誤，0 個警告",
        ],
    );
}

#[test]
fn no_catalog_entry_has_an_english_word_in_chinese() {
    use xiaokang::messages::{catalog, Arg, Msg};
    let mut found = Vec::new();
    for e in catalog::all() {
        let args = e.args.iter().map(|_| Arg::Text("甲".into())).collect();
        let msg = Msg::new(e, args);
        for lang in [Language::ZhCn, Language::ZhTw] {
            let text = msg.render(lang);
            let words = stray_latin(&text);
            if !words.is_empty() {
                found.push(format!("{} ({}): {words:?} in {text:?}", e.id, lang.tag()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Latin words in Chinese texts:\n{}",
        found.join("\n")
    );
}

/// Bad inputs whose messages are put together in the code (examples inside hints, places,
/// hints chosen by what went wrong): their Chinese forms hold no English word.
#[test]
fn messages_built_in_code_have_no_english_word_in_chinese() {
    let cases = [
        // A credit row with no figure: the hint offers two examples.
        (
            "  - { year: 2015, kind: 扶贫小额信贷, amount: 2.1亿元, households: 5100 }",
            "  - { year: 2015, kind: 扶贫小额信贷 }",
        ),
        // An indicator with no values: by year, or one value with no year.
        ("values: { 2015: 98 }, target: 100", "target: 100"),
        // A duplicate row: where it was first given.
        (
            "  - { year: 2018, households: 1375,",
            "  - { year: 2014, households: 1375,",
        ),
    ];
    for (replace, by) in cases {
        for lang in [Language::ZhCn, Language::ZhTw] {
            let text = said(replace, by, lang);
            assert!(text.contains("错误") || text.contains("錯誤"), "{text}");
            let words = stray_latin(&text);
            assert!(words.is_empty(), "Latin words {words:?} in:\n{text}");
        }
    }
}

#[test]
fn a_duplicate_names_its_first_place_in_the_message_and_its_hint_fits_the_row() {
    let by_year = said(
        "  - { year: 2018, households: 1375,",
        "  - { year: 2014, households: 1375,",
        Language::ZhCn,
    );
    assert_has(
        &by_year,
        &[
            "`poverty` 年份 `2014` 写了两次（第一次写在 content/regions/sheng/xian/region.yaml:6",
            "= 提示：每年只保留一行",
        ],
    );
    assert!(!by_year.contains("应为：第一次"), "{by_year}");
    let by_name = said(
        "  - { name: 自来水普及率, unit: \"%\", values: { 2015: 98 }, target: 100 }",
        "  - { name: 自来水普及率, unit: \"%\", values: { 2015: 98 }, target: 100 }\n  - { name: 自来水普及率, unit: \"%\", values: { 2016: 97 } }",
        Language::ZhCn,
    );
    assert_has(&by_name, &["写了两次", "= 提示：同一名称只保留一行"]);
    assert!(!by_name.contains("每年只保留一行"), "{by_name}");
}

/// A site of `n` counties, none of which says where its figures come from.
fn counties_without_source(n: usize) -> Fixture {
    let f = Fixture::new();
    let county = COUNTY.replace("source: 测试县扶贫办《2018年脱贫攻坚工作总结》\n", "");
    assert_ne!(county, COUNTY, "fixture's source line not found");
    f.write(REGION, &county);
    for k in 2..=n {
        let named = county.replace("name: 测试县", &format!("name: 测试{k}县"));
        f.write(
            &format!("content/regions/sheng/xian{k}/region.yaml"),
            &named,
        );
    }
    f
}

#[test]
fn a_warning_repeated_in_many_regions_is_printed_once_with_a_count() {
    let f = counties_without_source(12);
    let report = f.build().expect("builds");
    assert_eq!(report.diagnostics.warning_count(), 12);
    let checked = xiaokang::check::run(f.dir.path(), &Default::default()).diagnostics;
    for (what, d) in [("build", &report.diagnostics), ("check", &checked)] {
        let text = d.render(Language::ZhCn);
        assert_eq!(text.matches("没有注明来源").count(), 1, "{what}:\n{text}");
        assert_has(
            &text,
            &[
                "--> content/regions/sheng/xian/region.yaml:",
                "= 说明：同样的警告还有 11 处，最先几处是：content/regions/sheng/xian10/region.yaml:",
                "、content/regions/sheng/xian11/region.yaml:",
            ],
        );
        // The count in the summary stays the number of findings (check adds its own).
        assert!(d.warning_count() >= 12, "{what}: {}", d.warning_count());
    }
}

#[test]
fn a_warning_in_a_few_places_is_printed_at_each() {
    let f = counties_without_source(3);
    let text = f
        .build()
        .expect("builds")
        .diagnostics
        .render(Language::ZhCn);
    assert_eq!(text.matches("没有注明来源").count(), 3, "{text}");
    assert!(!text.contains("同样的警告"), "{text}");
}
