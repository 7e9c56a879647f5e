//! 公众号 articles (`wechat: true`, issue #28): every story of the example site has its
//! article, cover and thumbnail; the editor's checker finds nothing in them; every figure
//! of an article is its story page's; the copy button's HTML, pasted into a
//! contenteditable in headless Chromium, keeps headings, bold, tables and images in
//! order; the editor pages stay out of search, the 网站地图, sitemap and feeds.

use crate::common::{assert_has, chromium, Fixture};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use xiaokang::render::wechat::{self, check};

/// The example site (which sets `wechat: true`) built once.
fn example() -> &'static Fixture {
    static SITE: OnceLock<Fixture> = OnceLock::new();
    SITE.get_or_init(|| {
        let f = Fixture::example();
        let r = f.build().unwrap_or_else(|d| panic!("{d}"));
        assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
        f
    })
}

/// The example site's stories with a page of their own: (article folder, story page,
/// chart blocks in the Markdown).
fn stories() -> Vec<(String, String, usize)> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut found = Vec::new();
    for e in walkdir::WalkDir::new(&content).sort_by_file_name() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        if !name.ends_with(".md") || name == "index.md" || name == "_index.md" {
            continue;
        }
        let slug = name.trim_end_matches(".md");
        let parent = e.path().parent().unwrap();
        let (folder, page) = if parent.ends_with("news") {
            ("news".to_string(), format!("news/{slug}/index.html"))
        } else {
            let id = parent.file_name().unwrap().to_string_lossy().to_string();
            (id.clone(), format!("regions/{id}/{slug}/index.html"))
        };
        let md = std::fs::read_to_string(e.path()).unwrap();
        found.push((
            format!("wechat/{folder}/{slug}/"),
            page,
            md.matches("```chart").count(),
        ));
    }
    assert!(found.len() >= 4, "{found:?}");
    found
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG"), "not a PNG");
    let n = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (n(16), n(20))
}

#[test]
fn every_story_has_its_article_cover_and_thumbnail() {
    let f = example();
    for (folder, page, charts) in stories() {
        let out = f.out().join(&folder);
        let doc = f.read(&format!("{folder}{}", wechat::ARTICLE));
        let body = wechat::body_of(&doc).expect("article.html has a body");
        assert!(body.starts_with("<section style="), "{folder}: {body:.80}");
        let cover = std::fs::read(out.join(wechat::COVER)).unwrap();
        assert_eq!(png_size(&cover), (900, 383), "{folder} cover");
        let (w, h) = png_size(&std::fs::read(out.join(wechat::THUMB)).unwrap());
        assert_eq!(w, h, "{folder}: the thumbnail is square");
        assert!(w >= 200, "{folder}: thumbnail {w} px");
        for n in 1..=charts {
            let png = std::fs::read(out.join(format!("chart-{n}.png"))).unwrap();
            assert_eq!(png_size(&png).0, 1080, "{folder} chart-{n}.png");
            assert!(
                png.len() < check::MAX_IMAGE_BYTES,
                "{folder}: {}",
                png.len()
            );
            assert!(
                body.contains(&format!("<img src=\"chart-{n}.png\"")),
                "{folder}"
            );
        }
        assert!(!out.join(format!("chart-{}.png", charts + 1)).exists());
        // The story page links its editors to the article's page.
        let story = f.read(&page);
        let link = format!("{folder}index.html\" rel=\"nofollow\"");
        assert!(story.contains(&link), "{page} does not link {folder}");
        let editor = f.read(&format!("{folder}index.html"));
        assert_has(
            &editor,
            &[
                "<meta name=\"robots\" content=\"noindex\">",
                "复制到公众号",
                "static/wechat.js",
                "cover.png",
                "thumb.png",
            ],
        );
    }
}

#[test]
fn the_checker_finds_nothing_in_any_article() {
    let f = example();
    for (folder, _, _) in stories() {
        let doc = f.read(&format!("{folder}{}", wechat::ARTICLE));
        let body = wechat::body_of(&doc).unwrap();
        let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(f.out().join(&folder))
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_name().to_string_lossy().starts_with("chart-"))
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        let images: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        assert_eq!(check::check(body, &images), [], "{folder}");
    }
}

