//! The briefing booklet: `output/booklet/booklet.pdf`, typeset with Typst as a library
//! from the resolved site (the same figures, drawn charts, tables and resolved stories as
//! the pages), and its HTML twin `output/booklet/index.html` for readers who print from a
//! browser.
//!
//! Steps: say which regions and stories it shows ([`needs`], for the compute stage) →
//! gather each section from the resolved site (`Section`) → write it as Typst markup
//! ([`document`]) and as HTML (theme template `booklet.html`) → typeset and export the
//! PDF in a [`world::BookletWorld`].

pub mod document;
pub mod fonts;
pub mod markup;
mod twin;
mod typeset;
pub mod world;

use twin::*;
use typeset::*;

use crate::compute::draw::DrawnChart;
use crate::compute::story::{Embed, ResolvedStory};
use crate::compute::summary::KeyFigure;
use crate::compute::table::DataTable;
use crate::compute::Resolved;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::model::i18n::Ui;
use crate::model::site_config::{RegionSelection, StoryMode};
use crate::model::{Site, Story};
use crate::render::context::{ChartView, SiteView, StoryView};
use crate::render::theme::{Block, Theme};
use crate::render::OutputFile;
use document::{Cover, Doc, Words};
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tera::Context;

/// What the booklet stage produced.
#[derive(Debug)]
pub struct Booklet {
    /// `booklet/booklet.pdf` (unless only checking) and `booklet/index.html`.
    pub files: Vec<OutputFile>,
    /// Its figures.
    pub stats: Stats,
}

/// Figures of a booklet build, for the build summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Pages of the PDF (0 when not exported).
    pub pages: usize,
    /// Size of the PDF in bytes.
    pub pdf_bytes: usize,
    /// Wall time of the whole stage.
    pub elapsed: Duration,
}

/// What the booklet holds, made once and given to both the PDF and the HTML twin.
struct Contents<'a> {
    site: &'a Site,
    secs: &'a [Section<'a>],
    overview: &'a [KeyFigure],
    overview_charts: &'a [DrawnChart],
    home: Option<(&'a Story, &'a ResolvedStory)>,
    date: Option<crate::model::story::Date>,
    words: &'a Words<'a>,
    ui: &'a Ui<'a>,
}

/// One region's section.
struct Section<'a> {
    region: usize,
    /// Heading level: 1 + the number of its ancestors also in the booklet.
    level: usize,
    /// Running-header text: the region's path (`甘肃省 › 甘南州 › 碌曲县`).
    header: String,
    lead: String,
    figures: &'a [KeyFigure],
    charts: &'a [DrawnChart],
    rollup: &'a [KeyFigure],
    child_charts: &'a [DrawnChart],
    tables: Vec<DataTable>,
    /// Its stories, each with its body when resolved.
    stories: Vec<(&'a Story, Option<&'a ResolvedStory>)>,
    source: String,
}

fn sections<'a>(resolved: &'a Resolved<'a>, chosen: &[usize]) -> Vec<Section<'a>> {
    let site = resolved.site;
    let set: HashSet<usize> = chosen.iter().copied().collect();
    let mode = site.config.booklet.stories;
    chosen
        .iter()
        .filter_map(|&i| {
            let r = site.region(i);
            let page = resolved.region_page(i)?;
            let ancestors = site.ancestors(i);
            let level = 1 + ancestors.iter().filter(|a| set.contains(a)).count();
            let header = ancestors
                .iter()
                .chain([&i])
                .map(|a| site.region(*a).name.as_str())
                .collect::<Vec<_>>()
                .join(" › ");
            let mut lead = Vec::new();
            if let Some(f) = r.full_name.as_ref().filter(|f| **f != r.name) {
                lead.push(f.clone());
            }
            if let Some(l) = &r.level {
                lead.push(l.clone());
            }
            let mut stories: Vec<(&Story, Option<&ResolvedStory>)> = Vec::new();
            if mode != StoryMode::None {
                stories
                    .extend(booklet_stories(site, i).map(|k| (site.story(k), resolved.story(k))));
            }
            Some(Section {
                region: i,
                level: level.min(6),
                header,
                lead: lead.join(" · "),
                figures: &page.figures,
                charts: &page.charts,
                rollup: &page.rollup,
                child_charts: &page.child_charts,
                tables: page
                    .tables
                    .iter()
                    .map(|t| shorten(t.clone(), &r.id, site.config.language))
                    .collect(),
                stories,
                source: r.source.clone().unwrap_or_default(),
            })
        })
        .collect()
}

/// Longest story body the booklet typesets in full (a long story is a few tens of KB;
/// megabytes would take minutes to lay out).
const MAX_STORY_BYTES: usize = 200 * 1024;

/// Rows of one table a booklet prints; the rest are in the site's open data.
const MAX_TABLE_ROWS: usize = 40;

