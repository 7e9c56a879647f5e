//! The typed site: regions in a tree, stories, settings. Nothing below this sees YAML.

pub mod decode;
pub mod region;
pub mod site_config;
pub mod story;

pub use region::Region;
pub use site_config::{Language, SiteConfig};
pub use story::Story;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{yaml, SourceTree};
use decode::Decoder;
use std::collections::HashMap;
use std::path::PathBuf;

/// The whole site as typed data.
#[derive(Debug, Clone)]
pub struct Site {
    /// Site root folder.
    pub root: PathBuf,
    /// Settings.
    pub config: SiteConfig,
    /// Regions, parents before children (depth-first, by folder name).
    pub regions: Vec<Region>,
    /// All stories (region stories and news), drafts already removed unless asked for.
    pub stories: Vec<Story>,
    /// The home page story (`_index.md`).
    pub home: Option<Story>,
    /// Files under `content/static/`.
    pub static_files: Vec<PathBuf>,
}

impl Site {
    /// The index of a region by id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// Top-level regions.
    pub fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        self.regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.parent.is_none())
            .map(|(i, _)| i)
    }

    /// Regions without children (counties): the ones whose figures the home page compares.
    pub fn leaves(&self) -> impl Iterator<Item = usize> + '_ {
        self.regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.children.is_empty())
            .map(|(i, _)| i)
    }

    /// The chain of ancestors of a region, from the top down.
    pub fn ancestors(&self, mut i: usize) -> Vec<usize> {
        let mut chain = Vec::new();
        while let Some(p) = self.regions[i].parent {
            chain.push(p);
            i = p;
        }
        chain.reverse();
        chain
    }
}

/// Builds the typed site from the files read by `load`.
pub fn build(tree: &SourceTree, drafts: bool, diags: &mut Diagnostics) -> Site {
    let config = match &tree.site {
        Some(file) => match yaml::parse(file, &file.text, 0) {
            Ok(node) => site_config::decode(&mut Decoder::new(file, diags), &node),
            Err(d) => {
                diags.push(*d);
                SiteConfig::default()
            }
        },
        None => SiteConfig::default(),
    };

    let mut regions: Vec<Region> = Vec::new();
    // Region folder index in the source tree → index in `regions` (None when it failed).
    let mut mapped: Vec<Option<usize>> = Vec::new();
    let mut first_seen: HashMap<String, PathBuf> = HashMap::new();
    for rd in &tree.regions {
        if let Some(prev) = first_seen.get(&rd.id) {
            diags.push(
                Diagnostic::file_error(&rd.rel_dir, format!("region id `{}` is used twice: here and in {}", rd.id, prev.display()))
                    .hint("a region's id is its folder name and must be unique across the site (its page is regions/<id>/); rename one folder"),
            );
            mapped.push(None);
            continue;
        }
        first_seen.insert(rd.id.clone(), rd.rel_dir.clone());
        let node = match yaml::parse(&rd.yaml, &rd.yaml.text, 0) {
            Ok(n) => n,
            Err(d) => {
                diags.push(*d);
                mapped.push(None);
                continue;
            }
        };
        let decoded = region::decode(
            &mut Decoder::new(&rd.yaml, diags),
            &node,
            &rd.id,
            rd.rel_dir.clone(),
        );
        match decoded {
            Some(mut r) => {
                r.parent = rd.parent.and_then(|p| mapped.get(p).copied().flatten());
                r.depth = r.parent.map(|p| regions[p].depth + 1).unwrap_or(0);
                let idx = regions.len();
                if let Some(p) = r.parent {
                    regions[p].children.push(idx);
                }
                regions.push(r);
                mapped.push(Some(idx));
            }
            None => mapped.push(None),
        }
    }

    let mut stories = Vec::new();
    for (ri, rd) in tree.regions.iter().enumerate() {
        let Some(region) = mapped[ri] else { continue };
        for f in &rd.stories {
            stories.extend(story::decode(f, Some(region), true, diags));
        }
    }
    for f in &tree.news {
        stories.extend(story::decode(f, None, true, diags));
    }
    if !drafts {
        stories.retain(|s| !s.meta.draft);
    }
    let home = tree
        .home
        .as_ref()
        .and_then(|f| story::decode(f, None, false, diags));

    Site {
        root: tree.root.clone(),
        config,
        regions,
        stories,
        home,
        static_files: tree.static_files.clone(),
    }
}
