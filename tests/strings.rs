//! `strings:` in site.yaml: a site's own wording for the interface strings.

use crate::common::{assert_has, Fixture};

/// A region story, so the booklet has a stories heading to reword.
const STORY: &str =
    "---\ntitle: 测试县光伏扶贫\ndate: 2018-12-05\nsource: 测试日报\n---\n\n正文。\n";

#[test]
fn site_wording_shows_on_pages_search_and_the_booklet() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nlanguage: zh-CN\nstrings:\n  home: 本站首页\n  key_figures: 核心数据\n  stories: 新闻报道\n  source: 出处\n  poverty: 贫困人口台账\n  search_label: 搜一搜\n",
    );
    f.write("content/regions/sheng/xian/guangfu.md", STORY);
    f.build().unwrap_or_else(|d| panic!("{d}"));

    let home = f.read("index.html");
    assert_has(&home, &["本站首页", "核心数据"]);
    assert!(
        !home.contains(">首页<"),
        "the default word is gone:\n{home}"
    );
    // Table headings come from the strings too.
    assert_has(&f.read("regions/xian/index.html"), &["贫困人口台账"]);
    assert_has(&f.read("search/index.html"), &["搜一搜"]);
    // The booklet's HTML twin: template words (`t`) and the booklet's own headings.
    let twin = f.read("booklet/index.html");
    assert_has(&twin, &["核心数据", "新闻报道", "出处：测试日报"]);
    assert!(!twin.contains("主要数据"), "{twin}");
}

#[test]
fn strings_follow_the_language_where_not_overridden() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: t\nlanguage: en\nstrings:\n  home: Front page\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("index.html"),
        &["Front page", "Key figures", "<html lang=\"en\">"],
    );
}

#[test]
fn an_unknown_string_is_an_error_with_a_hint() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nstrings:\n  home: 本站首页\n  key_figurs: 核心数据\n",
    );
    let errors = f.errors();
    assert_has(
        &errors,
        &[
            "error: unknown key `key_figurs` in `strings`",
            "--> content/site.yaml:4:3",
            "4 |   key_figurs: 核心数据",
            "= hint: did you mean `key_figures`?",
        ],
    );
    // `check` reads site.yaml the same way.
    let checked = xiaokang::check(f.root()).to_string();
    assert_has(&checked, &["unknown key `key_figurs` in `strings`"]);
}

#[test]
fn a_string_that_is_not_text_is_an_error() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nstrings:\n  home: [本站, 首页]\n  news:\n",
    );
    assert_has(
        &f.errors(),
        &[
            "error: `strings.home` should be text, found a list",
            "--> content/site.yaml:3:9",
            "error: `strings.news` has no text",
            "--> content/site.yaml:4:3",
        ],
    );
    f.write("content/site.yaml", "title: 测试站\nstrings: 首页\n");
    assert_has(
        &f.errors(),
        &[
            "`strings` should be a mapping of keys",
            "content/site.yaml:2:10",
        ],
    );
}

#[test]
fn an_empty_quoted_string_shows_nothing() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nstrings:\n  generated_by: \"\"\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(!f.read("index.html").contains("由小康（xiaokang）生成"));
}

#[test]
fn search_results_without_a_count_is_a_warning() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nstrings:\n  search_results: 搜索结果\n",
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &report.diagnostics.to_string(),
        &[
            "`strings.search_results` has no `{n}`",
            "content/site.yaml:3:19",
        ],
    );
}

#[test]
fn the_readme_lists_every_key() {
    // Authors learn the keys from the README: a string added to Ui must be listed there.
    let readme = include_str!("../README.md");
    let section = readme
        .split("### Your own wording: `strings`")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("the README has a strings section");
    for key in xiaokang::model::i18n::KEYS {
        assert!(
            section.contains(&format!("`{key}`")),
            "README's strings section does not list `{key}`"
        );
    }
}
