//! Hostile and messy input (issue 7): encodings, output-folder safety, paths and links
//! (links, loops), HTML in stories and data. One fixture site per defect; each asserts
//! the message, the file and the line, and that nothing was lost.

use crate::common::{assert_has, Fixture, COUNTY};
use std::path::Path;
use std::process::Command;

const REGION: &str = "content/regions/sheng/xian/region.yaml";
const STORY: &str = "content/regions/sheng/xian/gushi.md";

fn encoded(enc: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, errors) = enc.encode(text);
    assert!(!errors, "{text} cannot be written in {}", enc.name());
    bytes.into_owned()
}

// ---------------------------------------------------------------- encodings

#[test]
fn gbk_region_yaml_is_named_with_the_fix() {
    let f = Fixture::new();
    f.write_bytes(REGION, &encoded(encoding_rs::GBK, COUNTY));
    let e = f.errors();
    assert_has(
        &e,
        &[
            "error: the file is not UTF-8 text: it looks like GBK (GB2312/GB18030), the encoding of Chinese Windows editors",
            "--> content/regions/sheng/xian/region.yaml:1:7",
            // The line is quoted as it was meant to read.
            "1 | name: 测试县",
            "= expected: UTF-8 text (with or without a BOM)",
            "iconv -f GBK -t UTF-8 content/regions/sheng/xian/region.yaml > tmp && mv tmp content/regions/sheng/xian/region.yaml",
        ],
    );
}

#[test]
fn gbk_story_points_at_the_first_chinese_line() {
    let f = Fixture::new();
    f.write_bytes(
        STORY,
        &encoded(
            encoding_rs::GBK,
            "---\ntitle: abc\ndate: 2018-12-05\n---\n\n碌曲县贫困人口大幅下降。\n",
        ),
    );
    assert_has(
        &f.errors(),
        &[
            "it looks like GBK",
            "--> content/regions/sheng/xian/gushi.md:6:1",
            "iconv -f GBK -t UTF-8 content/regions/sheng/xian/gushi.md",
        ],
    );
}

#[test]
fn gb18030_only_characters_get_the_gb18030_fix() {
    let f = Fixture::new();
    // 𠀀 (U+20000) has no GBK code; GB18030 writes it in four bytes.
    f.write_bytes(
        "content/news/xinwen.md",
        &encoded(encoding_rs::GB18030, "---\ntitle: 新闻𠀀\n---\n正文。\n"),
    );
    assert_has(
        &f.errors(),
        &[
            "it looks like GB18030",
            "content/news/xinwen.md:2:8",
            "iconv -f GB18030 -t UTF-8 content/news/xinwen.md",
        ],
    );
}

#[test]
fn big5_is_named_as_big5() {
    let f = Fixture::new();
    f.write_bytes(
        "content/site.yaml",
        &encoded(
            encoding_rs::BIG5,
            "title: 內蒙古自治區脫貧攻堅進展\nlanguage: zh-TW\n",
        ),
    );
    assert_has(
        &f.errors(),
        &[
            "it looks like Big5",
            "content/site.yaml:1:8",
            "iconv -f BIG5 -t UTF-8 content/site.yaml",
        ],
    );
}

#[test]
fn utf16_from_notepad_is_named() {
    let f = Fixture::new();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "title: 测试站\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    f.write_bytes("content/site.yaml", &bytes);
    assert_has(
        &f.errors(),
        &[
            "it looks like UTF-16 (Windows Notepad's \"Unicode\")",
            "content/site.yaml:1:1",
            "iconv -f UTF-16LE -t UTF-8 content/site.yaml",
        ],
    );
}

#[test]
fn other_bytes_are_not_guessed_silently() {
    let f = Fixture::new();
    f.write_bytes(REGION, b"name: x\nlevel: caf\xE9 cr\xE8me\n");
    assert_has(
        &f.errors(),
        &[
            "the file is not UTF-8 text, nor in a Chinese encoding xiaokang recognises",
            "content/regions/sheng/xian/region.yaml:2:11",
            "save it as UTF-8",
        ],
    );
}

fn bom_crlf(text: &str) -> Vec<u8> {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend(text.replace('\n', "\r\n").into_bytes());
    b
}

