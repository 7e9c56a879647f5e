#![no_main]
//! A story from arbitrary text, rendered to HTML with its chart and figures blocks drawn,
//! sanitized and link-checked (a fixed, valid county supplies the data).

use libfuzzer_sys::fuzz_target;
use xiaokang::compute::draw::Tally;
use xiaokang::compute::story::{self, ChartNames, Embed};
use xiaokang::render::story_html;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(t) = std::str::from_utf8(data) else {
        return;
    };
    // Most inputs get a valid front matter, so the fuzzer spends its time in the body.
    let text = if t.starts_with("---") {
        t.to_string()
    } else {
        format!("---\ntitle: t\n---\n{t}")
    };
    let tree = common::tree(common::COUNTY, Some(&text));
    let (mut site, mut diags) = common::model_and_charts(&tree);
    for unsafe_html in [false, true] {
        site.config.unsafe_html = unsafe_html;
        for s in site.stories() {
            let tally = Tally::default();
            let parsed = story::parse(s, &tally);
            let names = ChartNames {
                prefix: "s",
                folder: "news",
            };
            let body = story::resolve(&site, s, &parsed, &names, &tally, &mut diags);
            let mut place = |e: &Embed| -> String {
                match e {
                    Embed::Chart(c) => c.svg.clone(),
                    Embed::Figures { title, figures } => format!("{title}{}", figures.len()),
                }
            };
            // No host allowed: a sanitized story loads no image from elsewhere.
            let clean = (!unsafe_html).then_some(&[][..]);
            let external = Some("（外部链接）");
            let html = story_html::html(&body, false, clean, None, external, &mut place);
            if !unsafe_html {
                assert!(
                    !html.contains("<script"),
                    "a script survived sanitizing: {html}"
                );
                for url in xiaokang::html_scan::scan(&html).images {
                    assert!(
                        xiaokang::url::offsite_host(&url).is_none(),
                        "an image from elsewhere survived: {url} in {html}"
                    );
                }
            }
        }
    }
    let _ = diags.to_string();
});
