//! The typed site: regions in a tree, stories, settings. Nothing below this sees YAML.

mod assemble;
pub mod briefing;
pub mod decode;
pub mod gov;
pub mod i18n;
pub mod kinds;
pub mod memo;
pub mod navigation;
mod paths;
pub mod reads;
pub mod region;
pub mod site_config;
pub mod story;
pub mod tables;
pub mod words;

pub use navigation::Navigation;
pub use region::Region;
pub use site_config::{Language, SiteConfig};
pub use story::Story;

use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile};
use crate::load::{yaml, SourceTree};
use decode::Decoder;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The whole site as typed data.
#[derive(Debug, Clone)]
pub struct Site {
    /// Site root folder.
    pub root: PathBuf,
    /// Settings.
    pub config: SiteConfig,
    /// Regions, parents before children (depth-first, by folder name). Read through
    /// [`Site::region`] and [`Site::regions`], which note what a page reads.
    regions: Vec<Region>,
    /// All stories (region stories and news), drafts already removed unless asked for.
    /// Read through [`Site::story`], [`Site::stories`] and [`Site::stories_in`].
    stories: Vec<Story>,
    /// Region index by id.
    ids: HashMap<String, usize>,
    /// Stories of each region, and (last) the news stories, by story index.
    stories_by_region: Vec<Vec<usize>>,
    /// The home page story (`_index.md`).
    pub home: Option<Story>,
    /// Files under `content/static/`.
    pub static_files: Vec<PathBuf>,
    /// `content/site.yaml`, whose words the word check reads at their places.
    pub site_file: Option<SourceFile>,
    /// The office's own word list, `content/words.yaml`.
    pub words: words::OfficeWords,
}

impl Site {
    /// The typed site from its parts (`build` makes it from files).
    pub fn new(
        root: PathBuf,
        config: SiteConfig,
        regions: Vec<Region>,
        stories: Vec<Story>,
        home: Option<Story>,
        static_files: Vec<PathBuf>,
    ) -> Site {
        let ids = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut stories_by_region = vec![Vec::new(); regions.len() + 1];
        for (k, s) in stories.iter().enumerate() {
            let slot = s.region.unwrap_or(regions.len());
            if let Some(list) = stories_by_region.get_mut(slot) {
                list.push(k);
            }
        }
        Site {
            root,
            config,
            regions,
            stories,
            ids,
            stories_by_region,
            home,
            static_files,
            site_file: None,
            words: words::OfficeWords::default(),
        }
    }

    /// Region `i` (noted as read).
    pub fn region(&self, i: usize) -> &Region {
        reads::note(reads::Read::Region(i));
        &self.regions[i]
    }

    /// Every region (noted as read: a change to any is a change to what this page shows).
    pub fn regions(&self) -> &[Region] {
        reads::note(reads::Read::AllRegions);
        &self.regions
    }

    /// How many regions the site has.
    pub fn region_count(&self) -> usize {
        self.regions.len()
    }

    /// Region `i`'s id (its folder name; a page's address, not its content).
    pub fn region_id(&self, i: usize) -> &str {
        &self.regions[i].id
    }

    /// Story `k` (noted as read).
    pub fn story(&self, k: usize) -> &Story {
        reads::note(reads::Read::Story(k));
        &self.stories[k]
    }

    /// Every story (noted as read).
    pub fn stories(&self) -> &[Story] {
        reads::note(reads::Read::AllStories);
        &self.stories
    }

    /// How many stories the site has.
    pub fn story_count(&self) -> usize {
        self.stories.len()
    }

    /// The stories of region `i`, or with `None` the news stories, by story index
    /// (noted as read: which stories they are, not their texts).
    pub fn stories_in(&self, region: Option<usize>) -> &[usize] {
        reads::note(match region {
            Some(i) => reads::Read::StoriesOf(i),
            None => reads::Read::News,
        });
        let slot = region.unwrap_or(self.regions.len());
        self.stories_by_region.get(slot).map_or(&[], Vec::as_slice)
    }

    /// Region `i`'s `index.md`, shown on the region page itself (a story index).
    pub fn index_story(&self, i: usize) -> Option<usize> {
        let list = self.stories_in(Some(i));
        list.iter()
            .copied()
            .find(|k| self.stories[*k].is_region_index())
    }

