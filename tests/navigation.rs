//! The navigation every page carries stays the same size however many top-level regions
//! a site has: the first few, then one link to the home page's full list.

use crate::common::{assert_has, Fixture};

fn flat_site(n: usize) -> Fixture {
    let f = Fixture::new();
    for k in 0..n {
        f.write(
            &format!("content/regions/x{k:02}/region.yaml"),
            &format!("name: 第{k}县\nlevel: 县\n"),
        );
    }
    f
}

/// The `<nav class="nav">` element of a page.
fn nav(page: &str) -> &str {
    let start = page.find("<nav class=\"nav\"").expect("a nav");
    &page[start..start + page[start..].find("</nav>").unwrap()]
}

#[test]
fn many_top_level_regions_get_one_link_to_the_full_list() {
    let f = flat_site(20);
    f.build().expect("builds");
    let page = f.read("regions/x05/index.html");
    let nav = nav(&page);
    // 测试省 and the first seven counties (folder order), then the list of all 21.
    assert_has(
        nav,
        &[
            "测试省",
            "第0县",
            "第6县",
            "href=\"../../index.html#rg\">全部地区（21）</a>",
        ],
    );
    assert!(!nav.contains("第7县"), "{nav}");
    // The home page's list, which the link opens, has every region.
    assert_has(&f.read("index.html"), &["id=\"rg\"", "第19县"]);
}

#[test]
fn a_few_top_level_regions_are_all_named() {
    let f = flat_site(3);
    f.build().expect("builds");
    let nav_html = f.read("index.html");
    let nav = nav(&nav_html);
    assert_has(nav, &["测试省", "第0县", "第2县"]);
    assert!(!nav.contains("全部地区"), "{nav}");
}