#[test]
fn bom_and_crlf_build_everywhere() {
    let f = Fixture::new();
    f.write_bytes(
        "content/site.yaml",
        &bom_crlf("title: 测试站\nlanguage: zh-CN\n"),
    );
    f.write_bytes(REGION, &bom_crlf(COUNTY));
    f.write_bytes(
        "content/_index.md",
        &bom_crlf("---\ntitle: 首页\n---\n欢迎。\n"),
    );
    f.write_bytes(
        STORY,
        &bom_crlf("---\ntitle: 故事\ndate: 2018-12-05\n---\n\n贫困人口{{ poverty.2018.people }}。\n\n```chart\nkind: poverty-rate\n```\n"),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(r.diagnostics.is_empty(), "{}", r.diagnostics);
    let page = f.read("regions/xian/gushi/index.html");
    assert_has(&page, &["贫困人口3976人。", "<svg"]);
    assert!(!page.contains('\u{feff}'));
    assert_has(&f.read("regions/xian/index.html"), &["测试县"]);
}

#[test]
fn bom_and_crlf_keep_line_numbers_in_messages() {
    let f = Fixture::new();
    f.write_bytes(
        REGION,
        &bom_crlf(&COUNTY.replacen(
            "{ year: 2014, households: 13065",
            "{ year: 2014, househlds: 13065",
            1,
        )),
    );
    f.write_bytes(
        STORY,
        // A misnamed section: still reported while region.yaml has errors (an absent
        // figure would not be, its cause being there).
        &bom_crlf("---\ntitle: 故事\n---\n\n第一段。\n\n贫困人口{{ povrty.2016.people }}。\n"),
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "unknown key `househlds` in a `poverty` row",
            "--> content/regions/sheng/xian/region.yaml:6:19",
            "6 |   - { year: 2014, househlds: 13065, people: 34261, rate: 11% }",
            "unknown figure reference `povrty.2016.people`",
            "--> content/regions/sheng/xian/gushi.md:7:5",
        ],
    );
    assert!(!e.contains('\r'), "no carriage returns in messages:\n{e:?}");
}

#[test]
fn crlf_front_matter_errors_keep_their_line() {
    let f = Fixture::new();
    f.write_bytes(
        STORY,
        &bom_crlf("---\ntitle: 故事\ndate: 2018-13-45\n---\n正文\n"),
    );
    assert_has(&f.errors(), &["content/regions/sheng/xian/gushi.md:3:7"]);
}

// ---------------------------------------------------------------- output folder

fn cli_build(root: &Path, out: &Path) -> (bool, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run xiaokang");
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stderr).into_owned() + &String::from_utf8_lossy(&o.stdout),
    )
}

#[test]
fn refuses_the_parent_of_the_site_and_deletes_nothing() {
    let outer = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    // The site inside a folder that also holds the user's other work.
    let site = outer.path().join("site");
    std::fs::rename(f.root(), &site).unwrap();
    std::fs::write(outer.path().join("报告.docx"), "work").unwrap();
    let (ok, msg) = cli_build(&site, outer.path());
    assert!(!ok);
    assert_has(
        &msg,
        &[
            "refusing to write the site into",
            "holds the site's own files",
        ],
    );
    assert!(outer.path().join("报告.docx").exists());
    assert!(site.join("content/site.yaml").exists());
    std::fs::rename(&site, f.root()).unwrap();
}

#[test]
fn refuses_themes_and_folders_inside_the_sources() {
    let f = Fixture::new();
    f.write("themes/mine/templates/base.html", "x");
    f.write("content/static/a.txt", "a");
    for out in [
        "themes",
        "content/static",
        "themes/mine",
        "content/regions/sheng",
    ] {
        let (ok, msg) = cli_build(f.root(), &f.root().join(out));
        assert!(!ok, "{out}");
        assert_has(
            &msg,
            &[
                "refusing to write the site into",
                "holds the site's own files",
            ],
        );
    }
    assert!(f.root().join("themes/mine/templates/base.html").exists());
    assert!(f.root().join("content/static/a.txt").exists());
    assert!(f.root().join(REGION).exists());
}

#[cfg(unix)]
#[test]
fn refuses_a_link_to_the_site_root() {
    let f = Fixture::new();
    let link = tempfile::tempdir().unwrap();
    let out = link.path().join("out");
    std::os::unix::fs::symlink(f.root(), &out).unwrap();
    let (ok, msg) = cli_build(f.root(), &out);
    assert!(!ok);
    assert_has(&msg, &["refusing to write the site into"]);
    assert!(f.root().join("content/site.yaml").exists());
}

