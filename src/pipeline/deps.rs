//! What each page job read, by stable names, and the hash of those sources' contents: a
//! rebuild renders a job again exactly when that hash differs from the last build's.
//!
//! The reads are recorded while the job is resolved and rendered (the site's accessors
//! note them, [`crate::model::reads`]); this module names them so they survive a rebuild
//! (a region by its id, a story by its file) and says what each one's content is now.

use crate::model::reads::Read;
use crate::model::Site;
use rustc_hash::FxHasher;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// A source a job read, named so the next build can find it again.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Source {
    /// A region's region.yaml and which regions are under it, by region id.
    Region(String),
    /// A story file.
    Story(PathBuf),
    /// Which stories a region has, by region id.
    StoriesOf(String),
    /// Which stories are news.
    News,
    /// The home page's `_index.md`.
    Home,
    /// Every region.
    AllRegions,
    /// Every story.
    AllStories,
    /// What every page's navigation shows.
    Navigation,
}

fn hash_of(x: impl Hash) -> u64 {
    let mut h = FxHasher::default();
    x.hash(&mut h);
    h.finish()
}

/// The current content of every source, hashed once per build.
pub(crate) struct SiteIndex<'a> {
    site: &'a Site,
    ids: HashMap<&'a str, usize>,
    paths: HashMap<&'a Path, usize>,
    /// Per region: its file's path and content, its parent's and children's ids.
    regions: Vec<u64>,
    /// Per story: its file's path and content.
    stories: Vec<u64>,
    home: u64,
    navigation: u64,
}

impl<'a> SiteIndex<'a> {
    pub(crate) fn new(site: &'a Site) -> Self {
        let regions = site.regions();
        let stories = site.stories();
        SiteIndex {
            site,
            ids: (0..regions.len()).map(|i| (site.region_id(i), i)).collect(),
            paths: stories
                .iter()
                .enumerate()
                .map(|(k, s)| (s.file.path.as_path(), k))
                .collect(),
            regions: regions
                .iter()
                .map(|r| {
                    let parent = r.parent.map(|p| site.region_id(p));
                    let children: Vec<&str> =
                        r.children.iter().map(|c| site.region_id(*c)).collect();
                    hash_of((&r.file.path, &*r.file.text, parent, children))
                })
                .collect(),
            stories: stories
                .iter()
                .map(|s| hash_of((&s.file.path, &*s.file.text)))
                .collect(),
            home: site
                .home
                .as_ref()
                .map_or(0, |s| hash_of((&s.file.path, &*s.file.text))),
            navigation: hash_of(site.navigation()),
        }
    }

    /// One hash of every source file of the site: while it is the same, nothing changed.
    pub(crate) fn all(&self) -> u64 {
        hash_of((&self.regions, &self.stories, self.home))
    }

    /// The stable name of a read.
    pub(crate) fn source(&self, read: Read) -> Source {
        let site = self.site;
        match read {
            Read::Region(i) => Source::Region(site.region_id(i).to_string()),
            Read::Story(k) => Source::Story(site.stories()[k].file.path.clone()),
            Read::StoriesOf(i) => Source::StoriesOf(site.region_id(i).to_string()),
            Read::News => Source::News,
            Read::Home => Source::Home,
            Read::AllRegions => Source::AllRegions,
            Read::AllStories => Source::AllStories,
            Read::Navigation => Source::Navigation,
        }
    }

    /// What `source` holds now; `None` when it is gone.
    fn value(&self, source: &Source) -> Option<u64> {
        let site = self.site;
        let members = |region: Option<usize>| {
            let paths: Vec<&Path> = site
                .stories_in(region)
                .iter()
                .map(|k| site.stories()[*k].file.path.as_path())
                .collect();
            hash_of(paths)
        };
        Some(match source {
            Source::Region(id) => self.regions[*self.ids.get(id.as_str())?],
            Source::Story(path) => self.stories[*self.paths.get(path.as_path())?],
            Source::StoriesOf(id) => members(Some(*self.ids.get(id.as_str())?)),
            Source::News => members(None),
            Source::Home => self.home,
            Source::AllRegions => hash_of(&self.regions),
            Source::AllStories => hash_of(&self.stories),
            Source::Navigation => self.navigation,
        })
    }

    /// The hash of what `sources` hold now: equal to the last build's exactly when none
    /// of them changed.
    pub(crate) fn inputs(&self, sources: &[Source]) -> u64 {
        let mut h = FxHasher::default();
        for s in sources {
            (s, self.value(s)).hash(&mut h);
        }
        h.finish()
    }
}