/// A table cut to [`MAX_TABLE_ROWS`] rows for paper, its caption saying where the rest are.
fn shorten(mut t: DataTable, id: &str, lang: crate::model::Language) -> DataTable {
    let total = t.rows.len();
    if total > MAX_TABLE_ROWS {
        t.rows.truncate(MAX_TABLE_ROWS);
        t.caption = match lang {
            crate::model::Language::En => format!(
                "{} (first {MAX_TABLE_ROWS} of {total} rows; all in data/{id}.csv)",
                t.caption
            ),
            _ => format!(
                "{}（列出前{MAX_TABLE_ROWS}行，共{total}行；全部数据见 data/{id}.csv）",
                t.caption
            ),
        };
    }
    t
}

/// The cover date: `booklet.date`, else the newest story's date.
fn cover_date(site: &Site) -> Option<crate::model::story::Date> {
    site.config.booklet.date.or_else(|| {
        site.stories()
            .iter()
            .chain(site.home.iter())
            .filter_map(|s| s.meta.date)
            .max()
    })
}

/// The most regions one booklet holds; more is a national site needing a choice.
pub const MAX_REGIONS: usize = 300;

/// Region `i`'s stories in booklet order (story indexes): its `index.md`, then the others
/// oldest first.
pub fn booklet_stories(site: &Site, i: usize) -> impl Iterator<Item = usize> + '_ {
    let of_region = |index: bool| {
        site.stories()
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.region == Some(i) && s.is_region_index() == index)
            .map(|(k, _)| k)
    };
    let mut others: Vec<usize> = of_region(false).collect();
    others.sort_by(|a, b| {
        let (a, b) = (&site.story(*a).meta, &site.story(*b).meta);
        a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title))
    });
    of_region(true).chain(others)
}

/// What the booklet shows, for the compute stage to resolve: its regions (`None` when
/// it will not be made), each with its stories, and whether it has the home page's
/// overview and story. The regions' ids were checked by `validate`.
pub fn needs(site: &Site, diags: &mut Diagnostics) -> Option<(Vec<usize>, bool)> {
    let chosen = crate::compute::plan::booklet_regions(site)?;
    if chosen.len() > MAX_REGIONS {
        // A briefing booklet of thousands of pages helps nobody, and typesetting it takes
        // minutes and gigabytes: a national site picks the part it briefs on.
        diags.push(crate::diagnostics::Diagnostic {
            severity: crate::diagnostics::Severity::Warning,
            ..crate::diagnostics::Diagnostic::general(format!(
                "the booklet was not made: it would hold {} regions (at most {MAX_REGIONS})",
                chosen.len()
            ))
            .hint("choose the regions it briefs on in content/site.yaml, e.g. `booklet: { regions: gansu }` for one province")
        });
        return None;
    }
    Some((chosen, site.config.booklet.regions == RegionSelection::All))
}

/// Builds the booklet from the resolved site (which holds what [`needs`] asked): the PDF
/// when `pdf` is true (a `check` skips the export), and the HTML twin.
pub fn build(
    resolved: &Resolved<'_>,
    theme: &Theme,
    pdf: bool,
    diags: &mut Diagnostics,
) -> Option<Booklet> {
    let start = Instant::now();
    let site = resolved.site;
    let (chosen, with_overview) = needs(site, diags)?;
    let c = &site.config;
    let ui = &resolved.ui;
    // The booklet's "source" and "stories" are the site's, reworded or not.
    let words = Words {
        source: ui.source,
        stories: ui.stories,
        ..document::words(c.language)
    };
    let secs = sections(resolved, &chosen);
    let (overview, overview_charts) = match resolved.home_page().filter(|_| with_overview) {
        Some(h) => (&h.figures[..], &h.charts[..]),
        None => (&[][..], &[][..]),
    };
    let home = match c.booklet.stories {
        StoryMode::None => None,
        _ if with_overview => site.home.as_ref().zip(resolved.home_story()),
        _ => None,
    };
    let date = cover_date(site);
    let mut files = Vec::new();
    let mut pages = 0;
    let mut pdf_bytes = 0;
    let contents = Contents {
        site,
        secs: &secs,
        overview,
        overview_charts,
        home,
        date,
        words: &words,
        ui,
    };
    if pdf {
        let fonts = fonts::load(&site.root, &c.theme, diags);
        if let Some((bytes, n)) = typeset(&contents, &fonts, diags) {
            pages = n;
            pdf_bytes = bytes.len();
            files.push(OutputFile {
                path: PathBuf::from("booklet/booklet.pdf"),
                bytes,
            });
        }
    }
    if let Some(html) = twin(&contents, theme, diags) {
        files.push(html);
    }
    Some(Booklet {
        files,
        stats: Stats {
            pages,
            pdf_bytes,
            elapsed: start.elapsed(),
        },
    })
}

fn date_text(site: &Site, date: Option<crate::model::story::Date>) -> Option<String> {
    let d = date?;
    Some(match site.config.language {
        crate::model::Language::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            format!("{} {}", MONTHS[(d.month as usize).clamp(1, 12) - 1], d.year)
        }
        _ => format!("{}年{}月", d.year, d.month),
    })
}
