//! The 简报 form (GB/T 9704): its settings in site.yaml (`booklet.form`, `booklet.jianbao`,
//! `booklet.fonts`) and each kind of bad value reported at its place.

use crate::common::{assert_has, Fixture};

/// The build's messages for a site whose `booklet:` is `settings`.
fn errors_with(settings: &str) -> String {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nbooklet:\n{settings}"),
    );
    f.errors()
}

#[test]
fn an_unknown_form_is_an_error_naming_both_forms() {
    assert_has(
        &errors_with("  form: gongwen\n"),
        &[
            "`booklet.form`: there is no form `gongwen`",
            "site.yaml:3:9",
            "`jianbao` (the 简报 of GB/T 9704) or `report`",
        ],
    );
}

#[test]
fn an_issue_that_is_not_a_number_is_an_error_with_a_hint() {
    assert_has(
        &errors_with("  jianbao:\n    issue: 第12期\n"),
        &[
            "`booklet.jianbao.issue`: `第12期` is not an issue number",
            "site.yaml:4:12",
            "a whole number above zero",
            "write the number only: `issue: 12`",
        ],
    );
    assert_has(
        &errors_with("  jianbao:\n    issues: { xian: 0 }\n"),
        &["`booklet.jianbao.issues.xian`: `0` is not an issue number"],
    );
}

#[test]
fn issues_of_unknown_or_repeated_regions_are_errors() {
    assert_has(
        &errors_with("  jianbao:\n    issues: { xain: 3 }\n"),
        &[
            "`booklet.jianbao.issues` names a region `xain` the site does not have",
            "site.yaml:4:15",
            "did you mean `xian`?",
        ],
    );
    assert_has(
        &errors_with("  jianbao:\n    issues:\n      xian: 3\n      xian: 4\n"),
        &[
            "`booklet.jianbao.issues` gives `xian` twice",
            "site.yaml:6:7",
        ],
    );
    assert_has(
        &errors_with("  jianbao:\n    issues: [xian, 3]\n"),
        &["`booklet.jianbao.issues` should map region ids to issue numbers"],
    );
}

#[test]
fn copies_that_are_not_a_number_are_an_error() {
    assert_has(
        &errors_with("  jianbao:\n    copies: 二百份\n"),
        &[
            "`booklet.jianbao.copies`: `二百份` is not a number of copies",
            "site.yaml:4:13",
            "such as `200` or `200份`",
        ],
    );
}

#[test]
fn unknown_keys_in_jianbao_and_fonts_get_a_did_you_mean() {
    assert_has(
        &errors_with("  jianbao:\n    copys: 200\n"),
        &[
            "unknown key `copys` in `booklet.jianbao`",
            "did you mean `copies`?",
        ],
    );
    assert_has(
        &errors_with("  fonts:\n    fangsnog: 仿宋_GB2312\n"),
        &[
            "unknown key `fangsnog` in `booklet.fonts`",
            "did you mean `fangsong`?",
        ],
    );
    assert_has(
        &errors_with("  fonts:\n    system: maybe\n"),
        &["`booklet.fonts.system`", "maybe"],
    );
}

#[test]
fn good_settings_build_and_their_words_reach_the_masthead() {
    use xiaokang::model::briefing::{FontRole, Form, Masthead};
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\npublisher: 测试县扶贫办\nbooklet:\n  form: report\n  date: 2020-12-31\n  jianbao:\n    title: 脱贫攻坚工作简报\n    issue: 12\n    issues: { xian: \"03\" }\n    internal: true\n    report_to: [省扶贫办, 市扶贫办]\n    send_to: 县委办公室\n    copies: 200份\n  fonts:\n    fangsong: 方正仿宋_GBK\n    system: false\n",
    );
    f.build().expect("good settings build");
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let tree = xiaokang::load::load(f.root(), &mut d);
    let site = xiaokang::model::build(&tree, false, &mut d);
    assert!(!d.has_errors(), "{d}");
    let b = &site.config.booklet;
    assert_eq!(b.form.briefings(), Form::Report);
    assert_eq!(b.fonts.named(FontRole::FangSong), Some("方正仿宋_GBK"));
    assert!(!b.fonts.system);
    let ui = xiaokang::model::i18n::ui(&site.config);
    let lang = site.config.language;
    let pub_ = site.config.publisher.as_deref();
    let m = Masthead::new(&b.jianbao, pub_, &ui, lang, Some("xian"), b.date);
    assert_eq!(m.title, "脱贫攻坚工作简报");
    assert_eq!(m.issue.as_deref(), Some("第03期"));
    assert_eq!(m.office.as_deref(), Some("测试县扶贫办"));
    assert_eq!(m.date.as_deref(), Some("2020年12月31日"));
    assert_eq!(m.internal.as_deref(), Some("内部资料"));
    assert_eq!(
        m.distribution,
        vec![
            ("报".to_string(), "省扶贫办，市扶贫办".to_string()),
            ("送".to_string(), "县委办公室".to_string()),
        ]
    );
    assert_eq!(m.copies.as_deref(), Some("共印200份"));
    let other = Masthead::new(&b.jianbao, pub_, &ui, lang, Some("sheng"), None);
    assert_eq!(other.issue.as_deref(), Some("第12期"));
    assert_eq!(other.date, None);
}