#[test]
fn a_marked_folder_is_replaced_and_a_new_one_is_marked() {
    let f = Fixture::new();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(f.out().join(".xiaokang-output").is_file());
    std::fs::write(f.out().join("stale.html"), "old").unwrap();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(!f.out().join("stale.html").exists());
    assert!(f.out().join(".xiaokang-output").is_file());
    // No staging or old copies are left beside it.
    let leftovers: Vec<String> = std::fs::read_dir(f.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("xiaokang-new") || n.contains("xiaokang-old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn an_unmarked_folder_with_one_hidden_file_is_refused() {
    let f = Fixture::new();
    f.write("output/.git/HEAD", "ref: refs/heads/main\n");
    assert_has(
        &f.errors(),
        &["refusing to replace", "was not made by xiaokang"],
    );
    assert!(f.root().join("output/.git/HEAD").exists());
}

// ---------------------------------------------------------------- links and paths

#[cfg(unix)]
mod links {
    use super::*;
    use std::os::unix::fs::symlink;
    use std::time::{Duration, Instant};

    #[test]
    fn a_region_folder_linked_from_outside_is_refused() {
        let f = Fixture::new();
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("region.yaml"), "name: 外面\n").unwrap();
        symlink(
            elsewhere.path(),
            f.root().join("content/regions/sheng/waimian"),
        )
        .unwrap();
        let e = f.errors();
        assert_has(
            &e,
            &[
                "content/regions/sheng/waimian",
                "outside the site folder; it is not read",
                "copy the file into the site folder instead of linking to it",
            ],
        );
        assert!(!e.contains("外面"));
    }

    #[test]
    fn a_story_linked_to_a_file_outside_is_refused() {
        let f = Fixture::new();
        let elsewhere = tempfile::tempdir().unwrap();
        let secret = elsewhere.path().join("secret.md");
        std::fs::write(&secret, "---\ntitle: 机密\n---\n机密内容\n").unwrap();
        symlink(&secret, f.root().join(STORY)).unwrap();
        assert_has(
            &f.errors(),
            &[
                "error: this is a link to",
                "secret.md, outside the site folder; it is not read",
                "--> content/regions/sheng/xian/gushi.md",
            ],
        );
        assert!(!f.out().exists(), "nothing is written");
    }

    #[test]
    fn site_yaml_and_static_files_linked_from_outside_are_refused() {
        let f = Fixture::new();
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("passwd"), "root:x:0:0").unwrap();
        std::fs::create_dir_all(f.root().join("content/static")).unwrap();
        symlink(
            elsewhere.path().join("passwd"),
            f.root().join("content/static/passwd.txt"),
        )
        .unwrap();
        symlink(elsewhere.path(), f.root().join("content/static/etc")).unwrap();
        let e = f.errors();
        assert_has(
            &e,
            &[
                "content/static/passwd.txt",
                "content/static/etc",
                "outside the site folder",
            ],
        );
    }

    #[test]
    fn links_inside_the_site_are_followed() {
        let f = Fixture::new();
        f.write("photos/luqu.jpg", "jpeg");
        std::fs::create_dir_all(f.root().join("content/static")).unwrap();
        symlink(
            f.root().join("photos"),
            f.root().join("content/static/photos"),
        )
        .unwrap();
        f.build().unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(f.read("static/photos/luqu.jpg"), "jpeg");
    }

    #[test]
    fn a_folder_loop_is_reported_not_walked_forever() {
        let f = Fixture::new();
        symlink(
            f.root().join("content/regions/sheng"),
            f.root().join("content/regions/sheng/xian/loop"),
        )
        .unwrap();
        let start = Instant::now();
        let e = f.errors();
        assert!(start.elapsed() < Duration::from_secs(10));
        assert_has(
            &e,
            &[
                "--> content/regions/sheng/xian/loop",
                "this folder is a link back to content/regions/sheng, which contains it; the loop is not followed",
            ],
        );
    }

    #[test]
    fn a_link_to_nothing_is_reported() {
        let f = Fixture::new();
        std::fs::create_dir_all(f.root().join("content/static")).unwrap();
        symlink(
            f.root().join("gone.png"),
            f.root().join("content/static/gone.png"),
        )
        .unwrap();
        assert_has(
            &f.errors(),
            &[
                "--> content/static/gone.png",
                "cannot read this",
                "a link may point at nothing",
            ],
        );
    }

    #[test]
    fn a_template_linked_from_outside_is_refused() {
        let f = Fixture::new();
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("t.html"), "secret").unwrap();
        std::fs::create_dir_all(f.root().join("templates")).unwrap();
        symlink(
            elsewhere.path().join("t.html"),
            f.root().join("templates/404.html"),
        )
        .unwrap();
        assert_has(
            &f.errors(),
            &["templates/404.html", "outside the site folder"],
        );
    }
}

