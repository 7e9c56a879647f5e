#![no_main]
//! site.yaml on arbitrary text: every setting (`gov:` and its record numbers,
//! `image_hosts`, `strings`, `booklet` …) decoded and checked, a story with an image from
//! another host resolved against it, every message rendered.

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const STORY: &str = "---\ntitle: 图片\ndate: 2019-03-01 09:30\n---\n\n![光伏](https://img.example.cn/a.png)\n\n<img src=\"//cdn.example.com/b.png\">\n";

fuzz_target!(|data: &[u8]| {
    let Ok(t) = std::str::from_utf8(data) else {
        return;
    };
    let tree = common::site_tree(t, common::COUNTY, Some(STORY));
    let (site, _diags) = common::model_and_charts(&tree);
    // What pages ask of the settings holds for any text.
    let _ = site.config.may_load("https://img.example.cn/a.png");
    let _ = site.config.marks_external_links();
});
