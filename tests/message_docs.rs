//! The manuals list every message: each first line of an error or warning in the catalog
//! appears in the README's "Messages you may meet" (English) and in the Chinese manual's
//! 出错信息 chapter, so a user who meets a message finds what to do about it.

use xiaokang::messages::catalog;
use xiaokang::messages::{Entry, Kind, Language};

/// The longest fixed piece of a message's text: what stays the same whatever the
/// arguments, trimmed of spaces, quotes and punctuation.
fn stem(text: &str) -> String {
    let mut pieces = Vec::new();
    let mut rest = text.replace("{{", "{").replace("}}", "}");
    // Placeholders are `{name}` with a plain name; a literal brace is left in its piece.
    while let Some((i, c)) = rest.find('{').and_then(|i| Some((i, rest[i..].find('}')?))) {
        let name = &rest[i + 1..i + c];
        if name
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
            && !name.is_empty()
        {
            pieces.push(rest[..i].to_string());
            rest = rest[i + c + 1..].to_string();
        } else {
            pieces.push(rest[..i + c + 1].to_string());
            rest = rest[i + c + 1..].to_string();
        }
    }
    pieces.push(rest);
    let trim: &[char] = &[
        ' ', '\n', '`', ':', '：', ',', '，', '.', '。', ';', '；', '(', ')', '（', '）', '"', '“',
        '”', '「', '」', '—', '…', '?', '？',
    ];
    pieces
        .iter()
        .map(|p| p.trim_matches(trim).to_string())
        .max_by_key(|p| p.chars().count())
        .unwrap_or_default()
}

/// The section of `doc` from `heading` to the next heading of the same level.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let start = doc
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} section"));
    let level = heading.chars().take_while(|c| *c == '#').count();
    let marker = format!("\n{} ", "#".repeat(level));
    let body = &doc[start + heading.len()..];
    &doc[start..start + heading.len() + body.find(&marker).unwrap_or(body.len())]
}

fn unlisted(doc: &str, lang: Language) -> Vec<String> {
    let flat = doc.replace('\n', " ");
    catalog::all()
        .into_iter()
        .filter(|e: &&Entry| e.kind == Kind::Message)
        .filter_map(|e| {
            let s = stem(e.text(lang));
            (s.chars().count() >= 2 && !flat.contains(&s)).then(|| format!("{}: {s}", e.id))
        })
        .collect()
}

#[test]
fn the_readme_lists_every_message() {
    let readme = include_str!("../README.md");
    let missing = unlisted(section(readme, "## Messages you may meet"), Language::En);
    assert!(
        missing.is_empty(),
        "README's \"Messages you may meet\" does not list {} message(s):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn stems_are_the_fixed_words() {
    assert_eq!(stem("unknown key `{key}` in {what}"), "unknown key");
    assert_eq!(
        stem("{what} should be a list, found {found}"),
        "should be a list, found"
    );
    assert_eq!(stem("{what}中没有 `{key}` 这个键"), "这个键");
}