#[test]
fn the_checker_is_not_blind() {
    // The same check on what the web page writes finds what the editor would drop.
    let page = example().read("news/wuxian-duibi/index.html");
    let v = check::check(&page, &[]);
    let tags: Vec<&check::Violation> = v
        .iter()
        .filter(
            |x| matches!(x, check::Violation::Tag(t) if t == "div" || t == "script" || t == "a"),
        )
        .collect();
    assert!(tags.len() >= 3, "{v:?}");
    assert!(v
        .iter()
        .any(|x| matches!(x, check::Violation::Attribute { name, .. } if name == "class")));
}

/// The text of `html` between `from` and the end of the element it opens, tags dropped.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
}

/// Every figure of a text in order: runs of digits with their decimal point, commas and
/// per cent sign (`11690`, `8.61%`, `2.76`).
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (!cur.is_empty() && matches!(c, '.' | ',' | '%')) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(cur.trim_end_matches(['.', ',']).to_string());
            cur.clear();
        }
    }
    out
}

/// Cuts `html` from each `start` to the `end` after it.
fn without(html: &str, start: &str, end: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(a) = rest.find(start) {
        out.push_str(&rest[..a]);
        match rest[a..].find(end) {
            Some(b) => rest = &rest[a + b + end.len()..],
            None => return out,
        }
    }
    out + rest
}

#[test]
fn each_figure_of_an_article_is_its_story_pages() {
    let f = example();
    let mut compared = 0;
    for (folder, page, _) in stories() {
        let html = f.read(&page);
        let story = html
            .split_once("<article class=\"prose story\">")
            .and_then(|(_, r)| r.split_once("</article>"))
            .map(|(a, _)| a)
            .unwrap();
        // The page's title is the 公众号's title field; its charts are the article's
        // images (their titles are compared below); its tags and editors' link are no text.
        let mut prose = without(story, "<h1>", "</h1>");
        prose = without(&prose, "<figure class=\"chart\"", "</figure>");
        prose = without(&prose, "<p class=\"tags\">", "</p>");
        prose = without(&prose, "<p class=\"editor-link\">", "</p>");
        let doc = f.read(&format!("{folder}{}", wechat::ARTICLE));
        let body = wechat::body_of(&doc).unwrap();
        // The notes' numbers and addresses are the article's own.
        let mut article = without(body, "<sup style=", "</sup>");
        article = without(&article, "<hr style=", "</section>");
        let (want, got) = (figures(&text_of(&prose)), figures(&text_of(&article)));
        assert!(want.len() > 5, "{page}: {want:?}");
        assert_eq!(got, want, "{folder} against {page}");
        compared += want.len();
        // Charts: the same ones, in the same order.
        let captions: Vec<&str> = story
            .split("<figcaption>")
            .skip(1)
            .map(|s| s.split("</figcaption>").next().unwrap())
            .collect();
        let alts: Vec<&str> = body
            .split("<img src=\"")
            .skip(1)
            .map(|s| s.split("alt=\"").nth(1).unwrap().split('"').next().unwrap())
            .collect();
        assert_eq!(alts, captions, "{folder}");
    }
    eprintln!("{compared} figures compared");
}

/// A county story with a heading, bold figures, a table and a chart.
const STORY: &str = "---\ntitle: 测试县资金投入\ndate: 2016-03-08\nsummary: 测试县2015年的扶贫资金。\n---\n\n\
## 资金投入\n\n2015年**财政扶贫资金{{ funds.2015.财政扶贫资金.amount }}**，其中用于贫困村{{ funds.2015.财政扶贫资金.to_poor_villages }}。\
详见[简报](../../../booklet/index.html)和[国务院扶贫办](https://www.cpad.gov.cn/)。\n\n\
| 年份 | 财政扶贫资金 |\n|---|---:|\n| 2015 | {{ funds.2015.财政扶贫资金.amount }} |\n\n\
### 资金图\n\n```chart\nkind: funds\n```\n";

fn county(site_yaml: &str) -> Fixture {
    let f = Fixture::new();
    f.write("content/site.yaml", site_yaml);
    f.write("content/regions/sheng/xian/zijin.md", STORY);
    f
}

