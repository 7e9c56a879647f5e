//! Just enough HTML scanning for the link checks: link targets, image sources and
//! element ids. Uses nothing else from the crate, so any stage can call it.

use std::collections::HashSet;

/// What the checker needs of one page.
#[derive(Debug, Default)]
pub struct Page {
    /// `href` and `src` values, in order (entities decoded).
    pub links: Vec<String>,
    /// `id` and `name` values.
    pub ids: HashSet<String>,
    /// `src` values of `<img>` tags, in order (also among `links`).
    pub images: Vec<String>,
}

/// Scans a page's tags. Text, comments and script bodies are skipped.
pub fn scan(html: &str) -> Page {
    let mut page = Page::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map(|e| &rest[e + 3..]).unwrap_or("");
            continue;
        }
        let Some(end) = tag_end(rest) else { break };
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        for (attr, value) in attributes(&tag[name.len()..]) {
            match attr.as_str() {
                "src" if name == "img" => {
                    page.images.push(value.clone());
                    page.links.push(value);
                }
                "href" | "src" => page.links.push(value),
                "id" | "name" if name != "meta" && name != "input" => {
                    page.ids.insert(value);
                }
                _ => {}
            }
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            rest = rest.find(&close).map(|e| &rest[e..]).unwrap_or("");
        }
    }
    page
}

/// The index of the `>` closing the tag at the start of `s`, skipping quoted values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// `name="value"` pairs of a tag (names lowercased, values entity-decoded).
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '=' | '>' | '/') {
            i += 1;
        }
        let name: String = chars[start..i]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            i += 1;
            continue;
        }
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let q = chars[i];
                i += 1;
                let vs = i;
                while i < chars.len() && chars[i] != q {
                    i += 1;
                }
                value = chars[vs..i.min(chars.len())].iter().collect();
                i += 1;
            } else {
                let vs = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                value = chars[vs..i].iter().collect();
            }
        }
        out.push((name, decode(&value)));
    }
    out
}

fn decode(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_links_and_ids() {
        let p = scan(
            r#"<!-- <a href="no"> --><a class="x" href="../a.html?x=1&amp;y#s">t</a><h2 id='s'>x</h2><script>var a="<a href=no>"</script><img src=b.png alt="a > b">"#,
        );
        assert_eq!(p.links, ["../a.html?x=1&y#s", "b.png"]);
        assert_eq!(p.images, ["b.png"]);
        assert!(p.ids.contains("s"));
    }
}
