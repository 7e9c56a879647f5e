//! The search index, built at build time from the model.
//!
//! Chinese has no spaces between words, so text is indexed by character bigrams: 易地扶贫搬迁
//! gives 易地 地扶 扶贫 贫搬 搬迁, and the query 易地搬迁 (易地 地搬 搬迁) matches it on two of its
//! three bigrams. Latin words and numbers are indexed whole. Region names, story titles and
//! project names weigh more than body text.
//!
//! The index is split into small `.js` files (see `shards.rs`), loaded as a query needs them.

use crate::compute::Resolved;
use crate::model::{Site, Story};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

mod shards;
mod tokens;

pub use shards::{paths, shard_of, INDEX_PATH, PAGES_PER_SHARD};
pub use tokens::{for_each_token, is_cjk, tokens};

/// The global the index file assigns, and its shards fill.
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
    /// The index files ([`paths`]).
    pub files: Vec<crate::render::OutputFile>,
}

/// Field weights: a hit in a title counts ten times a hit in the body.
const W_TITLE: u32 = 10;
const W_NAME: u32 = 6;
const W_META: u32 = 3;
/// Body hits count up to this many times.
const BODY_CAP: u32 = 3;

/// One page's index terms with their weights.
type Doc = Vec<(String, u32)>;

/// What a page of the index shows, read from the model when its terms are counted.
enum Source<'a> {
    /// A region page, with its index story and the stories it lists.
    Region(usize, Option<(usize, &'a Story)>, Vec<&'a Story>),
    /// A story page.
    Story(usize, &'a Story),
}

impl Source<'_> {
    /// The story whose text the page's terms need, if any.
    fn text_of(&self) -> Option<usize> {
        match self {
            Source::Region(_, index, _) => index.map(|(k, _)| k),
            Source::Story(k, _) => Some(*k),
        }
    }
}

/// The index of every region page and story page, made from the model and the stories'
/// texts: names, titles, project names and prose. Figures on the pages come from the
/// same model and are found through their region's name, so rendered pages are not read.
///
/// Pages are counted as their stories' texts become available ([`Builder::add`], once
/// per batch of pages), so a national site never holds every story's text, or every
/// page's terms, at once.
pub struct Builder<'a> {
    entries: Vec<Entry>,
    sources: Vec<Source<'a>>,
    added: Vec<bool>,
    /// Term → `[page, weight, page, weight, …]`.
    grams: FxHashMap<Box<str>, Vec<u32>>,
}

impl<'a> Builder<'a> {
    /// The index's pages, in index order, none counted yet.
    pub fn new(site: &'a Site) -> Self {
        let mut entries = Vec::new();
        let mut sources: Vec<Source<'a>> = Vec::new();
        let regions = site.regions();
        let all = site.stories();
        let mut index_story: Vec<Option<(usize, &Story)>> = vec![None; regions.len()];
        // A region page lists its stories with their summaries.
        let mut listed: Vec<Vec<&Story>> = vec![Vec::new(); regions.len()];
        for (k, s) in all.iter().enumerate() {
            let Some(r) = s.region else { continue };
            if s.is_region_index() {
                index_story[r] = Some((k, s));
            } else {
                listed[r].push(s);
            }
        }
        for (i, r) in regions.iter().enumerate() {
            entries.push(Entry {
                title: r.name.clone(),
                url: site.region_path(i),
                kind: "region",
                region: site
                    .ancestors(i)
                    .iter()
                    .map(|a| regions[*a].name.as_str())
                    .collect::<Vec<_>>()
                    .join(" · "),
                summary: r.full_name.clone().unwrap_or_default(),
            });
            sources.push(Source::Region(
                i,
                index_story[i],
                std::mem::take(&mut listed[i]),
            ));
        }
        let mut stories: Vec<(usize, &Story)> = all
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_region_index())
            .collect();
        stories.sort_by(|a, b| Story::newest_first(&a.1, &b.1));
        for (k, s) in stories {
            entries.push(Entry {
                title: s.meta.title.clone(),
                url: site.story_path(s),
                kind: "story",
                region: s
                    .region
                    .map(|r| regions[r].name.clone())
                    .unwrap_or_default(),
                summary: s.meta.summary.clone().unwrap_or_default(),
            });
            sources.push(Source::Story(k, s));
        }
        Builder {
            added: vec![false; entries.len()],
            entries,
            sources,
            grams: FxHashMap::default(),
        }
    }

    /// Counts every page not yet counted whose story text the resolved site holds now
    /// (each page's terms on its own, in parallel).
    pub fn add(&mut self, resolved: &Resolved<'_>) {
        let ready: Vec<usize> = (0..self.sources.len())
            .filter(|d| !self.added[*d])
            .filter(|d| {
                self.sources[*d]
                    .text_of()
                    .is_none_or(|k| resolved.story_text(k).is_some())
            })
            .collect();
        let weighed: Vec<(usize, Doc)> = ready
            .par_iter()
            .map(|d| (*d, weigh(&fields(resolved, &self.sources[*d]))))
            .collect();
        for (d, terms) in weighed {
            self.added[d] = true;
            for (t, w) in terms {
                match self.grams.get_mut(t.as_str()) {
                    Some(p) => p.extend([d as u32, w]),
                    None => {
                        self.grams.insert(t.into_boxed_str(), vec![d as u32, w]);
                    }
                }
            }
        }
    }

    /// The index; every page must have been counted.
    pub fn finish(self) -> Index {
        debug_assert!(self.added.iter().all(|a| *a), "a page was not counted");
        let mut grams: Vec<(Box<str>, Vec<u32>)> = self.grams.into_iter().collect();
        grams.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Pages were counted as their texts came: postings go in page order.
        grams.par_iter_mut().for_each(|(_, postings)| {
            let mut pairs: Vec<(u32, u32)> =
                postings.chunks_exact(2).map(|p| (p[0], p[1])).collect();
            pairs.sort_unstable();
            *postings = pairs.into_iter().flat_map(|(d, w)| [d, w]).collect();
        });
        let files = shards::files(&self.entries, &grams);
        Index {
            entries: self.entries,
            files,
        }
    }
}

