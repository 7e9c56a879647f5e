//! Nothing off-site by default: no page loads a resource from another host, and links
//! that leave the site say so (`external_links`, on by default on a `gov:` site).

use crate::common::{assert_has, files, Fixture};
use xiaokang::messages::Language;

/// The addresses a page or style sheet would load by itself (not links a reader follows):
/// `src`, `srcset`, `data`, `poster`, a `<link>`'s `href` unless it only names the page
/// (`alternate`, `canonical`), and CSS `url(…)` and `@import`.
fn loads(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    for attr in [" src=", " srcset=", " data=", " poster="] {
        for (i, _) in lower.match_indices(attr) {
            out.extend(attr_value(&text[i + attr.len()..]));
        }
    }
    for (i, _) in lower.match_indices("<link ") {
        let tag = &text[i..i + text[i..].find('>').unwrap_or(text.len() - i)];
        let rel = tag.to_ascii_lowercase();
        if rel.contains("rel=\"alternate\"") || rel.contains("rel=\"canonical\"") {
            continue;
        }
        if let Some(h) = rel.find(" href=") {
            out.extend(attr_value(&tag[h + 6..]));
        }
    }
    for (i, _) in lower.match_indices("url(") {
        let v = text[i + 4..].trim_start_matches(['"', '\'', ' ']);
        out.push(
            v.chars()
                .take_while(|c| !matches!(c, '"' | '\'' | ')'))
                .collect(),
        );
    }
    for (i, _) in lower.match_indices("@import") {
        out.push(text[i + 7..].trim_start().chars().take(60).collect());
    }
    out
}

fn attr_value(rest: &str) -> Option<String> {
    let q = rest.chars().next()?;
    let body = &rest[q.len_utf8()..];
    let end = if q == '"' || q == '\'' {
        body.find(q)?
    } else {
        return Some(rest.split([' ', '>']).next()?.to_string());
    };
    Some(body[..end].to_string())
}

/// Does the address name another host?
fn off_site(url: &str) -> bool {
    let u = url
        .trim()
        .trim_start_matches(['"', '\''])
        .to_ascii_lowercase();
    u.contains("://") && !u.starts_with("data:") || u.starts_with("//")
}

