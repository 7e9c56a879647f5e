//! The search index, built at build time from the model and the rendered pages.
//!
//! Chinese has no spaces between words, so text is indexed by character bigrams: 易地扶贫搬迁
//! gives 易地 地扶 扶贫 贫搬 搬迁, and the query 易地搬迁 (易地 地搬 搬迁) matches it on two of its
//! three bigrams. Latin words and numbers are indexed whole. Region names, story titles and
//! project names weigh more than body text.
//!
//! The index is a `.js` file assigning a global, so the search page works from `file://`
//! (where `fetch()` of a JSON file is refused) and from any subpath.

use super::pages::{region_url, story_path};
use super::OutputFile;
use crate::model::Site;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where the index goes, relative to the output folder.
pub const INDEX_PATH: &str = "search/index.js";

/// The global the index file assigns.
pub const GLOBAL: &str = "XIAOKANG_SEARCH";

/// A page in the index (also listed, all of them, on the search page without JavaScript).
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Page title.
    pub title: String,
    /// URL relative to the site root.
    pub url: String,
    /// `region` or `story`.
    pub kind: &'static str,
    /// The region's name (a story's region), or empty.
    pub region: String,
    /// One-line summary, or empty.
    pub summary: String,
}

/// The built index.
pub struct Index {
    /// Indexed pages, in index order.
    pub entries: Vec<Entry>,
    /// The index file's text.
    pub js: String,
}

impl Index {
    /// Index bytes per indexed page.
    pub fn bytes_per_page(&self) -> usize {
        self.js.len() / self.entries.len().max(1)
    }
}

/// Field weights: a hit in a title counts ten times a hit in the body.
const W_TITLE: u32 = 10;
const W_NAME: u32 = 6;
const W_META: u32 = 3;
/// Body hits count up to this many times.
const BODY_CAP: u32 = 3;

/// Builds the index of every region page and story page.
pub fn build(site: &Site, pages: &[&OutputFile]) -> Index {
    // Looked up by path once per page: a scan per page was quadratic on large sites.
    let by_path: std::collections::HashMap<&str, &OutputFile> = pages
        .iter()
        .filter_map(|f| Some((f.path.to_str()?, *f)))
        .collect();
    let page_text = |url: &str| -> String {
        by_path
            .get(url)
            .map(|f| main_text(&String::from_utf8_lossy(&f.bytes)))
            .unwrap_or_default()
    };
    let mut entries = Vec::new();
    // (entry, weighted fields)
    let mut docs: Vec<Vec<(u32, String)>> = Vec::new();
    for (i, r) in site.regions.iter().enumerate() {
        let url = region_url(site, i);
        let mut fields = vec![(W_TITLE, r.name.clone())];
        fields.extend(r.full_name.iter().map(|f| (W_NAME, f.clone())));
        for p in &r.projects {
            fields.push((W_NAME, p.name.clone()));
        }
        fields.push((1, page_text(&url)));
        entries.push(Entry {
            title: r.name.clone(),
            url,
            kind: "region",
            region: site
                .ancestors(i)
                .iter()
                .map(|a| site.regions[*a].name.as_str())
                .collect::<Vec<_>>()
                .join(" · "),
            summary: r.full_name.clone().unwrap_or_default(),
        });
        docs.push(fields);
    }
    let mut stories: Vec<&crate::model::Story> = site
        .stories
        .iter()
        .filter(|s| !s.is_region_index())
        .collect();
    stories.sort_by(|a, b| {
        b.meta
            .date
            .cmp(&a.meta.date)
            .then_with(|| a.meta.title.cmp(&b.meta.title))
    });
    for s in stories {
        let url = story_path(site, s);
        let region = s
            .region
            .map(|r| site.regions[r].name.clone())
            .unwrap_or_default();
        let mut fields = vec![(W_TITLE, s.meta.title.clone()), (W_META, region.clone())];
        fields.extend(s.meta.tags.iter().map(|t| (W_META, t.clone())));
        fields.extend(s.meta.summary.iter().map(|t| (W_META, t.clone())));
        fields.push((1, page_text(&url)));
        entries.push(Entry {
            title: s.meta.title.clone(),
            url,
            kind: "story",
            region,
            summary: s.meta.summary.clone().unwrap_or_default(),
        });
        docs.push(fields);
    }

    // gram → [(doc, weight)], doc order.
    let mut grams: BTreeMap<String, Vec<(usize, u32)>> = BTreeMap::new();
    for (d, fields) in docs.iter().enumerate() {
        let mut weights: BTreeMap<String, u32> = BTreeMap::new();
        for (w, text) in fields {
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            for t in tokens(text) {
                *counts.entry(t).or_default() += 1;
            }
            for (t, n) in counts {
                let add = if *w == 1 { n.min(BODY_CAP) } else { *w };
                *weights.entry(t).or_default() += add;
            }
        }
        for (t, w) in weights {
            grams.entry(t).or_default().push((d, w));
        }
    }
    let docs_json: Vec<(&str, &str, &str, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.title.as_str(),
                e.url.as_str(),
                e.kind,
                e.region.as_str(),
                e.summary.as_str(),
            )
        })
        .collect();
    let grams_json: BTreeMap<&str, Vec<u32>> = grams
        .iter()
        .map(|(g, p)| {
            (
                g.as_str(),
                p.iter().flat_map(|(d, w)| [*d as u32, *w]).collect(),
            )
        })
        .collect();
    let data = serde_json::json!({ "d": docs_json, "g": grams_json });
    // `</` never appears raw, so the file is also safe to inline in a <script>.
    let json = serde_json::to_string(&data)
        .unwrap_or_else(|_| "{}".into())
        .replace("</", "<\\/");
    let js = format!("window.{GLOBAL}={json};\n");
    Index { entries, js }
}