/// Where the list of every page goes when it is not on the search page.
pub const LIST_PATH: &str = "search/all/index.html";

/// Up to this many pages are listed on the search page itself (for readers without
/// JavaScript); more get a page of their own, which only they download.
const INLINE_LIST: usize = 500;

/// Does the search page list all `pages` pages itself?
pub fn lists_inline(pages: usize) -> bool {
    pages <= INLINE_LIST
}

/// Every file of the search page and index of `site`, known before the index is made:
/// as many shards as its pages (every region and story page) call for.
pub fn page_paths(site: &Site) -> Vec<std::path::PathBuf> {
    let stories = site.stories().iter();
    let pages = site.regions().len() + stories.filter(|s| !s.is_region_index()).count();
    let mut out = vec![std::path::PathBuf::from("search/index.html")];
    if !lists_inline(pages) {
        out.push(LIST_PATH.into());
    }
    out.extend(paths(pages));
    out
}

/// A hash of everything the index is made from: ids, names, project and indicator names,
/// and every story's place, title, date, summary, tags and text; and of the navigation
/// its pages show. Equal hashes make equal indexes, so a rebuild after a figure changed
/// keeps the last one.
pub fn input_hash(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    site.navigation().hash(&mut h);
    for r in site.regions() {
        (&r.id, &r.name, &r.full_name, r.parent).hash(&mut h);
        for p in &r.projects {
            p.name.hash(&mut h);
        }
        for x in &r.indicators {
            x.name.hash(&mut h);
        }
    }
    for s in site.stories() {
        (&s.file.path, &s.slug, s.region).hash(&mut h);
        let m = &s.meta;
        (&m.title, &m.date, &m.summary, &m.tags, m.draft).hash(&mut h);
        s.body().hash(&mut h);
    }
    h.finish()
}

/// The weighted texts of a page.
fn fields(resolved: &Resolved<'_>, src: &Source<'_>) -> Vec<(u32, String)> {
    let site = resolved.site;
    // Every story was parsed by the compute stage when the index is made again.
    let text = |k: usize| resolved.story_text(k).unwrap_or_default().to_string();
    match src {
        Source::Region(i, index, listed) => {
            let r = site.region(*i);
            let mut fields = vec![(W_TITLE, r.name.clone())];
            fields.extend(r.full_name.iter().map(|f| (W_NAME, f.clone())));
            fields.extend(r.projects.iter().map(|p| (W_NAME, p.name.clone())));
            fields.extend(r.indicators.iter().map(|x| (1, x.name.clone())));
            if let Some((k, s)) = index {
                fields.push((1, s.meta.title.clone()));
                fields.push((1, text(*k)));
            }
            for s in listed {
                fields.push((1, s.meta.title.clone()));
                fields.extend(s.meta.summary.iter().map(|t| (1, t.clone())));
            }
            fields
        }
        Source::Story(k, s) => {
            let region = s.region.map(|r| site.region(r).name.clone());
            let mut fields = vec![(W_TITLE, s.meta.title.clone())];
            fields.extend(region.map(|r| (W_META, r)));
            fields.extend(s.meta.tags.iter().map(|t| (W_META, t.clone())));
            fields.extend(s.meta.summary.iter().map(|t| (W_META, t.clone())));
            fields.push((1, text(*k)));
            fields
        }
    }
}

/// The weighted terms of one page: a hit in a weighted field counts its weight once, body
/// hits count up to [`BODY_CAP`] times.
fn weigh(fields: &[(u32, String)]) -> Doc {
    let mut weights: FxHashMap<String, u32> = FxHashMap::default();
    for (w, text) in fields {
        let mut counts: FxHashMap<String, u32> = FxHashMap::default();
        for_each_token(text, |t| match counts.get_mut(t) {
            Some(n) => *n += 1,
            None => {
                counts.insert(t.to_string(), 1);
            }
        });
        for (t, n) in counts {
            let add = if *w == 1 { n.min(BODY_CAP) } else { *w };
            *weights.entry(t).or_default() += add;
        }
    }
    weights.into_iter().collect()
}
