//! Which source files each page job reads, summed up as one hash of their paths and
//! contents: a rebuild renders a job again exactly when that hash differs from last time.

use crate::model::{Site, Story};
use crate::render::pages::Job;
use rustc_hash::FxHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// A source file: region `i`'s region.yaml, story `k`, or the home page's `_index.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Region(usize),
    Story(usize),
    Home,
}

/// Lookups shared by every job, made once per build.
pub(crate) struct SiteIndex<'a> {
    site: &'a Site,
    /// Region index by id.
    ids: HashMap<&'a str, usize>,
    /// Stories of each region, by story index.
    stories_of: Vec<Vec<usize>>,
    /// Content hash of each region file, story and the home page.
    regions: Vec<u64>,
    stories: Vec<u64>,
    home: u64,
}

fn content_hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

impl<'a> SiteIndex<'a> {
    pub(crate) fn new(site: &'a Site) -> Self {
        let mut stories_of = vec![Vec::new(); site.regions.len()];
        for (k, s) in site.stories.iter().enumerate() {
            if let Some(r) = s.region {
                stories_of[r].push(k);
            }
        }
        SiteIndex {
            site,
            ids: site
                .regions
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.as_str(), i))
                .collect(),
            stories_of,
            regions: site
                .regions
                .iter()
                .map(|r| content_hash(&r.file.text))
                .collect(),
            stories: site
                .stories
                .iter()
                .map(|s| content_hash(&s.file.text))
                .collect(),
            home: site.home.as_ref().map_or(0, |s| content_hash(&s.file.text)),
        }
    }

    /// One hash of every source file of the site: while it is the same, nothing changed.
    pub(crate) fn all(&self) -> u64 {
        let mut h = FxHasher::default();
        (&self.regions, &self.stories, self.home).hash(&mut h);
        h.finish()
    }

    /// The hash of what `job` reads: each source file's path and content.
    pub(crate) fn inputs(&self, job: &Job) -> u64 {
        let mut sources = self.sources(job);
        sources.sort_unstable();
        sources.dedup();
        let mut h = FxHasher::default();
        for s in sources {
            let (file, content) = match s {
                Source::Region(i) => (&self.site.regions[i].file, self.regions[i]),
                Source::Story(k) => (&self.site.stories[k].file, self.stories[k]),
                Source::Home => match &self.site.home {
                    Some(home) => (&home.file, self.home),
                    None => continue,
                },
            };
            (&file.path, content).hash(&mut h);
        }
        h.finish()
    }

    /// The source files whose content this job's pages show. Every page's navigation
    /// names the top-level regions; a region page shows its ancestors (breadcrumbs), its
    /// sub-regions (roll-ups, comparisons) and its stories; a story shows its region (with
    /// its sub-regions and ancestors) and any region whose id its text names
    /// (`{{ id:path }}`, `regions: [id]`), with that region's sub-regions.
    fn sources(&self, job: &Job) -> Vec<Source> {
        let site = self.site;
        let mut set: Vec<Source> = site.roots().map(Source::Region).collect();
        // A region's figures include its sub-regions' (roll-ups, `figures` blocks of a
        // parent without figures of its own), so showing a region reads its whole subtree.
        let subtree = |i: usize, set: &mut Vec<Source>| {
            let mut stack = vec![i];
            while let Some(r) = stack.pop() {
                set.push(Source::Region(r));
                stack.extend(site.regions[r].children.iter().copied());
            }
        };
        // Ids are whole words between punctuation (`{{ id:path }}`, `[a, b]`): looking each
        // word up keeps this linear in the text, where scanning for every id was quadratic.
        let named_in = |s: &Story, set: &mut Vec<Source>| {
            let words = s
                .file
                .text
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'));
            for i in words.filter_map(|w| self.ids.get(w)) {
                subtree(*i, set);
            }
        };
        let ancestors = |i: usize, set: &mut Vec<Source>| {
            set.extend(site.ancestors(i).into_iter().map(Source::Region));
        };
        match job {
            Job::NotFound => {}
            Job::Home => {
                set.extend((0..site.regions.len()).map(Source::Region));
                set.extend((0..site.stories.len()).map(Source::Story));
                set.push(Source::Home);
            }
            Job::NewsList => set.extend(
                (0..site.stories.len())
                    .filter(|k| site.stories[*k].region.is_none())
                    .map(Source::Story),
            ),
            Job::Region(i) => {
                subtree(*i, &mut set);
                ancestors(*i, &mut set);
                for k in &self.stories_of[*i] {
                    set.push(Source::Story(*k));
                    let s = &site.stories[*k];
                    if s.is_region_index() {
                        named_in(s, &mut set);
                    }
                }
            }
            Job::Story(k) => {
                let s = &site.stories[*k];
                set.push(Source::Story(*k));
                if let Some(r) = s.region {
                    subtree(r, &mut set);
                    ancestors(r, &mut set);
                }
                named_in(s, &mut set);
            }
        }
        set
    }
}
