//! The common messages in Chinese: each bad input a clerk is likely to type, rendered as
//! a `language: zh-CN` site prints it (the English forms are asserted in bad_input.rs).

use crate::common::{assert_has, Fixture, COUNTY};
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