#[test]
fn links_become_numbered_notes_and_the_page_says_its_address() {
    let f = county(
        "title: 测试站\nlanguage: zh-CN\nbase_url: https://fupin.example.gov.cn/\nwechat: true\n",
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
    let body = f.read("wechat/xian/zijin/article.html");
    assert_has(
        &body,
        &[
            "<strong>财政扶贫资金4.34亿元</strong>",
            "2.76亿元",
            "简报</span><sup style=\"color:#8e1a24;font-size:12px;\">[1]</sup>",
            "[2]</sup>",
            "注释",
            "[1] https://fupin.example.gov.cn/booklet/index.html",
            "[2] https://www.cpad.gov.cn/",
        ],
    );
    assert!(!body.contains("<a "), "{body}");
    let editor = f.read("wechat/xian/zijin/index.html");
    assert_has(
        &editor,
        &[
            "原文链接（阅读原文）",
            "https://fupin.example.gov.cn/regions/xian/zijin/",
            "测试县2015年的扶贫资金。",
            "chart-1.png",
        ],
    );
}

#[test]
fn off_unless_asked_and_never_in_search_sitemap_or_feeds() {
    let off = county("title: 测试站\nlanguage: zh-CN\n");
    off.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(!off.out().join("wechat").exists());
    assert!(!off
        .read("regions/xian/zijin/index.html")
        .contains("wechat/"));

    let on = county(
        "title: 测试站\nlanguage: zh-CN\nbase_url: https://fupin.example.gov.cn/\nwechat: true\n\
         gov: { sponsor: 测试县人民政府办公室, site_code: \"6201000001\" }\n",
    );
    on.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(on.out().join("wechat/xian/zijin/index.html").is_file());
    let mut looked = 0;
    for e in walkdir::WalkDir::new(on.out()) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(on.out()).unwrap();
        if !e.file_type().is_file() || rel.starts_with("wechat") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        let name = rel.to_string_lossy();
        // Only a story page links its article's page.
        if name.ends_with("zijin/index.html") {
            continue;
        }
        if name.starts_with("search") || name.ends_with(".xml") || name.contains("sitemap") {
            looked += 1;
        }
        assert!(!text.contains("wechat/"), "{name} names a 公众号 page");
    }
    assert!(looked >= 3, "search, sitemap.xml, feed.xml: {looked}");
}

#[test]
fn a_wechat_value_that_is_not_a_switch() {
    let f = county("title: 测试站\nlanguage: zh-CN\nwechat: 开\n");
    assert_has(
        &f.errors(),
        &[
            "content/site.yaml:3:9",
            "`wechat` should be `true` or `false`, found `开`",
        ],
    );
}

#[test]
fn an_article_too_long_for_the_editor_is_a_warning() {
    let f = county("title: 测试站\nlanguage: zh-CN\nwechat: true\n");
    let long = format!("---\ntitle: 长文\n---\n\n{}\n", "脱贫攻坚。".repeat(4001));
    f.write("content/regions/sheng/xian/changwen.md", &long);
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    let said = r.diagnostics.to_string();
    assert_has(
        &said,
        &[
            "changwen.md",
            "the 公众号 article wechat/xian/changwen/article.html does not meet the 公众号 editor's limits",
            "the text has 20005 characters; a 公众号 article may have at most 20000",
            "split the story into several",
        ],
    );
    assert!(!said.contains("zijin"), "{said}");
    // `xiaokang check`, which makes no images, says it too, and only that.
    let checked = xiaokang::check(f.root()).to_string();
    assert_has(&checked, &["changwen.md", "the text has 20005 characters"]);
    assert!(!checked.contains("was not made"), "{checked}");
}

/// Opens `page` in an iframe and runs tests/wechat_probe.js on it in `mode`.
fn probe(browser: &Path, page: &Path, mode: &str) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let wrapper = format!(
        "<!doctype html><html><body>\
         <iframe id=\"f\" src=\"file://{}\" style=\"width:375px;height:900px;border:0\"></iframe>\
         <script>var MODE = {mode:?};\n{}</script></body></html>",
        page.display(),
        include_str!("wechat_probe.js"),
    );
    let file = tmp.path().join("wrapper.html");
    std::fs::write(&file, wrapper).unwrap();
    let o = crate::common::headless_probe(browser, &tmp.path().join("profile"), 10000)
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&o.stdout);
    let json = crate::common::probe_result(&dom)
        .unwrap_or_else(|| panic!("the probe did not finish: {dom}"));
    let v: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert!(v.get("error").is_none(), "{v:#}");
    v
}

