//! The briefing booklet: `output/booklet/booklet.pdf`, typeset with Typst as a library
//! from the same model, figures, charts and tables as the site, and its HTML twin
//! `output/booklet/index.html` for readers who print from a browser.
//!
//! Stages: choose the regions ([`selection`]) → gather each section's content once
//! ([`Section`]) → write it as Typst markup ([`document`]) and as HTML (theme template
//! `booklet.html`) → typeset and export the PDF in a [`world::BookletWorld`].

pub mod document;
pub mod fonts;
pub mod markup;
mod twin;
mod typeset;
pub mod world;

use twin::*;
use typeset::*;

use crate::chart;
use crate::compute::charts::{self, BuiltChart};
use crate::compute::plan::{self, Scope};
use crate::compute::summary::{self, KeyFigure};
use crate::compute::table::DataTable;
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, Severity};
use crate::model::site_config::{BookletOrder, RegionSelection, StoryMode};
use crate::model::{Site, Story};
use crate::render::context::{ChartView, SiteView, StoryView};
use crate::render::i18n::{ui, Ui};
use crate::render::markdown::{self, Embed};
use crate::render::theme::{Block, Theme};
use crate::render::{tables, OutputFile};
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

/// The regions the booklet holds, in section order; reports unknown ids in site.yaml.
pub fn selection(site: &Site, diags: &mut Diagnostics) -> Option<Vec<usize>> {
    let cfg = &site.config.booklet;
    let unknown = |id: &str, span, diags: &mut Diagnostics| {
        let ids: Vec<&str> = site.regions.iter().map(|r| r.id.as_str()).collect();
        let msg = format!("`booklet.regions` names `{id}`, which is no region of this site");
        let d = match &cfg.source {
            Some(file) => Diagnostic::error(file, span, msg),
            None => Diagnostic::general(msg),
        };
        diags.push(
            d.expected(
                "`all`, a region id (that region and all under it), or a list of region ids",
            )
            .maybe_hint(
                did_you_mean(id, ids.iter().copied()).map(|m| format!("did you mean `{m}`?")),
            ),
        );
    };
    let tree: Vec<usize> = (0..site.regions.len()).collect();
    let chosen = match &cfg.regions {
        RegionSelection::All => tree,
        RegionSelection::Subtree(id, span) => {
            let Some(root) = site.region_index(id) else {
                unknown(id, *span, diags);
                return None;
            };
            tree.into_iter()
                .filter(|i| *i == root || site.ancestors(*i).contains(&root))
                .collect()
        }
        RegionSelection::List(ids) => {
            let mut listed = Vec::new();
            let mut bad = false;
            for (id, span) in ids {
                match site.region_index(id) {
                    Some(i) if !listed.contains(&i) => listed.push(i),
                    Some(_) => {}
                    None => {
                        unknown(id, *span, diags);
                        bad = true;
                    }
                }
            }
            if bad {
                return None;
            }
            match cfg.order {
                BookletOrder::Listed => listed,
                BookletOrder::Tree => tree.into_iter().filter(|i| listed.contains(i)).collect(),
            }
        }
    };
    Some(chosen)
}

/// A chart drawn once, used by both the PDF and the HTML twin.
struct Drawn {
    built: BuiltChart,
    svg: String,
    /// Path under the site's `charts/` folder, without extension (`luqu/funds`).
    stem: String,
}

/// What the booklet holds, made once and given to both the PDF and the HTML twin.
struct Contents<'a> {
    site: &'a Site,
    secs: &'a [Section<'a>],
    overview: &'a [KeyFigure],
    overview_charts: &'a [Drawn],
    home: Option<&'a Story>,
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
    figures: Vec<KeyFigure>,
    charts: Vec<Drawn>,
    rollup: Vec<KeyFigure>,
    child_charts: Vec<Drawn>,
    tables: Vec<DataTable>,
    stories: Vec<&'a Story>,
    source: String,
}

fn draw(built: BuiltChart, stem: String, diags: &mut Diagnostics) -> Option<Drawn> {
    match chart::draw(&built.spec) {
        Ok(svg) => Some(Drawn { built, svg, stem }),
        Err(e) => {
            diags.push(Diagnostic::general(format!(
                "chart `{}` could not be drawn for the booklet: {e}",
                built.spec.title
            )));
            None
        }
    }
}

