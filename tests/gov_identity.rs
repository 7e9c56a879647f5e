//! `gov:` in site.yaml: a government site's identity (主办单位, 网站标识码, ICP and 公安
//! record numbers), shown in every page's footer, in the spec's meta tags and on the
//! 网站地图 page. The values are made up; no office has them.

use crate::common::{assert_has, Fixture};

/// A fixture site with a story of its own region and one of news, and `gov:` set.
fn site(gov: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!(
            "title: 测试站\nlanguage: zh-CN\nbase_url: https://fupin.example.gov.cn/\ngov:\n{gov}"
        ),
    );
    f.write(
        "content/regions/sheng/xian/guangfu.md",
        "---\ntitle: 测试县光伏扶贫\ndate: 2018-12-05\nsource: 测试日报\nauthor: 记者甲\nsummary: 光伏电站建成。\ntags: [光伏]\n---\n\n正文。\n",
    );
    f.write(
        "content/news/huiyi.md",
        "---\ntitle: 全县推进会召开\ndate: 2019-03-01 09:30\n---\n\n正文。\n",
    );
    f
}

const FULL: &str = "  sponsor: 测试县人民政府办公室\n  operator: 测试县融媒体中心\n  contact: 电话 0000-1234567\n  site_code: \"9999000001\"\n  icp: 甘ICP备12345678号-1\n  police: 甘公网安备 99990102000123号\n";

/// Every built HTML page (a 公众号 article's `article.html` is the editor's, not a page
/// of the site).
fn pages(f: &Fixture) -> Vec<(String, String)> {
    crate::common::files(&f.out())
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|x| x == "html"))
        .filter(|(p, _)| !p.ends_with("article.html"))
        .map(|(p, b)| (p.display().to_string(), String::from_utf8(b).unwrap()))
        .collect()
}

/// Asserts that `html`'s footer shows every item of [`FULL`], with the record links.
fn assert_footer(path: &str, html: &str) {
    let footer = &html[html.find("<footer").unwrap_or_else(|| panic!("{path}"))..];
    assert_has(
        footer,
        &[
            "主办单位：测试县人民政府办公室",
            "承办单位：测试县融媒体中心",
            "联系方式：电话 0000-1234567",
            "网站标识码：9999000001",
            "<a href=\"https://beian.miit.gov.cn/\" rel=\"external noopener\">甘ICP备12345678号-1",
            "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=99990102000123\" rel=\"external noopener\">甘公网安备 99990102000123号",
            "（外部链接）",
            "sitemap/index.html\">网站地图</a>",
        ],
    );
}