/// Is `c` a CJK ideograph (indexed by bigrams)?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The index terms of a text: bigrams of each run of CJK characters (a single character
/// when the run is one long), and lowercase Latin words and numbers of two or more
/// characters. `search.js` splits queries the same way.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush_run = |run: &mut Vec<char>, out: &mut Vec<String>| {
        match run.len() {
            0 => {}
            1 => out.push(run[0].to_string()),
            _ => out.extend(run.windows(2).map(|w| w.iter().collect::<String>())),
        }
        run.clear();
    };
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        if word.chars().count() >= 2 {
            out.push(std::mem::take(word));
        }
        word.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut out);
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, &mut out);
            // `39.3MW` → `39`, `mw`: numbers and words are separate terms.
            if word
                .chars()
                .last()
                .is_some_and(|l| l.is_numeric() != c.is_numeric())
            {
                flush_word(&mut word, &mut out);
            }
            word.extend(c.to_lowercase());
        } else {
            flush_run(&mut run, &mut out);
            flush_word(&mut word, &mut out);
        }
    }
    flush_run(&mut run, &mut out);
    flush_word(&mut word, &mut out);
    out
}

/// The visible text of a page's `<main>`, without charts' SVG markup, scripts or styles.
pub fn main_text(html: &str) -> String {
    let start = html.find("<main").unwrap_or(0);
    let end = html[start..]
        .find("</main>")
        .map(|e| start + e)
        .unwrap_or(html.len());
    let html = &html[start..end];
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        out.push(' ');
        rest = &rest[lt..];
        let skip_to = ["svg", "script", "style"].iter().find_map(|tag| {
            let open = format!("<{tag}");
            let after = rest.get(open.len()..open.len() + 1)?;
            (rest.starts_with(&open) && (after == " " || after == ">")).then(|| format!("</{tag}>"))
        });
        match skip_to {
            Some(close) => match rest.find(&close) {
                Some(e) => rest = &rest[e + close.len()..],
                None => rest = "",
            },
            None => match rest.find('>') {
                Some(e) => rest = &rest[e + 1..],
                None => rest = "",
            },
        }
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigrams_and_words() {
        assert_eq!(
            tokens("易地扶贫搬迁"),
            ["易地", "地扶", "扶贫", "贫搬", "搬迁"]
        );
        assert_eq!(tokens("39.3MW光伏"), ["39", "mw", "光伏"]);
        assert_eq!(tokens("旗 A"), ["旗"]);
    }

    #[test]
    fn main_text_drops_markup_and_svg() {
        let html = "<head><title>x</title></head><main><h1>光伏</h1><svg><text>图</text></svg><p>a &amp; b</p></main><footer>页脚</footer>";
        let t = main_text(html);
        assert!(t.contains("光伏") && t.contains("a & b"));
        assert!(!t.contains('图') && !t.contains("页脚"));
    }
}