fn planned(
    site: &Site,
    plan: Vec<plan::PlannedChart>,
    diags: &mut Diagnostics,
) -> (Vec<Drawn>, Vec<Drawn>) {
    let (mut own, mut children) = (Vec::new(), Vec::new());
    for p in plan {
        match charts::build(site, &p.req, &p.id) {
            Ok(c) => {
                if let Some(d) = draw(c, p.stem.clone(), diags) {
                    match p.scope {
                        Scope::Own => own.push(d),
                        Scope::Children => children.push(d),
                    }
                }
            }
            Err(e) => diags.push(Diagnostic::general(format!("chart `{}`: {e}", p.id))),
        }
    }
    (own, children)
}

fn sections<'a>(
    site: &'a Site,
    chosen: &[usize],
    ui: &Ui,
    diags: &mut Diagnostics,
) -> Vec<Section<'a>> {
    let set: HashSet<usize> = chosen.iter().copied().collect();
    let mode = site.config.booklet.stories;
    chosen
        .iter()
        .map(|&i| {
            let r = &site.regions[i];
            let ancestors = site.ancestors(i);
            let level = 1 + ancestors.iter().filter(|a| set.contains(a)).count();
            let header = ancestors
                .iter()
                .chain([&i])
                .map(|a| site.regions[*a].name.as_str())
                .collect::<Vec<_>>()
                .join(" › ");
            let mut lead = Vec::new();
            if let Some(f) = r.full_name.as_ref().filter(|f| **f != r.name) {
                lead.push(f.clone());
            }
            if let Some(l) = &r.level {
                lead.push(l.clone());
            }
            let (charts, child_charts) = planned(site, plan::region_charts(site, i), diags);
            let mut stories: Vec<&Story> = Vec::new();
            if mode != StoryMode::None {
                stories.extend(
                    site.stories
                        .iter()
                        .filter(|s| s.region == Some(i) && s.is_region_index()),
                );
                let mut others: Vec<&Story> = site
                    .stories
                    .iter()
                    .filter(|s| s.region == Some(i) && !s.is_region_index())
                    .collect();
                others.sort_by(|a, b| {
                    a.meta
                        .date
                        .cmp(&b.meta.date)
                        .then_with(|| a.meta.title.cmp(&b.meta.title))
                });
                stories.extend(others);
            }
            Section {
                region: i,
                level: level.min(6),
                header,
                lead: lead.join(" · "),
                figures: summary::region_figures(r),
                charts,
                rollup: summary::rollup_figures(site, i),
                child_charts,
                tables: tables::region_tables(r, ui)
                    .into_iter()
                    .map(|t| shorten(t, &r.id, site.config.language))
                    .collect(),
                stories,
                source: r.source.clone().unwrap_or_default(),
            }
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
        site.stories
            .iter()
            .chain(site.home.iter())
            .filter_map(|s| s.meta.date)
            .max()
    })
}

/// The most regions one booklet holds; more is a national site needing a choice.
pub const MAX_REGIONS: usize = 300;

/// Builds the booklet: the PDF when `pdf` is true (a `check` skips the export), and the HTML twin.
pub fn build(site: &Site, theme: &Theme, pdf: bool, diags: &mut Diagnostics) -> Option<Booklet> {
    let start = Instant::now();
    let chosen = selection(site, diags)?;
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
    let c = &site.config;
    let ui = ui(c);
    // The booklet's "source" and "stories" are the site's, reworded or not.
    let words = Words {
        source: ui.source,
        stories: ui.stories,
        ..document::words(c.language)
    };
    let secs = sections(site, &chosen, &ui, diags);
    let (overview, overview_charts) = if c.booklet.regions == RegionSelection::All {
        let (_, charts) = planned(site, plan::home_charts(site), diags);
        (summary::site_figures(site), charts)
    } else {
        (Vec::new(), Vec::new())
    };
    let home = match c.booklet.stories {
        StoryMode::None => None,
        _ if c.booklet.regions == RegionSelection::All => site.home.as_ref(),
        _ => None,
    };
    let date = cover_date(site);
    let mut files = Vec::new();
    let mut pages = 0;
    let mut pdf_bytes = 0;
    let contents = Contents {
        site,
        secs: &secs,
        overview: &overview,
        overview_charts: &overview_charts,
        home,
        date,
        words: &words,
        ui: &ui,
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