#[test]
fn every_page_footer_shows_the_identity_and_the_record_links() {
    let f = site(FULL);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let all = pages(&f);
    assert!(
        all.len() > 8,
        "{:?}",
        all.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    assert!(all.iter().any(|(p, _)| p == "booklet/index.html"));
    for (path, html) in &all {
        assert_footer(path, html);
    }
}

#[test]
fn the_operator_is_left_out_when_not_given() {
    let f = site(&FULL.replace("  operator: 测试县融媒体中心\n", ""));
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let home = f.read("index.html");
    assert_has(&home, &["主办单位：测试县人民政府办公室"]);
    assert!(!home.contains("承办单位"), "{home}");
}

#[test]
fn pages_carry_the_spec_meta_tags() {
    let f = site(FULL);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let region = f.read("regions/xian/index.html");
    assert_has(
        &region,
        &[
            "<meta name=\"SiteName\" content=\"测试站\">",
            "<meta name=\"SiteDomain\" content=\"fupin.example.gov.cn\">",
            "<meta name=\"SiteIDCode\" content=\"9999000001\">",
            "<meta name=\"ColumnName\" content=\"测试县\">",
            "<meta name=\"ColumnType\" content=\"数据发布\">",
        ],
    );
    assert!(
        !region.contains("ArticleTitle"),
        "a region page is a column page"
    );
    let story = f.read("regions/xian/guangfu/index.html");
    assert_has(
        &story,
        &[
            "<meta name=\"SiteIDCode\" content=\"9999000001\">",
            "<meta name=\"ColumnName\" content=\"测试县\">",
            "<meta name=\"ArticleTitle\" content=\"测试县光伏扶贫\">",
            "<meta name=\"PubDate\" content=\"2018-12-05 00:00\">",
            "<meta name=\"ContentSource\" content=\"测试日报\">",
            "<meta name=\"Author\" content=\"记者甲\">",
            "<meta name=\"Keywords\" content=\"光伏\">",
            "<meta name=\"Description\" content=\"光伏电站建成。\">",
        ],
    );
    let news = f.read("news/huiyi/index.html");
    assert_has(
        &news,
        &[
            "<meta name=\"ColumnType\" content=\"工作动态\">",
            "<meta name=\"ArticleTitle\" content=\"全县推进会召开\">",
            // A time written after the date.
            "<meta name=\"PubDate\" content=\"2019-03-01 09:30\">",
            // No source given: the site's sponsor published it.
            "<meta name=\"ContentSource\" content=\"测试县人民政府办公室\">",
        ],
    );
    assert_has(
        &f.read("news/index.html"),
        &["<meta name=\"ColumnType\" content=\"工作动态\">"],
    );
    assert_has(
        &f.read("booklet/index.html"),
        &[
            "<meta name=\"SiteIDCode\" content=\"9999000001\">",
            "<meta name=\"ColumnType\" content=\"数据发布\">",
        ],
    );
}

#[test]
fn the_site_map_lists_every_section_and_page() {
    let f = site(FULL);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let map = f.read("sitemap/index.html");
    assert_has(
        &map,
        &[
            "<h1>网站地图</h1>",
            "href=\"../index.html\">首页</a>",
            "href=\"../regions/sheng/index.html\">测试省</a>",
            "href=\"../regions/xian/index.html\">测试县</a>",
            "href=\"../regions/xian/guangfu/index.html\">测试县光伏扶贫</a>",
            "href=\"../news/index.html\">动态</a>",
            "href=\"../news/huiyi/index.html\">全县推进会召开</a>",
            "href=\"../search/index.html\">搜索</a>",
            "href=\"../data/all.xlsx\"",
            "href=\"../booklet/index.html\"",
            "<meta name=\"ColumnType\" content=\"网站地图\">",
        ],
    );
    // The county is listed under its province.
    let sheng = map.find("测试省</a>").unwrap();
    let xian = map.find("测试县</a>").unwrap();
    assert!(sheng < xian, "{map}");
}

#[test]
fn a_site_without_gov_is_unchanged() {
    let f = Fixture::new();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let home = f.read("index.html");
    for absent in ["SiteName", "主办单位", "网站地图", "beian"] {
        assert!(!home.contains(absent), "{absent} on a non-government site");
    }
    assert!(!f.out().join("sitemap/index.html").exists());
}

/// The error for one bad `gov:` value, with the build's full text.
fn error_for(gov: &str) -> String {
    site(gov).errors()
}

#[test]
fn a_site_code_whose_area_code_is_not_six_digits_is_an_error() {
    let e = error_for(&FULL.replace("\"9999000001\"", "\"99990001\""));
    assert_has(
        &e,
        &[
            "`gov.site_code`: `99990001` is not a site code",
            "site.yaml:8:",
            "the 6-digit area code then 4 digits",
        ],
    );
    let e = error_for(&FULL.replace("\"9999000001\"", "\"62X9000001\""));
    assert_has(&e, &["`62X9000001` is not a site code"]);
}

#[test]
fn an_icp_number_without_hao_is_an_error() {
    let e = error_for(&FULL.replace("12345678号-1", "12345678-1"));
    assert_has(
        &e,
        &[
            "`gov.icp`: `甘ICP备12345678-1` is not an ICP record number",
            "site.yaml:9:",
            "甘ICP备12345678号-1",
        ],
    );
}

#[test]
fn an_icp_number_of_no_province_is_an_error() {
    let e = error_for(&FULL.replace("甘ICP备", "测ICP备"));
    assert_has(&e, &["`测ICP备12345678号-1` is not an ICP record number"]);
}

#[test]
fn a_police_number_without_fourteen_digits_is_an_error() {
    let e = error_for(&FULL.replace("99990102000123号", "9999010200012号"));
    assert_has(
        &e,
        &[
            "`gov.police`: `甘公网安备 9999010200012号` is not a public security record number",
            "site.yaml:10:",
            "14 digits",
        ],
    );
}

#[test]
fn a_missing_sponsor_is_an_error() {
    let e = error_for(&FULL.replace("  sponsor: 测试县人民政府办公室\n", ""));
    assert_has(
        &e,
        &[
            "`gov` (the site's identity) has no `sponsor`",
            "site.yaml:5:",
            "sponsor: 某某县人民政府办公室",
        ],
    );
}

#[test]
fn an_unknown_gov_key_has_a_hint() {
    let e = error_for(&FULL.replace("  sponsor:", "  sponser:"));
    assert_has(&e, &["unknown key `sponser`", "did you mean `sponsor`?"]);
}

const CONAC: &str = "https://dcs.conac.cn/js/99/000/0000/99999999/CA990000000999999990001.js";

#[test]
fn the_badge_and_the_error_report_entry_load_only_when_configured() {
    let f = site(FULL);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let home = f.read("index.html");
    // The site's own scripts (长者模式's) may load; neither entry's is there.
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(!footer.contains("<script"), "{footer}");
    assert!(
        !home.contains("dcs.conac.cn") && !home.contains("jiucuo"),
        "{home}"
    );

    let f = site(&format!("{FULL}  conac: {CONAC}\n  error_report: true\n"));
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let story = f.read("regions/xian/guangfu/index.html");
    let footer = &story[story.find("<footer").unwrap()..];
    assert_has(
        footer,
        &[
            &format!("<span id=\"_ideConac\"></span><script src=\"{CONAC}\"></script>"),
            "<script id=\"_jiucuo_\" sitecode=\"9999000001\" src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"></script>",
        ],
    );
}

#[test]
fn a_badge_address_off_dcs_conac_cn_is_an_error() {
    let e = error_for(&format!("{FULL}  conac: https://example.com/badge.js\n"));
    assert_has(
        &e,
        &[
            "`gov.conac`: `https://example.com/badge.js` is not the address of a 党政机关网站标识 script",
            "site.yaml:11:",
            "dcs.conac.cn/js/",
        ],
    );
}

#[test]
fn a_rebuild_lists_a_new_story_in_the_site_map() {
    let f = site(FULL);
    f.build().unwrap_or_else(|d| panic!("{d}"));
    f.write(
        "content/news/xinwen.md",
        "---\ntitle: 第二条动态\ndate: 2019-04-01\n---\n\n正文。\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &f.read("sitemap/index.html"),
        &["href=\"../news/xinwen/index.html\">第二条动态</a>"],
    );
}

#[test]
fn a_government_site_without_base_url_is_warned_of_its_missing_domain() {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nlanguage: zh-CN\ngov:\n{FULL}"),
    );
    let report = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_has(
        &report.diagnostics.to_string(),
        &[
            "warning: `gov` is set but `base_url` is not: pages lack the `SiteDomain` meta tag",
            "site.yaml:4:",
            "base_url: https://www.example.gov.cn/fupin/",
        ],
    );
    assert!(!f.read("index.html").contains("SiteDomain"));
}

