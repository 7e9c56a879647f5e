#![no_main]
//! A story from arbitrary text, rendered to HTML with its chart and figures blocks drawn,
//! sanitized and link-checked (a fixed, valid county supplies the data).

use libfuzzer_sys::fuzz_target;
use xiaokang::render::markdown::{self, Embed};

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
        for story in &site.stories {
            let mut place = |e: Embed<'_>| -> String {
                match e {
                    Embed::Chart(c) => xiaokang::chart::draw(&c.spec).unwrap_or_default(),
                    Embed::Figures { title, figures } => format!("{title}{}", figures.len()),
                }
            };
            let html = markdown::render(&site, story, "s", false, &mut place, &mut diags);
            if !unsafe_html {
                assert!(
                    !html.contains("<script"),
                    "a script survived sanitizing: {html}"
                );
            }
        }
    }
    let _ = diags.to_string();
});
