//! The index as many small `.js` files, so a query downloads a few of them and not the
//! whole index (32 MB at 10,000 counties as one file).
//!
//! - `search/index.js` says how many shards there are (a few dozen bytes).
//! - `search/terms/<n>.js`: the postings of the lookup keys whose hash falls in shard `n`.
//!   A key is what `search.js` looks up for one query term, so one term reads one shard.
//! - `search/pages/<n>.js`: the display records (title, url, kind, region, summary) of
//!   pages `n × PAGES_PER_SHARD …`, loaded only for the results shown.
//!
//! Every file assigns into the global the index file defines: loaded as `<script>`
//! elements, they work from `file://` (which refuses `fetch()`) and from any subpath.

use super::{is_cjk, Entry, GLOBAL};
use crate::render::OutputFile;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::path::PathBuf;

/// Where the index's small always-loaded file goes, relative to the output folder.
pub const INDEX_PATH: &str = "search/index.js";

/// Display records per page shard: the 10 results shown read at most 10 small files.
pub const PAGES_PER_SHARD: usize = 8;

/// About this many pages per term shard (about 10 kB of postings at 10,000 counties).
const PAGES_PER_TERM_SHARD: usize = 8;

/// Number of term shards of an index of `pages` pages: a power of two, so the files
/// come from the page count alone and a kept index's files are known without it.
pub fn term_shards(pages: usize) -> usize {
    (pages / PAGES_PER_TERM_SHARD).max(1).next_power_of_two()
}

/// Number of page shards of an index of `pages` pages.
pub fn page_shards(pages: usize) -> usize {
    pages.div_ceil(PAGES_PER_SHARD).max(1)
}

/// Every index file of an index of `pages` pages, the search page excluded.
pub fn paths(pages: usize) -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from(INDEX_PATH)];
    out.extend((0..term_shards(pages)).map(|n| PathBuf::from(format!("search/terms/{n}.js"))));
    out.extend((0..page_shards(pages)).map(|n| PathBuf::from(format!("search/pages/{n}.js"))));
    out
}

/// The term shard of `key`: FNV-1a over its UTF-16 units, as `search.js` computes it.
pub fn shard_of(key: &str, shards: usize) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for u in key.encode_utf16() {
        h ^= u32::from(u);
        h = h.wrapping_mul(0x0100_0193);
    }
    h as usize % shards.max(1)
}

/// Postings: `(page, weight)`, pages ascending.
type Postings = Vec<(u32, u32)>;

/// Every index file: `grams` are the index terms with their postings, in order.
pub fn files(entries: &[Entry], grams: &[(Box<str>, Vec<u32>)]) -> Vec<OutputFile> {
    let (terms, pages) = (term_shards(entries.len()), page_shards(entries.len()));
    let mut out = vec![OutputFile {
        path: PathBuf::from(INDEX_PATH),
        bytes: format!(
            "window.{GLOBAL}={{\"terms\":{terms},\"pages\":{pages},\"per\":{PAGES_PER_SHARD},\"t\":{{}},\"d\":{{}}}};\n"
        )
        .into_bytes()
        .into(),
    }];
    // Each shard's postings are made as its file is written: a national index never
    // holds a second copy of every term's postings.
    let mut by_shard: Vec<Vec<(String, Vec<usize>)>> = vec![Vec::new(); terms];
    for (key, from) in lookup(grams) {
        by_shard[shard_of(&key, terms)].push((key, from));
    }
    out.par_extend(by_shard.into_par_iter().enumerate().map(|(n, mut keys)| {
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut js = format!("{GLOBAL}.t[{n}]={{");
        for (k, (key, from)) in keys.iter().enumerate() {
            if k > 0 {
                js.push(',');
            }
            // Keys are letters and digits: nothing in them needs escaping for a <script>.
            js.push_str(&serde_json::to_string(key).unwrap_or_default());
            js.push_str(":\"");
            encode(&postings(grams, from), &mut js);
            js.push('"');
        }
        js.push_str("};\n");
        OutputFile {
            path: PathBuf::from(format!("search/terms/{n}.js")),
            bytes: js.into_bytes().into(),
        }
    }));
    out.par_extend(
        entries
            .par_chunks(PAGES_PER_SHARD)
            .enumerate()
            .map(|(n, chunk)| {
                let records: Vec<[&str; 5]> = chunk
                    .iter()
                    .map(|e| [&e.title, &e.url, e.kind, &e.region, &e.summary])
                    .collect();
                // `</` never appears raw, so the file is safe as a <script>'s text too.
                let json = serde_json::to_string(&records).unwrap_or_else(|_| "[]".into());
                OutputFile {
                    path: PathBuf::from(format!("search/pages/{n}.js")),
                    bytes: format!("{GLOBAL}.d[{n}]={};\n", json.replace("</", "<\\/"))
                        .into_bytes()
                        .into(),
                }
            }),
    );
    // An index without pages still has its one (empty) page shard.
    if entries.is_empty() {
        out.push(OutputFile {
            path: PathBuf::from("search/pages/0.js"),
            bytes: format!("{GLOBAL}.d[0]=[];\n").into_bytes().into(),
        });
    }
    out
}