fn with_story(body: &str) -> Fixture {
    let f = Fixture::new();
    f.write("content/static/photo.jpg", "jpeg");
    f.write("content/static/docs/报告.pdf", "pdf");
    f.write(STORY, &format!("---\ntitle: 故事\n---\n\n{body}"));
    f
}

#[test]
fn a_missing_image_names_story_and_line() {
    let f = with_story("第一段。\n\n![现场照片](../../../static/xianchang.jpg)\n");
    assert_has(
        &f.errors(),
        &[
            "error: the image `../../../static/xianchang.jpg` points to static/xianchang.jpg, but there is no content/static/xianchang.jpg",
            "--> content/regions/sheng/xian/gushi.md:7:1",
            "put the file in content/static/ and write `../../../static/xianchang.jpg`",
            "(regions/xian/gushi/index.html)",
        ],
    );
}

#[test]
fn an_image_written_from_the_wrong_folder_gets_the_right_path() {
    // Written relative to the Markdown file, not to the page it ends up on.
    let f = with_story("图：![照片](../../../../static/photo.jpg)\n");
    assert_has(
        &f.errors(),
        &[
            "the image `../../../../static/photo.jpg` points outside the site",
            "content/regions/sheng/xian/gushi.md:5:3",
        ],
    );
    let f = with_story("图：![照片](static/photo.jpg)\n");
    assert_has(
        &f.errors(),
        &[
            "the image `static/photo.jpg` points to regions/xian/gushi/static/photo.jpg, which is not in the built site",
            "content/regions/sheng/xian/gushi.md:5:3",
            "did you mean `../../../static/photo.jpg`?",
        ],
    );
}

#[test]
fn a_missing_attachment_and_a_dead_page_link_are_reported() {
    let f = with_story(
        "[报告](../../../static/docs/报告2.pdf)\n\n[另一篇](../lingyipian/)\n\n[好的](../../../static/docs/%E6%8A%A5%E5%91%8A.pdf)\n",
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "the link `../../../static/docs/报告2.pdf` points to static/docs/报告2.pdf, but there is no content/static/docs/报告2.pdf",
            "content/regions/sheng/xian/gushi.md:5:1",
            "the link `../lingyipian/` points to regions/xian/lingyipian/index.html, which is not in the built site",
            "content/regions/sheng/xian/gushi.md:7:1",
        ],
    );
    assert!(
        !e.contains("gushi.md:9"),
        "the percent-encoded link is fine:\n{e}"
    );
}

#[test]
fn good_links_and_images_build() {
    let f = with_story(
        "![照片](../../../static/photo.jpg \"现场\")\n\n[本县](../)、[上级](../../sheng/)、[数据](../../../data/xian.csv)、\
         [首页](../../../index.html)、[外部](https://www.gov.cn/)、[邮件](mailto:a@b.cn)、[脚注](#top)\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("regions/xian/gushi/index.html"),
        &["<img src=\"../../../static/photo.jpg\" alt=\"照片\" title=\"现场\">"],
    );
    assert_eq!(f.read("static/photo.jpg"), "jpeg");
}

#[test]
fn region_index_and_news_resolve_from_their_own_pages() {
    let f = with_story("正文\n");
    f.write(
        "content/regions/sheng/xian/index.md",
        "---\ntitle: 简介\n---\n![照片](../../static/photo.jpg)\n",
    );
    f.write(
        "content/news/xinwen.md",
        "---\ntitle: 新闻\n---\n![照片](../../static/photo.jpg)\n\n![坏](../static/photo.jpg)\n",
    );
    assert_has(
        &f.errors(),
        &[
            "the image `../static/photo.jpg` points to news/static/photo.jpg, which is not in the built site",
            "content/news/xinwen.md:6:1",
            "did you mean `../../static/photo.jpg`?",
        ],
    );
}

// ---------------------------------------------------------------- HTML