    /// The index of a region by id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
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
        self.regions()
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

/// The text of a top-level key of a YAML mapping (`code`, `name`), if it is one.
fn top_scalar(node: &yaml::Node, key: &str) -> Option<String> {
    let yaml::Value::Map(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| k.as_scalar() == Some(key))
        .and_then(|(_, v)| v.as_scalar())
        .map(|t| t.trim().to_string())
}

/// A region decoded from the tree of its figures, marked when its findings (`d`, which
/// may already hold some) have an error.
fn decode_region(
    file: &SourceFile,
    root: &yaml::Node,
    id: &str,
    dir: PathBuf,
    mut d: Diagnostics,
) -> (Option<Region>, Diagnostics) {
    let region = region::decode(&mut Decoder::new(file, &mut d), root, id, dir);
    let region = region.map(|r| region::Region {
        has_errors: d.has_errors(),
        ..r
    });
    (region, d)
}

/// Builds the typed site from the files read by `load`.
pub fn build(tree: &SourceTree, drafts: bool, diags: &mut Diagnostics) -> Site {
    build_after(tree, drafts, None, false, diags).0
}

/// [`build`], taking each file's decoding from `before` where its text is the same, and
/// with `remember`, returning what each file gave for the next build.
pub fn build_after(
    tree: &SourceTree,
    drafts: bool,
    before: Option<&memo::Memo>,
    remember: bool,
    diags: &mut Diagnostics,
) -> (Site, Option<memo::Memo>) {
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

    // Each region file and story is parsed and decoded on its own, in parallel (the bulk
    // of this stage on a large site), and its YAML tree dropped there: the trees of a
    // national site's files together are ten times their text. A region that table rows
    // join is decoded again below, from its YAML parsed again and its rows; giving table
    // rows to regions and linking them is sequential.
    use memo::Alone;
    let mut learned = remember.then(memo::Memo::default);
    let folders: Vec<Arc<memo::Folder>> = tree
        .regions
        .par_iter()
        .map(|rd| {
            if let Some(done) = rd.yaml.as_ref().and_then(|f| before?.folder(f)) {
                return done;
            }
            let mut d = Diagnostics::new();
            let node = match &rd.yaml {
                Some(f) => yaml::parse(f, &f.text, 0).map(Some).map_err(|e| d.push(*e)),
                None => Ok(None),
            };
            let keys = assemble::FolderKeys {
                code: node
                    .as_ref()
                    .ok()
                    .and_then(|n| top_scalar(n.as_ref()?, "code")),
                name: node
                    .as_ref()
                    .ok()
                    .and_then(|n| top_scalar(n.as_ref()?, "name")),
            };
            let alone = match (&rd.yaml, &node) {
                (Some(f), Ok(Some(n))) => Some(decode_region(
                    &assemble::folder_file(f),
                    n,
                    &rd.id,
                    rd.rel_dir.clone(),
                    Diagnostics::new(),
                )),
                _ => None,
            };
            Arc::new((node.map(drop), keys, d, alone))
        })
        .collect();
    if let Some(m) = learned.as_mut() {
        for (rd, folder) in tree.regions.iter().zip(&folders) {
            if let Some(f) = &rd.yaml {
                m.keep_folder(f, folder);
            }
        }
    }
    let folders: Vec<memo::Folder> = folders.into_par_iter().map(memo::owned).collect();
    let (mut parsed, mut keys, mut parse_diags, mut alone) = (vec![], vec![], vec![], vec![]);
    for (ok, k, d, a) in folders {
        parsed.push(ok);
        keys.push(k);
        parse_diags.push(d);
        alone.push(a);
    }
    let rows = tables::read(&tree.tables, diags);
    let parts = assemble::assemble(tree, &keys, rows, diags);
    // A folder's region that no table row joins is the one decoded from its YAML alone;
    // each folder's goes to its one region, moved rather than copied.
    let inputs: Vec<(&assemble::Parts, Option<Alone>)> = parts
        .iter()
        .map(|p| {
            let own = p.folder.filter(|_| p.rows.is_empty());
            (p, own.and_then(|f| alone[f].take()))
        })
        .collect();
    drop(alone);
    let decoded: Vec<(Option<Region>, Diagnostics)> = inputs
        .into_par_iter()
        .map(|(p, alone)| {
            if let Some(done) = alone {
                return done;
            }
            let yaml = match p.folder {
                Some(f) if parsed[f].is_err() => return (None, Diagnostics::new()),
                Some(f) => tree.regions[f].yaml.as_ref(),
                None => None,
            };
            // It parsed above, so it parses again; its findings were reported there.
            let Ok(yaml) = yaml.map(|f| yaml::parse(f, &f.text, 0)).transpose() else {
                return (None, Diagnostics::new());
            };
            let mut d = Diagnostics::new();
            let root = assemble::merged_root(p, yaml, &mut d);
            decode_region(&p.file, &root, &p.id, p.dir.clone(), d)
        })
        .collect();
    for d in parse_diags {
        diags.extend(d);
    }
    let mut regions: Vec<Region> = Vec::new();
    // Part index → index in `regions` (None when it failed).
    let mut mapped: Vec<Option<usize>> = Vec::new();
    // Folder index in the source tree → index in `regions`.
    let mut folder_region: Vec<Option<usize>> = vec![None; tree.regions.len()];
    let mut first_seen: HashMap<String, PathBuf> = HashMap::new();
    for (p, (decoded, d)) in parts.iter().zip(decoded) {
        if let Some(prev) = first_seen.get(&p.id) {
            diags.push(
                Diagnostic::file_error(
                    &p.dir,
                    crate::messages::catalog::data::region_id_twice(&p.id, prev),
                )
                .hint(crate::messages::catalog::data::region_id_twice_hint()),
            );
            mapped.push(None);
            continue;
        }
        first_seen.insert(p.id.clone(), p.dir.clone());
        if let Err(d) = paths::check_name(&p.id, &p.dir, false) {
            diags.push(*d);
        }
        diags.extend(d);
        match decoded {
            Some(mut r) => {
                r.parent = p.parent.and_then(|x| mapped.get(x).copied().flatten());
                r.depth = r.parent.map(|x| regions[x].depth + 1).unwrap_or(0);
                let idx = regions.len();
                if let Some(x) = r.parent {
                    regions[x].children.push(idx);
                }
                regions.push(r);
                mapped.push(Some(idx));
                if let Some(f) = p.folder {
                    folder_region[f] = Some(idx);
                }
            }
            None => mapped.push(None),
        }
    }

    let files: Vec<(&crate::diagnostics::SourceFile, Option<usize>)> = tree
        .regions
        .iter()
        .enumerate()
        .filter_map(|(ri, rd)| Some((rd, folder_region[ri]?)))
        .flat_map(|(rd, region)| rd.stories.iter().map(move |f| (f, Some(region))))
        .chain(tree.news.iter().map(|f| (f, None)))
        .collect();
    let decoded: Vec<Arc<memo::Decoded>> = files
        .par_iter()
        .map(|(f, region)| {
            if let Some(done) = before.and_then(|m| m.story(f, *region)) {
                return done;
            }
            let mut d = Diagnostics::new();
            Arc::new((story::decode(f, *region, true, &mut d), d))
        })
        .collect();
    if let Some(m) = learned.as_mut() {
        for ((f, region), decoded) in files.iter().zip(&decoded) {
            m.keep_story(f, *region, decoded);
        }
    }
    let decoded: Vec<memo::Decoded> = decoded.into_par_iter().map(memo::owned).collect();
    let mut stories = Vec::new();
    for (s, d) in decoded {
        diags.extend(d);
        stories.extend(s);
    }
    if !drafts {
        stories.retain(|s| !s.meta.draft);
    }
    let home = tree
        .home
        .as_ref()
        .and_then(|f| story::decode(f, None, false, diags));

    let mut site = Site::new(
        tree.root.clone(),
        config,
        regions,
        stories,
        home,
        tree.static_files.clone(),
    );
    site.site_file = tree.site.clone();
    if let Some(file) = &tree.words {
        site.words = words::decode(file, diags);
    }
    (site, learned)
}
