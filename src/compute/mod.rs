//! The compute stage: everything derived from the validated model before any output is
//! made, once per build. Key figures, roll-ups, tables, chart specifications and drawn
//! charts, each story parsed and resolved: the [`Resolved`] site that every renderer
//! (web pages, booklet, open data, search, feeds) reads.
//!
//! Templates never compute: every figure they show is made here, once.

pub mod adds_up;
pub mod charts;
pub mod draw;
pub mod figures;
pub mod page;
pub mod plan;
pub mod provenance;
pub mod story;
pub mod summary;
pub mod table;
pub mod tables;
pub mod verdict;

use crate::diagnostics::Diagnostics;
use crate::model::i18n::{ui, Ui};
use crate::model::reads::{self, Read};
use crate::model::{Site, Story};
use draw::Tally;
use page::{HomePage, RegionPage};
use rayon::prelude::*;
use std::sync::OnceLock;
use story::{ChartNames, ParsedStory, ResolvedStory};

/// What a build must resolve: all of it, or after an edit only what changed pages show.
#[derive(Debug, Clone)]
pub struct Needs {
    /// Region pages, by region index.
    pub regions: Vec<bool>,
    /// Stories resolved (figures, blocks, links), by story index.
    pub stories: Vec<bool>,
    /// Stories only parsed (the search index reads their text), by story index.
    pub parsed: Vec<bool>,
    /// The home page and its `_index.md`.
    pub home: bool,
}

impl Needs {
    /// Nothing yet.
    pub fn none(site: &Site) -> Self {
        Needs {
            regions: vec![false; site.region_count()],
            stories: vec![false; site.story_count()],
            parsed: vec![false; site.story_count()],
            home: false,
        }
    }

    /// Region `i`'s page, with the stories it shows in full (its `index.md`).
    pub fn region(&mut self, site: &Site, i: usize) {
        self.regions[i] = true;
        if let Some(k) = site.index_story(i) {
            self.stories[k] = true;
        }
    }
}

/// A story, parsed, and resolved when a page or the booklet shows it this build.
#[derive(Debug, Clone)]
pub struct StoryDoc {
    /// The parse.
    pub parsed: ParsedStory,
    /// Its body resolved against the data.
    pub body: Option<ResolvedStory>,
    /// What resolving it read of the site.
    reads: Vec<Read>,
    /// Its text is still held (search takes it before a batch is let go).
    has_text: bool,
}

/// A page's content with what working it out read of the site.
struct Unit<T> {
    value: T,
    reads: Vec<Read>,
}

/// The site resolved: what every output reads. Parts a rebuild does not need are `None`.
///
/// Its accessors note, for the page being rendered, what each part read of the site
/// (see [`crate::model::reads`]): a page that shows a region's figures depends on what
/// working them out read.
pub struct Resolved<'s> {
    /// The model.
    pub site: &'s Site,
    /// Interface words in the site's language.
    pub ui: Ui<'s>,
    regions: Vec<Option<Unit<RegionPage>>>,
    home: Option<Unit<HomePage>>,
    stories: Vec<Option<StoryDoc>>,
    home_story: Option<StoryDoc>,
    /// Each region's first key figure (`贫困发生率 11% → 1.23%`), for trees and lists,
    /// worked out when first shown (a rebuild shows few).
    headlines: Vec<OnceLock<String>>,
    /// How much was parsed and drawn.
    pub tally: Tally,
}

impl<'s> Resolved<'s> {
    /// Region `i`'s page content, if resolved.
    pub fn region_page(&self, i: usize) -> Option<&RegionPage> {
        let unit = self.regions.get(i)?.as_ref()?;
        reads::replay(&unit.reads);
        Some(&unit.value)
    }

    /// The home page's content, if resolved.
    pub fn home_page(&self) -> Option<&HomePage> {
        let unit = self.home.as_ref()?;
        reads::replay(&unit.reads);
        Some(&unit.value)
    }

    /// Story `k`'s resolved body, if resolved.
    pub fn story(&self, k: usize) -> Option<&ResolvedStory> {
        let doc = self.stories.get(k)?.as_ref()?;
        let body = doc.body.as_ref()?;
        reads::replay(&doc.reads);
        reads::note(Read::Story(k));
        Some(body)
    }

    /// The home page story's resolved body, if resolved.
    pub fn home_story(&self) -> Option<&ResolvedStory> {
        let doc = self.home_story.as_ref()?;
        reads::replay(&doc.reads);
        reads::note(Read::Home);
        doc.body.as_ref()
    }

    /// The resolved body of region `i`'s `index.md`, with its story.
    pub fn region_story(&self, i: usize) -> Option<(&'s Story, &ResolvedStory)> {
        let k = self.site.index_story(i)?;
        Some((self.site.story(k), self.story(k)?))
    }

    /// The readable text of story `k`, for search (parsed this build).
    pub fn story_text(&self, k: usize) -> Option<&str> {
        let doc = self.stories.get(k)?.as_ref()?;
        doc.has_text.then_some(doc.parsed.text.as_str())
    }

    /// Every story parsed this build (`None`: the home page's), with its parse, handed
    /// over once the outputs are made.
    pub fn into_parsed(self) -> impl Iterator<Item = (Option<usize>, ParsedStory)> {
        let docs = self
            .stories
            .into_iter()
            .enumerate()
            .map(|(k, d)| (Some(k), d));
        docs.chain([(None, self.home_story)])
            .filter_map(|(k, d)| Some((k, d?.parsed)))
    }