#[test]
fn raw_html_is_sanitized_by_default() {
    let f = with_story(
        "<div onclick=\"steal()\"><b>加粗</b><i>斜体</i><script>alert('x')</script></div>\n\n\
         段落<img src=\"../../../static/photo.jpg\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">链接</a>\n\n\
         <iframe src=\"https://evil.example/\"></iframe><style>body{display:none}</style>\n\n\
         [坏链接](javascript:alert(3)) <sub>2</sub>\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/gushi/index.html");
    let body = &page[page.find("<article").unwrap_or(0)..];
    for gone in [
        "onclick",
        "steal()",
        "alert",
        "onerror",
        "javascript:",
        "<iframe",
        "evil.example",
        "display:none",
    ] {
        assert!(!body.contains(gone), "{gone} survived:\n{body}");
    }
    assert_has(
        body,
        &[
            "<b>加粗</b>",
            "<i>斜体</i>",
            "<img src=\"../../../static/photo.jpg\">",
            "<sub>2</sub>",
            ">链接</a>",
        ],
    );
}

#[test]
fn sanitizing_keeps_charts_figures_tables_and_footnotes() {
    let f = with_story(
        "```chart\nkind: funds\n```\n\n```figures\n```\n\n| 年份 | 人数 |\n|---:|:---|\n| 2014 | 34261 |\n\n正文[^1]。\n\n[^1]: 来源：甘南日报。\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let page = f.read("regions/xian/gushi/index.html");
    assert_has(
        &page,
        &[
            "<svg",
            "<th style=\"text-align:right\">年份</th>",
            "class=\"footnote-reference\"",
            "class=\"footnote-definition\"",
        ],
    );
    assert!(
        !page.contains("xiaokang-embed"),
        "every placeholder is replaced"
    );
}

#[test]
fn unsafe_html_keeps_scripts_when_asked() {
    let f = with_story("<script>var x = 1;</script>\n");
    f.write("content/site.yaml", "title: t\nunsafe_html: true\n");
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("regions/xian/gushi/index.html"),
        &["<script>var x = 1;</script>"],
    );
}

#[test]
fn every_value_from_data_is_escaped_in_every_page() {
    let f = Fixture::new();
    let evil = "<img src=x onerror=alert(1)>";
    f.write(
        "content/site.yaml",
        &format!(
            "title: \"{evil}站\"\nsubtitle: \"<script>s()</script>\"\npublisher: \"<b>办</b>\"\n"
        ),
    );
    f.write(
        "content/regions/sheng/region.yaml",
        "name: \"<script>alert(1)</script>省\"\n",
    );
    f.write(
        REGION,
        &COUNTY
            .replace("name: 测试县", &format!("name: \"{evil}县\""))
            .replace("source: 财政扶贫资金", "source: \"<i>资金</i>\"")
            .replace("name: 自来水普及率", "name: \"<u>普及率</u>\"")
            .replace(
                "name: 村级光伏电站",
                "name: \"<a href=javascript:x>电站</a>\"",
            ),
    );
    f.write(STORY, &format!("---\ntitle: \"{evil}\"\nsummary: \"<script>t()</script>\"\ntags: [\"<b>标签</b>\"]\n---\n正文\n"));
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(f.out()) {
        let entry = entry.unwrap();
        let ext = entry
            .path()
            .extension()
            .map(|e| e.to_string_lossy().into_owned());
        if !matches!(ext.as_deref(), Some("html" | "svg" | "xml")) {
            continue;
        }
        pages += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for raw in [
            "<img src=x",
            "<script>alert",
            "<script>s()",
            "<script>t()",
            "<i>资金",
            "<u>普及率",
            "<a href=javascript",
            "<b>标签",
            "<b>办",
        ] {
            assert!(
                !text.contains(raw),
                "{raw} unescaped in {}",
                entry.path().display()
            );
        }
    }
    assert!(pages >= 5);
    assert_has(
        &f.read("regions/xian/index.html"),
        &[
            "&lt;img src=x onerror=alert(1)&gt;县",
            "&lt;script&gt;alert(1)&lt;/script&gt;省",
        ],
    );
}

// ---------------------------------------------------------------- data, table-driven

/// One fixture site per case: the county with `from` replaced by `to`; the message and
/// place that must come out.
fn each_case(cases: &[(&str, &str, &str, &str)]) {
    for (from, to, message, place) in cases {
        let f = Fixture::new();
        assert!(COUNTY.contains(from), "fixture text {from:?} not found");
        f.write(REGION, &COUNTY.replacen(from, to, 1));
        let e = f.errors();
        assert_has(
            &e,
            &[
                &format!("error: {message}"),
                &format!("--> content/regions/sheng/xian/region.yaml:{place}"),
            ],
        );
    }
}

