#![no_main]
//! Front matter splitting and story front matter decoding on arbitrary text.

use libfuzzer_sys::fuzz_target;
use xiaokang::diagnostics::{Diagnostics, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(t) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = xiaokang::load::frontmatter::split(t) {
        // The parts are slices of the input, and the body starts after the front matter.
        assert!(s.front.len() + s.body.len() <= t.len());
        assert!(s.body_offset >= s.front_offset);
    }
    let file = SourceFile::new("content/news/x.md", t);
    let mut diags = Diagnostics::new();
    let _ = xiaokang::model::story::decode(&file, None, true, &mut diags);
    let _ = xiaokang::model::story::decode(&file, Some(0), false, &mut diags);
    let _ = diags.to_string();
});
