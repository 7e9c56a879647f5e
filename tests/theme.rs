//! Themes and templates: overrides, escaping, interface language.

use crate::common::{assert_has, Fixture};

#[test]
fn a_site_template_overrides_one_theme_template() {
    let f = Fixture::new();
    f.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<p class=\"custom\">自定义的404页面</p>{% endblock content %}");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(&f.read("404.html"), &["自定义的404页面", "测试站"]);
    // The other templates still come from the theme.
    assert_has(&f.read("regions/xian/index.html"), &["11690户30285人"]);
}

#[test]
fn a_broken_template_is_reported() {
    let f = Fixture::new();
    f.write("templates/region.html", "{% if region.name %}unclosed");
    assert_has(&f.errors(), &["a template has an error", "region.html"]);
}

#[test]
fn unknown_theme_is_reported() {
    let f = Fixture::new();
    f.write("content/site.yaml", "title: t\ntheme: fancy\n");
    assert_has(&f.errors(), &["theme `fancy` not found", "themes/fancy"]);
}

#[test]
fn data_and_raw_html_are_escaped() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/region.yaml",
        "name: \"<script>alert(1)</script>省\"\n",
    );
    f.write("content/regions/sheng/xian/gushi.md", "---\ntitle: \"<b>标题</b>\"\n---\n\n<script>alert(2)</script>\n\n正文<b>加粗</b><img src=x onerror=alert(3)>\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let region = f.read("regions/sheng/index.html");
    assert!(
        !region.contains("<script>alert(1)"),
        "region name must be escaped"
    );
    assert_has(&region, &["&lt;script&gt;alert(1)&lt;/script&gt;省"]);
    let story = f.read("regions/xian/gushi/index.html");
    // Raw HTML in stories is sanitized by default: scripts and handlers go, formatting stays.
    for gone in ["alert(2)", "onerror", "alert(3)"] {
        assert!(!story.contains(gone), "{gone} in {story}");
    }
    assert_has(
        &story,
        &["<b>加粗</b>", "<img src=\"x\">", "&lt;b&gt;标题&lt;"],
    );
}

#[test]
fn unsafe_html_lets_raw_html_through() {
    let f = Fixture::new();
    f.write("content/site.yaml", "title: t\nunsafe_html: true\n");
    f.write(
        "content/regions/sheng/xian/gushi.md",
        "---\ntitle: t\n---\n\n<div class=\"box\">框</div>\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("regions/xian/gushi/index.html"),
        &["<div class=\"box\">框</div>"],
    );
}

#[test]
fn interface_follows_the_language() {
    let f = Fixture::new();
    f.write("content/site.yaml", "title: t\nlanguage: en\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/index.html");
    assert_has(
        &page,
        &["<html lang=\"en\">", "Key figures", "Download data"],
    );
    f.write("content/site.yaml", "title: t\nlanguage: zh-TW\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("regions/xian/index.html"),
        &["<html lang=\"zh-TW\">", "主要數據", "下載數據"],
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let f = Fixture::new();
    f.write(
        "content/news/caogao.md",
        "---\ntitle: 草稿\ndraft: true\n---\n正文\n",
    );
    f.build().unwrap();
    assert!(!f.out().join("news/caogao/index.html").exists());
    xiaokang::build(&xiaokang::BuildOptions {
        root: f.root().into(),
        out: Some(f.out()),
        drafts: true,
        booklet_only: false,
        pdfs: false,
    })
    .unwrap();
    assert!(f.out().join("news/caogao/index.html").exists());
}