#[test]
fn every_section_of_the_wrong_type() {
    let f = Fixture::new();
    for (text, message, place) in [
        (
            "name: 县\nprofile: [1]\n",
            "`profile` should be a mapping of keys, found a list",
            "2:10",
        ),
        (
            "name: 县\npoverty: 5\n",
            "`poverty` should be a list, found a single value",
            "2:10",
        ),
        (
            "name: 县\nlifted: {a: 1}\n",
            "`lifted` should be a list, found a mapping of keys",
            "2:9",
        ),
        (
            "name: 县\ntargets: x\n",
            "`targets` should be a list, found a single value",
            "2:10",
        ),
        (
            "name: 县\nfunds: 3\n",
            "`funds` should be a list, found a single value",
            "2:8",
        ),
        (
            "name: 县\nprojects: {}\n",
            "`projects` should be a list, found a mapping of keys",
            "2:11",
        ),
        (
            "name: 县\nproject_batches: y\n",
            "`project_batches` should be a list, found a single value",
            "2:18",
        ),
        (
            "name: 县\nindicators: 7\n",
            "`indicators` should be a list, found a single value",
            "2:13",
        ),
        ("name: [a]\n", "`name` should be text, found a list", "1:7"),
        (
            "name: 县\nlevel: {a: 1}\n",
            "`level` should be text, found a mapping of keys",
            "2:8",
        ),
    ] {
        f.write(REGION, text);
        assert_has(
            &f.errors(),
            &[
                &format!("error: {message}"),
                &format!("--> content/regions/sheng/xian/region.yaml:{place}"),
            ],
        );
    }
}

#[test]
fn every_quantity_field_written_wrong() {
    each_case(&[
        (
            "area_km2: 11570",
            "area_km2: 一万",
            "`area_km2`: `一万` is not a number",
            "4:22",
        ),
        (
            "population: 40.18万",
            "population: 40.18万户",
            "`population`: `40.18万户` is counted in 户, but this figure is counted in 人",
            "4:41",
        ),
        (
            "households: 13065,",
            "households: 1.3万5,",
            "`households`: `1.3万5` is not a count",
            "6:31",
        ),
        (
            "people: 34261,",
            "people: 34261户,",
            "`people`: `34261户` is counted in 户, but this figure is counted in 人",
            "6:46",
        ),
        (
            "rate: 11%",
            "rate: 11‰",
            "`rate`: `11‰` is not a percentage",
            "6:59",
        ),
        (
            "rate: 1.23%",
            "rate: 1.23%%",
            "`rate`: `1.23%%` is not a percentage",
            "7:57",
        ),
        (
            "year: 2014,",
            "year: 14,",
            "`year`: `14` is not a plausible year",
            "6:13",
        ),
        (
            "period: 2014-2018",
            "period: 2018-2014",
            "`period`: `2018-2014` ends before it starts",
            "9:15",
        ),
        (
            "target: 1.41万",
            "target: 很多",
            "`target`: `很多` is not a count",
            "11:48",
        ),
        (
            "actual: 18858",
            "actual: -5",
            "`actual`: `-5` is negative",
            "11:63",
        ),
        (
            "amount: 4.34亿元",
            "amount: 4.34亿美元",
            "`amount`: `4.34亿美元` is not an amount of money",
            "13:43",
        ),
        (
            "amount: 8231万元",
            "amount: 8231万万元",
            "`amount`: `8231万万元` is not an amount of money",
            "14:52",
        ),
        (
            "projects: 146",
            "projects: 146.5",
            "`projects`: `146.5` is 146.5 after scaling, not a whole number",
            "14:70",
        ),
        (
            "investment: 20.52亿元",
            "investment: 二十亿",
            "`investment`: `二十亿` is not an amount of money",
            "19:17",
        ),
        (
            "invested_so_far: 6.94亿元",
            "invested_so_far: 6.94亿人",
            "`invested_so_far`: `6.94亿人` is not an amount of money",
            "20:22",
        ),
        (
            "total: 76",
            "total: 七十六",
            "`total`: `七十六` is not a count",
            "21:12",
        ),
        (
            "status: completed",
            "status: 完成",
            "`status`: `完成` is not a project status",
            "16:43",
        ),
        (
            "target: 100 }",
            "target: 百 }",
            "an indicator value: `百` is not a percentage",
            "24:62",
        ),
    ]);
}