/// What a query term matches, as `search.js` looks it up (its key is the term itself),
/// with the terms whose postings make its own:
///
/// - a CJK bigram, or a number of two or more ASCII digits: that term's postings;
/// - one CJK character (the first keystroke of a word): every term holding it;
/// - any other word: every term it begins (`m` and `mw` both find `mw` and `mwh`).
///
/// Merged keys give each page the largest weight of its matching terms, as one lookup
/// over the whole index did, so results rank as they did when the index was one file.
fn lookup(grams: &[(Box<str>, Vec<u32>)]) -> Vec<(String, Vec<usize>)> {
    let mut merged: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut exact: Vec<usize> = Vec::new();
    for (i, (g, _)) in grams.iter().enumerate() {
        if g.chars().next().is_some_and(is_cjk) {
            if g.chars().nth(1).is_some() {
                exact.push(i);
            }
            let mut chars: Vec<char> = g.chars().collect();
            chars.dedup();
            for c in chars {
                merged.entry(c.to_string()).or_default().push(i);
            }
        } else {
            if is_exact_word(g) {
                exact.push(i);
            }
            for (end, _) in g.char_indices().skip(1).chain([(g.len(), ' ')]) {
                let prefix = &g[..end];
                if !is_exact_word(prefix) {
                    merged.entry(prefix.to_string()).or_default().push(i);
                }
            }
        }
    }
    let mut out: Vec<(String, Vec<usize>)> = exact
        .into_iter()
        .map(|i| (grams[i].0.to_string(), vec![i]))
        .collect();
    out.extend(merged);
    out
}

/// The postings of a key made of the terms `from`: each page with its largest weight.
fn postings(grams: &[(Box<str>, Vec<u32>)], from: &[usize]) -> Postings {
    let mut all: Postings = from
        .iter()
        .flat_map(|i| grams[*i].1.chunks_exact(2).map(|x| (x[0], x[1])))
        .collect();
    if from.len() > 1 {
        // Highest weight first within a page, then one posting per page.
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        all.dedup_by_key(|p| p.0);
    }
    all
}

/// Is a query word of these characters looked up exactly (two or more ASCII digits),
/// not as a prefix? The same rule as `search.js`.
fn is_exact_word(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Digits of a number's last place (base 32).
const LAST: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
/// Digits of its other places: the two sets tell where a number ends without commas.
const MORE: &[u8; 32] = b"ghijklmnopqrstuvwxyz0123456789-_";

/// Postings as text: each page as its distance from the one before, then its weight,
/// base-32 numbers (a common term costs two bytes a page, not eight).
fn encode(postings: &[(u32, u32)], out: &mut String) {
    let mut prev = 0;
    for (page, weight) in postings {
        number(page - prev, out);
        number(*weight, out);
        prev = *page;
    }
}

/// One number in base 32, most significant place first.
fn number(mut v: u32, out: &mut String) {
    let mut digits = [0u8; 7];
    let mut n = 0;
    loop {
        digits[n] = (v % 32) as u8;
        n += 1;
        v /= 32;
        if v == 0 {
            break;
        }
    }
    for (k, d) in digits[..n].iter().rev().enumerate() {
        let set = if k + 1 == n { LAST } else { MORE };
        out.push(set[*d as usize] as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_encode_as_distances_in_base_32() {
        let mut s = String::new();
        encode(&[(0, 1), (1, 3), (40, 10)], &mut s);
        // 0 1 | 1 3 | 39 (= 1×32 + 7) 10
        assert_eq!(s, "ABBDhHK");
    }

    #[test]
    fn one_character_and_prefixes_merge_their_terms() {
        let grams: Vec<(Box<str>, Vec<u32>)> = vec![
            ("39".into(), vec![2, 1]),
            ("mw".into(), vec![0, 1, 2, 6]),
            ("mwh".into(), vec![0, 4]),
            ("光伏".into(), vec![1, 10]),
            ("阳光".into(), vec![1, 1, 3, 2]),
        ];
        let keys: FxHashMap<String, Postings> = lookup(&grams)
            .into_iter()
            .map(|(k, from)| (k, postings(&grams, &from)))
            .collect();
        assert_eq!(keys["光"], [(1, 10), (3, 2)]);
        assert_eq!(keys["m"], [(0, 4), (2, 6)]);
        assert_eq!(keys["mwh"], [(0, 4)]);
        assert_eq!(keys["3"], [(2, 1)]);
        assert_eq!(keys["39"], [(2, 1)]);
        assert!(!keys.contains_key("mwx"));
    }
}
