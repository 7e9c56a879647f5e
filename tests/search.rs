//! The search index of the example site: Chinese bigrams find what a reader types.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

struct Index {
    docs: Vec<(String, String)>,
    grams: BTreeMap<String, Vec<u64>>,
}

fn example_index() -> (Index, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let c = xiaokang::compile(root, false, &mut d).unwrap_or_else(|| panic!("{d}"));
    let js = c
        .files
        .iter()
        .find(|f| f.path == Path::new("search/index.js"))
        .expect("search/index.js");
    let text = String::from_utf8(js.bytes.clone()).unwrap();
    let json = text
        .strip_prefix("window.XIAOKANG_SEARCH=")
        .and_then(|t| t.trim_end().strip_suffix(';'))
        .expect("a .js file assigning a global (works from file://)");
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let docs = v["d"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d[0].as_str().unwrap().to_string(),
                d[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let grams = v["g"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, p)| {
            (
                k.clone(),
                p.as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect(),
            )
        })
        .collect();
    (Index { docs, grams }, js.bytes.len())
}

/// The same rule as static/search.js: all terms of a short query, 60% of a longer one.
fn search(ix: &Index, q: &str) -> BTreeSet<String> {
    let terms = xiaokang::render::search::tokens(q);
    let mut hits: BTreeMap<usize, usize> = BTreeMap::new();
    for t in &terms {
        for pair in ix.grams.get(t).map(Vec::as_slice).unwrap_or(&[]).chunks(2) {
            *hits.entry(pair[0] as usize).or_default() += 1;
        }
    }
    let need = if terms.len() <= 2 {
        terms.len()
    } else {
        (terms.len() * 3).div_ceil(5)
    };
    hits.into_iter()
        .filter(|(_, n)| *n >= need)
        .map(|(d, _)| ix.docs[d].1.clone())
        .collect()
}

#[test]
fn chinese_queries_find_the_expected_pages() {
    let (ix, bytes) = example_index();
    let solar = search(&ix, "光伏");
    for url in [
        "regions/kezuohouqi/index.html",
        "regions/kezuohouqi/chanye/index.html",
        "regions/delingha/index.html",
        "regions/delingha/jichu-sheshi/index.html",
    ] {
        assert!(solar.contains(url), "光伏 should find {url}: {solar:?}");
    }
    // 易地搬迁 matches 易地扶贫搬迁 (白银区's story).
    let moved = search(&ix, "易地搬迁");
    assert!(moved.contains("regions/baiyinqu/index.html"), "{moved:?}");
    assert!(!search(&ix, "白银区").is_empty());
    // Small: report and bound the bytes per indexed page.
    let per_page = bytes / ix.docs.len();
    println!(
        "search index: {bytes} bytes, {} pages, {per_page} bytes per page",
        ix.docs.len()
    );
    assert!(per_page < 8000, "{per_page} bytes per page");
}