/// Every address in the site's pages and style sheets that loads from another host.
fn off_site_loads(out: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in files(out) {
        let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
        if !matches!(ext, "html" | "css" | "svg") {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for url in loads(&text).into_iter().filter(|u| off_site(u)) {
            found.push(format!("{}: {url}", path.display()));
        }
    }
    found
}

/// Asserts that no page or style sheet of `f`'s build loads anything from another host.
fn assert_loads_nothing_off_site(f: &Fixture) {
    let found = off_site_loads(&f.out());
    assert!(
        found.is_empty(),
        "loaded from elsewhere:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_finds_what_would_load_off_site() {
    let page = "<img src=\"https://cdn.example.com/a.png\"><script src='//x.example/s.js'></script>\
        <link rel=\"stylesheet\" href=\"https://fonts.example/c.css\"><link rel=\"alternate\" href=\"https://a.example/feed\">\
        <style>b{background:url(https://x.example/b.png)}</style><img src=\"../static/a.png\">\
        <span style=\"mask:url('data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E')\"></span>";
    let urls: Vec<String> = loads(page).into_iter().filter(|u| off_site(u)).collect();
    assert_eq!(
        urls,
        [
            "https://cdn.example.com/a.png",
            "//x.example/s.js",
            "https://fonts.example/c.css",
            "https://x.example/b.png",
        ]
    );
}

#[test]
fn the_example_site_loads_nothing_from_another_host() {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_loads_nothing_off_site(&f);
}

#[test]
fn a_government_site_loads_nothing_from_another_host() {
    let f = gov_site("");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_loads_nothing_off_site(&f);
}

const GOV: &str = "gov:\n  sponsor: 测试县人民政府办公室\n  site_code: \"9999000001\"\n";

/// A site with `settings` in site.yaml and a story linking off the site and within it.
fn site(settings: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nlanguage: zh-CN\n{settings}"),
    );
    f.write(
        "content/news/lianjie.md",
        "---\ntitle: 链接\ndate: 2019-03-01\n---\n\n见[省扶贫办](https://fpb.example.gov.cn/a?x=1&y=2 \"省扶贫办网站\")和[测试县](../../regions/xian/index.html)，\
         或写信到 <mailto:a@example.gov.cn>。\n",
    );
    f
}

fn gov_site(more: &str) -> Fixture {
    site(&format!("{GOV}{more}"))
}

const MARKED: &str = "<a href=\"https://fpb.example.gov.cn/a?x=1&amp;y=2\" rel=\"external noopener\" title=\"省扶贫办网站\">省扶贫办<span class=\"visually-hidden\">（外部链接）</span></a>";

#[test]
fn a_government_sites_links_that_leave_it_say_so() {
    let f = gov_site("");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("news/lianjie/index.html");
    assert_has(
        &page,
        &[
            MARKED,
            "<a href=\"../../regions/xian/index.html\">测试县</a>",
        ],
    );
    assert!(
        !page.contains("a@example.gov.cn<span"),
        "mail opens no page:\n{page}"
    );
}

#[test]
fn external_links_plain_leaves_them_unmarked() {
    let f = gov_site("external_links: plain\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("news/lianjie/index.html");
    assert!(!page.contains("外部链接</span>"), "{page}");
}

#[test]
fn other_sites_mark_them_only_when_asked() {
    let f = site("");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("news/lianjie/index.html");
    assert!(!page.contains("rel=\"external"), "{page}");

    let f = site("external_links: mark\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(&f.read("news/lianjie/index.html"), &[MARKED]);
}

#[test]
fn unsafe_html_sites_mark_them_too() {
    let f = gov_site("unsafe_html: true\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(&f.read("news/lianjie/index.html"), &[MARKED]);
}

#[test]
fn a_misspelt_external_links_value_is_an_error() {
    let e = site("external_links: marked\n").errors();
    assert_has(&e, &["external_links", "marked", "did you mean `mark`?"]);
}

#[test]
fn the_badge_and_the_error_report_entry_are_all_that_load_off_site_when_configured() {
    let badge = "https://dcs.conac.cn/js/99/000/0000/99999999/CA990000000999999990001.js";
    let f = gov_site("");
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nlanguage: zh-CN\n{GOV}  conac: {badge}\n  error_report: true\n"),
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let mut urls: Vec<String> = off_site_loads(&f.out())
        .into_iter()
        .map(|l| l.split_once(": ").map(|(_, u)| u.to_string()).unwrap_or(l))
        .collect();
    urls.sort();
    urls.dedup();
    assert_eq!(
        urls,
        [badge, "https://zfwzgl.www.gov.cn/exposure/jiucuo.js"],
        "every page loads the two, and nothing else"
    );
}

/// A story with an image from another host written in Markdown and one written as HTML.
fn with_offsite_images(settings: &str) -> Fixture {
    let f = site(settings);
    f.write(
        "content/news/tupian.md",
        "---\ntitle: 图片\ndate: 2019-03-02\n---\n\n光伏电站：\n\n![光伏电站](https://img.example.cn/pv.jpg \"电站\")\n\n\
         <p><img src=\"//cdn.other.example/b.png\" alt=\"大棚\"></p>\n",
    );
    f
}

#[test]
fn an_image_from_another_host_is_a_warning_and_a_link_not_a_load() {
    let f = with_offsite_images("");
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    let warnings = report.diagnostics.render(Language::ZhCn);
    assert_has(
        &warnings,
        &[
            "content/news/tupian.md:8:1",
            "图片 `https://img.example.cn/pv.jpg` 在其他网站（img.example.cn）上",
            "这里改为显示一个指向它的链接",
            "content/news/tupian.md:10:14",
            "图片 `//cdn.other.example/b.png` 在其他网站（cdn.other.example）上",
            "这张图片不会显示",
            "image_hosts: [img.example.cn]",
        ],
    );
    let page = f.read("news/tupian/index.html");
    assert_has(
        &page,
        &[
            "<a href=\"https://img.example.cn/pv.jpg\" title=\"电站\">光伏电站</a>",
            "<img alt=\"大棚\">",
        ],
    );
    assert_loads_nothing_off_site(&f);
}

#[test]
fn image_hosts_lets_pages_load_images_from_the_hosts_it_names() {
    // A whole address pasted in stands for its host.
    let f = with_offsite_images(
        "image_hosts:\n  - IMG.example.cn\n  - https://cdn.other.example/x/b.png\n",
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(
        !report
            .diagnostics
            .render(Language::ZhCn)
            .contains("其他网站"),
        "{}",
        report.diagnostics
    );
    let page = f.read("news/tupian/index.html");
    assert_has(
        &page,
        &[
            "<img src=\"https://img.example.cn/pv.jpg\" alt=\"光伏电站\" title=\"电站\"",
            "<img src=\"//cdn.other.example/b.png\" alt=\"大棚\">",
        ],
    );
}

#[test]
fn an_image_host_that_is_not_a_host_name_is_an_error() {
    let e = match site("image_hosts:\n  - 图片 网站\n").build() {
        Ok(_) => panic!("the build should have failed"),
        Err(d) => d.render(Language::ZhCn),
    };
    assert_has(
        &e,
        &[
            "content/site.yaml:4:",
            "`image_hosts` 里的 `图片 网站` 不是网站的域名",
            "img.example.gov.cn",
        ],
    );
}