#[test]
fn the_copy_button_pastes_headings_bold_tables_and_images_in_order() {
    let Some(browser) = chromium("the 公众号 paste test") else {
        return;
    };
    let f = county("title: 测试站\nlanguage: zh-CN\nwechat: true\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page: PathBuf = f.out().join("wechat/xian/zijin/index.html");
    let v = probe(&browser, &page, "clipboard API");
    eprintln!("copied through {}: {}", v["via"], v["pasted"]);
    let strings = |k: &str| -> Vec<String> {
        v[k].as_array()
            .unwrap_or_else(|| panic!("{k}: {v:#}"))
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let want = [
        "h2 资金投入",
        "strong 财政扶贫资金4.34亿元",
        "table 4",
        "h3 资金图",
        "img chart-1.png",
        "strong 注释",
    ];
    assert_eq!(strings("preview"), want);
    assert_eq!(strings("copied"), want, "what the button copied");
    assert_eq!(strings("pasted"), want, "what arrived in the editor");
    assert_eq!(
        v["status"],
        "已复制。请到公众号编辑器的正文里粘贴（Ctrl+V），再按下面的顺序上传图片、替换文中的图片。"
    );
    // The figures that arrive are the story's, and the styles came along inline.
    let pasted = v["pasted_text"].as_str().unwrap();
    assert_eq!(
        figures(pasted),
        figures(v["preview_text"].as_str().unwrap())
    );
    assert_has(pasted, &["4.34亿元", "2.76亿元", "注释"]);
    assert!(v["pasted_styles"].as_u64().unwrap() > 10, "{v:#}");
    // Images travel with absolute addresses, so they can be found again.
    let src = v["image_srcs"][0].as_str().unwrap();
    assert!(
        src.starts_with("file:///") && src.ends_with("/wechat/xian/zijin/chart-1.png"),
        "{src}"
    );
}

#[test]
fn markup_a_story_may_hold_leaves_nothing_the_editor_drops() {
    // Raw HTML let through (`unsafe_html`), an outside image, a footnote, a quote, a list,
    // code: the article keeps their words and nothing the editor would drop.
    let f = county("title: 测试站\nlanguage: zh-CN\nwechat: true\nunsafe_html: true\n");
    f.write(
        "content/regions/sheng/xian/daima.md",
        "---\ntitle: 代码\n---\n\n<div class=\"x\" id=\"y\" style=\"position:fixed\">产业<a href=\"https://evil.example/\">链接</a></div>\
         <script>alert(1)</script>\n\n![光伏电站](https://evil.example/a.png)\n\n脚注[^1]。\n\n[^1]: 注一。\n\n\
         > 引用\n\n1. 一\n2. 二\n\n`代码` ~~删~~ *斜*\n\n```\n块\n```\n\n---\n",
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    // The outside image is said once (pages show it as a link); nothing else is.
    let said = r.diagnostics.to_string();
    assert_eq!(said.matches("warning:").count(), 1, "{said}");
    assert_has(
        &said,
        &["the image `https://evil.example/a.png` is on another host"],
    );
    let doc = f.read("wechat/xian/daima/article.html");
    let body = wechat::body_of(&doc).unwrap();
    assert_eq!(check::check(body, &[]), [], "{body}");
    assert_has(
        body,
        &[
            "产业链接",
            // An outside image arrives as a link (pages load nothing from elsewhere): its
            // words and its address in the notes.
            "光伏电站</span><sup",
            "[1] https://evil.example/a.png",
            // A footnote is marked apart from the links' notes, its text in a section.
            "脚注<sup style=\"color:#8e1a24;font-size:12px;\">①</sup>",
            "① <p",
            "注一。",
            "引用",
            "<ol",
            "块",
        ],
    );
    assert!(
        !body.contains("alert") && !body.contains("evil.example/\""),
        "{body}"
    );
}

#[test]
fn a_browser_that_will_not_copy_says_how_to_copy_by_hand() {
    let Some(browser) = chromium("the 公众号 copy fallback test") else {
        return;
    };
    let f = county("title: 测试站\nlanguage: zh-CN\nwechat: true\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.out().join("wechat/xian/zijin/index.html");
    let v = probe(&browser, &page, "no clipboard API");
    assert_eq!(
        v["status"],
        "浏览器没有允许复制：请在下面的文章预览里按 Ctrl+A 全选、Ctrl+C 复制，再到编辑器里粘贴。",
        "{v:#}"
    );
}
