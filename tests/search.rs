//! Search, as a reader's browser runs it: the shipped `static/search.js` runs in node
//! (`tests/search_page.js`) on a built site, loading index shards as `<script>` elements.

use crate::common::Fixture;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use xiaokang::render::search::{shard_of, tokens, PAGES_PER_SHARD};

/// Runs `steps` on the search page of the site built in `out`; one record per event.
fn run(out: &Path, steps: Value) -> Vec<Value> {
    let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search_page.js");
    let o = Command::new("node")
        .arg(harness)
        .arg(out)
        .arg(steps.to_string())
        .output()
        .expect("node (v20) runs the search page's script");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("one JSON array of records")
}

/// The result links of a record, relative to the site root.
fn urls(r: &Value) -> Vec<String> {
    let links = r["results"].as_array().expect("results");
    links
        .iter()
        .map(|u| u.as_str().unwrap().trim_start_matches("../").to_string())
        .collect()
}

/// The scripts a record loaded.
fn loaded(r: &Value) -> Vec<String> {
    let scripts = r["loaded"].as_array().expect("loaded");
    scripts
        .iter()
        .map(|s| s[0].as_str().unwrap().to_string())
        .collect()
}

fn example() -> Fixture {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    f
}

#[test]
fn chinese_queries_find_the_expected_pages() {
    let f = example();
    let rs = run(
        &f.out(),
        serde_json::json!([{"open": "光伏"}, {"open": "易地搬迁"}, {"open": "白银区"}]),
    );
    let solar = urls(&rs[0]);
    for url in [
        "regions/kezuohouqi/index.html",
        "regions/kezuohouqi/chanye/index.html",
        "regions/delingha/index.html",
        "regions/delingha/jichu-sheshi/index.html",
    ] {
        assert!(
            solar.contains(&url.to_string()),
            "光伏 should find {url}: {solar:?}"
        );
    }
    assert_eq!(rs[0]["heading"], "找到 4 个结果");
    // 易地搬迁 matches 易地扶贫搬迁 (白银区's story).
    assert!(urls(&rs[1]).contains(&"regions/baiyinqu/index.html".to_string()));
    assert_eq!(urls(&rs[2])[0], "regions/baiyinqu/index.html");
    // The list of every page, for readers without JavaScript, is hidden by results.
    assert_eq!(rs[2]["all_hidden"], true);

    // Small: report and bound the bytes per indexed page, and a query reads less.
    let index: u64 = walkdir::WalkDir::new(f.out().join("search"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "js"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    let read: u64 = rs[0]["loaded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !s[0].as_str().unwrap().contains("static/"))
        .map(|s| s[1].as_u64().unwrap())
        .sum();
    println!("search index: {index} bytes for 17 pages; 光伏 reads {read}");
    assert!(index / 17 < 8000, "{index} bytes");
    assert!(read < index * 3 / 4, "光伏 reads {read} of {index} bytes");
}

#[test]
fn results_rank_as_the_one_file_index_ranked_them() {
    // Orders the one-file index (and its search.js) gave on the example site, before
    // the index was split into shards: merged keys for one character and for word
    // prefixes must rank every page the same.
    let f = example();
    let expected: [(&str, &[&str]); 4] = [
        (
            "光伏",
            &[
                "regions/delingha/index.html",
                "regions/kezuohouqi/chanye/index.html",
                "regions/kezuohouqi/index.html",
                "regions/delingha/jichu-sheshi/index.html",
            ],
        ),
        (
            "易地搬迁",
            &[
                "regions/kezuohouqi/index.html",
                "news/wuxian-duibi/index.html",
                "regions/kangle/index.html",
                "regions/kangle/zijin-fuwu/index.html",
                "regions/baiyinqu/index.html",
            ],
        ),
        (
            "光",
            &[
                "regions/delingha/index.html",
                "regions/kezuohouqi/chanye/index.html",
                "regions/kezuohouqi/index.html",
                "regions/delingha/jichu-sheshi/index.html",
            ],
        ),
        (
            "mw",
            &[
                "regions/delingha/index.html",
                "regions/kezuohouqi/chanye/index.html",
                "regions/delingha/jichu-sheshi/index.html",
            ],
        ),
    ];
    let steps: Vec<Value> = expected
        .iter()
        .map(|(q, _)| serde_json::json!({ "open": q }))
        .collect();
    let rs = run(&f.out(), Value::Array(steps));
    for ((q, want), r) in expected.iter().zip(&rs) {
        assert_eq!(urls(r), *want, "{q}");
    }
}

#[test]
fn results_appear_while_typing_and_the_form_still_searches() {
    let f = example();
    let rs = run(
        &f.out(),
        serde_json::json!([
            {"open": ""},
            {"type": "易地搬迁"},
            {"submit": "光伏"},
            {"open": ""},
            {"compose": ["guangfu", "光伏"]}
        ]),
    );
    assert_eq!(
        rs[0]["heading"],
        Value::Null,
        "nothing asked, nothing shown"
    );
    assert_eq!(rs[0]["all_hidden"], false);
    // One record per keystroke: 易 already finds pages, without Enter.
    let typed: Vec<&str> = rs[1..5].iter().map(|r| r["q"].as_str().unwrap()).collect();
    assert_eq!(typed, ["易", "易地", "易地搬", "易地搬迁"]);
    assert!(!urls(&rs[1]).is_empty(), "{:?}", rs[1]);
    assert!(urls(&rs[4]).contains(&"regions/baiyinqu/index.html".to_string()));
    // Enter searches in place: no reload, the results of what the box holds.
    assert_eq!(rs[5]["prevented"], true);
    assert_eq!(urls(&rs[5])[0], "regions/delingha/index.html");
    // Pinyin being composed is not searched (it would load shards for g, gu, …): only
    // the characters chosen are.
    let composed = &rs[7];
    assert_eq!(urls(composed)[0], "regions/delingha/index.html");
    let terms = std::fs::read_dir(f.out().join("search/terms"))
        .unwrap()
        .count();
    let want = format!("terms/{}.js", shard_of("光伏", terms));
    let got: Vec<String> = loaded(composed)
        .into_iter()
        .filter(|s| s.starts_with("terms/"))
        .collect();
    assert_eq!(got, [want]);
}

/// A site of `n` counties, each with a solar project, named 测试一县, 测试二县, ….
fn counties(n: usize) -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nlanguage: zh-CN\ncharts: { png: false }\n",
    );
    let digits = "〇一二三四五六七八九";
    for i in 0..n {
        let name: String = format!("{i:03}")
            .chars()
            .map(|c| digits.chars().nth(c as usize - '0' as usize).unwrap())
            .collect();
        let yaml = crate::common::COUNTY.replace("name: 测试县", &format!("name: 测{name}县"));
        f.write(&format!("content/regions/sheng/x{i}/region.yaml"), &yaml);
    }
    f.build().unwrap_or_else(|d| panic!("{d}"));
    f
}

#[test]
fn a_query_loads_only_the_shards_it_needs_and_more_shows_the_next_results() {
    let f = counties(210);
    let out = f.out();
    let shards = |dir: &str| {
        std::fs::read_dir(out.join("search").join(dir))
            .unwrap()
            .count()
    };
    let (terms, pages) = (shards("terms"), shards("pages"));
    assert!(
        terms >= 16 && pages >= 16,
        "{terms} term shards, {pages} page shards"
    );
    let rs = run(
        &out,
        serde_json::json!([{"open": ""}, {"type": "光伏"}, {"more": 1}]),
    );

    for r in &rs[1..3] {
        let q = r["q"].as_str().unwrap();
        let want: BTreeSet<String> = tokens(q)
            .iter()
            .map(|t| format!("terms/{}.js", shard_of(t, terms)))
            .collect();
        let got: BTreeSet<String> = loaded(r)
            .into_iter()
            .filter(|s| s.starts_with("terms/"))
            .collect();
        assert_eq!(got, want, "{q}: the term shards of its terms, no other");
        // The display records of the 10 results shown (tied, so pages next to each
        // other in the index), not of all 211 pages.
        let page_shards = loaded(r).iter().filter(|s| s.starts_with("pages/")).count();
        assert!(
            page_shards <= 10usize.div_ceil(PAGES_PER_SHARD) + 1,
            "{page_shards} of {pages}"
        );
        assert_eq!(urls(r).len(), 10);
        assert_eq!(r["heading"], "找到 211 个结果");
        assert_eq!(r["more"], true);
    }
    // "More" needs no term shard: only the display records of the next 10.
    let more = &rs[3];
    assert!(loaded(more).iter().all(|s| s.starts_with("pages/")));
    let shown = urls(more);
    assert_eq!(shown.len(), 20);
    assert_eq!(shown[..10], urls(&rs[2])[..], "the first 10 stay first");
    assert_eq!(shown.iter().collect::<BTreeSet<_>>().len(), 20);
    // The keyboard goes on from the first new result.
    assert_eq!(more["focused"], format!("../{}", shown[10]));
}

#[test]
fn a_large_site_lists_every_page_on_a_page_of_its_own() {
    let f = counties(600);
    let search = f.read("search/index.html");
    assert!(search.contains("href=\"all/index.html\""), "{search}");
    assert!(!search.contains("测〇〇〇县"));
    let list = f.read("search/all/index.html");
    assert!(list.contains("测〇〇〇县") && list.contains("测五九九县"));
}