    /// Region `i`'s first key figure, as a tree or list shows it.
    pub fn headline(&self, i: usize) -> &str {
        let r = self.site.region(i);
        self.headlines[i].get_or_init(|| {
            let first = summary::region_figures(r).into_iter().next();
            first
                .map(|f| format!("{} {}", f.label, f.value))
                .unwrap_or_default()
        })
    }

    /// Nothing resolved yet.
    pub fn new(site: &'s Site) -> Self {
        let headlines = (0..site.region_count()).map(|_| OnceLock::new()).collect();
        Resolved {
            site,
            ui: ui(&site.config),
            regions: (0..site.region_count()).map(|_| None).collect(),
            home: None,
            stories: (0..site.story_count()).map(|_| None).collect(),
            home_story: None,
            headlines,
            tally: Tally::default(),
        }
    }

    /// Runs the compute stage for what `needs` asks and is not resolved yet (nothing is
    /// worked out twice), in parallel; findings are merged in a fixed order (home,
    /// regions, stories) so every build reports them the same way.
    pub fn compute(&mut self, needs: &Needs, diags: &mut Diagnostics) {
        let site = self.site;
        let (ui, tally) = (&self.ui, &self.tally);
        let mut home_diags = Diagnostics::new();
        if needs.home && self.home.is_none() {
            let (value, reads) = reads::recording(|| page::home(site, tally, &mut home_diags));
            self.home = Some(Unit { value, reads });
            self.home_story = site
                .home
                .as_ref()
                .map(|s| story_doc(site, s, true, true, tally, &mut home_diags));
        }
        diags.extend(home_diags);
        let regions: Vec<usize> = (0..site.region_count())
            .filter(|i| needs.regions[*i] && self.regions[*i].is_none())
            .collect();
        // Each task in the context it was spawned in (none): a thread that takes one
        // while it waits inside another recording keeps the two apart.
        let cx = reads::context();
        let done: Vec<(usize, Unit<RegionPage>, Diagnostics)> = regions
            .into_par_iter()
            .map(|i| {
                cx.enter(|| {
                    let mut d = Diagnostics::new();
                    let (value, reads) =
                        reads::recording(|| page::region(site, i, ui, tally, &mut d));
                    (i, Unit { value, reads }, d)
                })
            })
            .collect();
        for (i, unit, d) in done {
            diags.extend(d);
            self.regions[i] = Some(unit);
        }
        let stories: Vec<usize> = (0..site.story_count())
            .filter(|k| match &self.stories[*k] {
                None => needs.stories[*k] || needs.parsed[*k],
                // Released before another page asked for it: resolved again.
                Some(doc) => needs.stories[*k] && doc.body.is_none(),
            })
            .collect();
        let done: Vec<(usize, StoryDoc, Diagnostics)> = stories
            .into_par_iter()
            .map(|k| {
                cx.enter(|| {
                    let mut d = Diagnostics::new();
                    let s = &site.stories()[k];
                    (
                        k,
                        story_doc(site, s, needs.stories[k], false, tally, &mut d),
                        d,
                    )
                })
            })
            .collect();
        for (k, doc, d) in done {
            diags.extend(d);
            self.stories[k] = Some(doc);
        }
    }

    /// Lets go of what only pages already rendered needed, keeping what `keep` asks (the
    /// booklet's parts) and each story's links (the link checker). Stories' texts go too:
    /// search takes them batch by batch.
    pub fn release(&mut self, keep: &Needs) {
        for (i, slot) in self.regions.iter_mut().enumerate() {
            if !keep.regions[i] {
                *slot = None;
            }
        }
        for (k, slot) in self.stories.iter_mut().enumerate() {
            let Some(doc) = slot.as_mut() else { continue };
            doc.has_text = false;
            doc.parsed.text = String::new();
            if !keep.stories[k] {
                doc.body = None;
                doc.reads = Vec::new();
            }
        }
    }
}

/// How a story's charts are named, the same on its page and in the booklet.
pub fn chart_names(site: &Site, s: &Story, home: bool) -> (String, String) {
    let folder = s
        .region
        .map(|r| site.region_id(r).to_string())
        .unwrap_or_else(|| "news".into());
    let prefix = match s.region {
        _ if home => "home".to_string(),
        Some(r) if s.is_region_index() => format!("{}-story", site.region_id(r)),
        _ => format!("{folder}-{}", s.slug),
    };
    (prefix, folder)
}

/// A story parsed, and resolved when `resolve`; what resolving it read is recorded.
fn story_doc(
    site: &Site,
    s: &Story,
    resolve: bool,
    home: bool,
    tally: &Tally,
    d: &mut Diagnostics,
) -> StoryDoc {
    let mut parsed = story::parse(s, tally);
    let (body, reads) = reads::recording(|| {
        resolve.then(|| {
            let (prefix, folder) = chart_names(site, s, home);
            let names = ChartNames {
                prefix: &prefix,
                folder: &folder,
            };
            story::resolve(site, s, &parsed, &names, tally, d)
        })
    });
    // The parse's events live on in the resolved body; its text and links stay.
    parsed.shed();
    StoryDoc {
        parsed,
        body,
        reads,
        has_text: true,
    }
}