#[test]
fn the_example_site_with_an_identity_block_shows_it_on_every_page() {
    let f = Fixture::example();
    let site = std::fs::read_to_string(f.root().join("content/site.yaml")).unwrap();
    f.write(
        "content/site.yaml",
        &format!("{site}base_url: https://fupin.example.gov.cn/\ngov:\n{FULL}"),
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let all = pages(&f);
    let map = f.read("sitemap/index.html");
    let mut stories = 0;
    for (path, html) in &all {
        assert_footer(path, html);
        // 404.html belongs to no column; a 公众号 article's page is the editors' (noindex).
        if path == "404.html" || path.starts_with("wechat/") {
            continue;
        }
        let head = &html[..html.find("</head>").unwrap_or_else(|| panic!("{path}"))];
        assert_has(
            head,
            &[
                "<meta name=\"SiteName\" content=\"脱贫攻坚进展报告\">",
                "<meta name=\"SiteDomain\" content=\"fupin.example.gov.cn\">",
                "<meta name=\"SiteIDCode\" content=\"9999000001\">",
                "<meta name=\"ColumnName\" content=\"",
                "<meta name=\"ColumnType\" content=\"",
            ],
        );
        // A story's page (regions/<id>/<slug>/, news/<slug>/) is a content page, and
        // the 网站地图 leads to it.
        let parts: Vec<&str> = path.split('/').collect();
        let story = matches!(
            parts[..],
            ["regions", _, _, "index.html"] | ["news", _, "index.html"]
        );
        if story {
            stories += 1;
            // An undated story gets no PubDate: none is made up.
            assert_has(head, &["<meta name=\"ArticleTitle\" content=\""]);
            assert!(
                map.contains(&format!("href=\"../{path}\"")),
                "{path} not on the 网站地图"
            );
        }
        if parts[0] == "regions" && parts.len() == 3 {
            assert!(
                map.contains(&format!("href=\"../{path}\"")),
                "{path} not on the 网站地图"
            );
        }
    }
    // Every story with a page of its own was seen (a region's index.md is on its page).
    let written = crate::common::files(&f.root().join("content"))
        .into_keys()
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter(|p| !p.ends_with("index.md") && !p.ends_with("_index.md"))
        .count();
    assert_eq!(stories, written);
}

#[test]
fn a_large_sites_map_gives_a_region_too_large_for_it_a_page_of_its_own() {
    let f = site(FULL);
    // A prefecture of 300 counties, each with a story: 601 links, more than a page holds;
    // a small prefecture beside it stays on the map's first page.
    f.write(
        "content/regions/sheng/da/region.yaml",
        "name: 大市\nlevel: 市\n",
    );
    f.write(
        "content/regions/sheng/xiao/region.yaml",
        "name: 小市\nlevel: 市\n",
    );
    f.write(
        "content/regions/sheng/xiao/x1/region.yaml",
        "name: 小县\nlevel: 县\n",
    );
    for n in 0..300 {
        let dir = format!("content/regions/sheng/da/c{n}");
        f.write(
            &format!("{dir}/region.yaml"),
            &format!("name: 第{n}县\nlevel: 县\n"),
        );
        f.write(
            &format!("{dir}/baodao.md"),
            &format!("---\ntitle: 第{n}县的报道\n---\n\n正文。\n"),
        );
    }
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let map = f.read("sitemap/index.html");
    assert_has(
        &map,
        &[
            "href=\"../regions/da/index.html\">大市</a>（<a href=\"../sitemap/da/index.html\">下辖地区和报道</a>）",
            "href=\"../regions/x1/index.html\">小县</a>",
            "href=\"../regions/xian/guangfu/index.html\">测试县光伏扶贫</a>",
        ],
    );
    assert!(!map.contains("第7县"), "the large part is on its own page");
    let part = f.read("sitemap/da/index.html");
    assert_has(
        &part,
        &[
            "<h1>大市 · 网站地图</h1>",
            "href=\"../../sitemap/index.html\">网站地图</a>",
            "href=\"../../regions/c7/index.html\">第7县</a>",
            "href=\"../../regions/c7/baodao/index.html\">第7县的报道</a>",
            "href=\"../../regions/c299/baodao/index.html\">第299县的报道</a>",
            "<meta name=\"ColumnType\" content=\"网站地图\">",
        ],
    );
    assert!(map.len() < 60_000, "the first page is {} bytes", map.len());
}

#[test]
fn footer_items_the_inspections_look_for_are_warned_of_when_missing() {
    use xiaokang::messages::Language;
    let f = site(
        &FULL
            .replace("  contact: 电话 0000-1234567\n", "")
            .replace("  icp: 甘ICP备12345678号-1\n", ""),
    );
    let said = f
        .build()
        .unwrap_or_else(|d| panic!("{d}"))
        .diagnostics
        .render(Language::ZhCn);
    assert_has(
        &said,
        &[
            "警告：`gov` 里没有写联系方式（`contact`）：政府网站检查要求每个页面的页脚都有这些信息",
            "警告：`gov` 里没有写ICP备案号（`icp`）",
            "--> content/site.yaml:4:1",
        ],
    );
    assert!(!said.contains("公安机关备案号（`police`）"), "{said}");
    let full = site(FULL).build().unwrap_or_else(|d| panic!("{d}"));
    assert!(!full.diagnostics.render(Language::ZhCn).contains("里没有写"));
}
