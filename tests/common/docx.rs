//! Reading a built Word file back: its parts, paragraphs, tags and styles (tests/docx.rs
//! and tests/docx_convert.rs), and the example built once with its PDFs for both.

use super::Fixture;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The example site built once with its PDFs and Word files, shared by this module's tests.
pub fn example() -> &'static (Fixture, PathBuf) {
    static BUILT: OnceLock<(Fixture, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let f = Fixture::example();
        f.build_with_pdfs()
            .unwrap_or_else(|d| panic!("the example should build:\n{d}"));
        let out = f.out();
        (f, out)
    })
}

/// Every part of a Word file, by name.
pub fn parts(docx: &Path) -> BTreeMap<String, Vec<u8>> {
    let bytes = std::fs::read(docx).unwrap_or_else(|e| panic!("{}: {e}", docx.display()));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.insert(entry.name().expect("a UTF-8 name").to_string(), data);
    }
    out
}

pub fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone(),
    )
    .unwrap()
}

/// XML text with its five entities read back.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the start tag `tag` (`<w:pStyle w:val="x" />`).
pub fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')?;
    Some(unescape(&tag[at..at + end]))
}

/// The paragraphs of `document.xml` (table cells' too), in order: style id and text.
pub fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<w:p ").or_else(|| rest.find("<w:p>")) {
        let body = &rest[at..];
        let end = body.find("</w:p>").unwrap_or(body.len());
        let p = &body[..end];
        let style = p
            .find("<w:pStyle ")
            .and_then(|s| attr(&p[s..s + p[s..].find("/>").unwrap_or(0)], "w:val"))
            .unwrap_or_default();
        let mut t = String::new();
        let mut r = p;
        while let Some(s) = r.find("<w:t") {
            let after = &r[s..];
            let open = after.find('>').unwrap_or(0);
            if after.as_bytes().get(4) != Some(&b' ') && after.as_bytes().get(4) != Some(&b'>') {
                r = &after[4..];
                continue;
            }
            let close = after.find("</w:t>").unwrap_or(open + 1);
            t.push_str(&unescape(&after[open + 1..close]));
            r = &after[close..];
        }
        out.push((style, t));
        rest = &body[end.min(body.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    out
}

/// The start tags named `name` in `xml`.
pub fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    xml.match_indices(&open)
        .map(|(i, _)| &xml[i..i + xml[i..].find('>').unwrap_or(0) + 1])
        .collect()
}

/// The style element of `id` in `styles.xml`.
pub fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let key = format!("w:styleId=\"{id}\"");
    let at = styles.find(&key).unwrap_or_else(|| panic!("no style {id}"));
    let start = styles[..at].rfind("<w:style ").unwrap();
    let end = at + styles[at..].find("</w:style>").unwrap();
    &styles[start..end]
}
