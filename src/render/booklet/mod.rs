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
pub mod jianbao;
pub mod markup;
pub mod roles;
mod twin;
mod typeset;
mod word;
pub mod world;

pub use word::briefing_docx;

use twin::*;
use typeset::*;

use crate::compute::draw::DrawnChart;
use crate::compute::story::{Embed, ResolvedStory};
use crate::compute::summary::KeyFigure;
use crate::compute::table::DataTable;
use crate::compute::Resolved;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::model::briefing::{Form, Masthead};
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
    /// Size of the PDF in bytes (all volumes).
    pub pdf_bytes: usize,
    /// PDF files: 1, or the contents and each volume.
    pub volumes: usize,
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
    /// The news stories (of no region), oldest first.
    news: Vec<(&'a Story, Option<&'a ResolvedStory>)>,
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
    /// Its key figures (a chart of one figure is one of them: see `compute::page`).
    figures: Vec<KeyFigure>,
    /// True when the region has figures of its own (not only its sub-regions').
    own_figures: bool,
    /// Its charts.
    charts: Vec<&'a DrawnChart>,
    rollup: Vec<KeyFigure>,
    child_charts: Vec<&'a DrawnChart>,
    tables: Vec<DataTable>,
    /// Its stories, each with its body when resolved.
    stories: Vec<(&'a Story, Option<&'a ResolvedStory>)>,
    source: String,
}

impl Section<'_> {
    /// What the overview lists after the region's name: its first key figure
    /// (`：资金投入8231万元`), or nothing.
    fn first_figure(&self) -> String {
        self.figures
            .first()
            .map(|f| format!("：{}{}", f.label, f.value))
            .unwrap_or_default()
    }
}

/// The sections of `these` (regions among `chosen`, in the order given); a section's level
/// counts its ancestors among all `chosen`.
fn sections<'a>(resolved: &'a Resolved<'a>, chosen: &[usize], these: &[usize]) -> Vec<Section<'a>> {
    let site = resolved.site;
    let set: HashSet<usize> = chosen.iter().copied().collect();
    let mode = site.config.booklet.stories;
    these
        .iter()
        .filter_map(|&i| {
            let r = site.region(i);
            let page = resolved.region_page(i)?;
            let ancestors = site.ancestors(i);
            let level = level_among(&ancestors, &set);
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
                own_figures: !page.figures.is_empty(),
                figures: page.figures.clone(),
                charts: page.charts.iter().collect(),
                rollup: page.rollup.clone(),
                child_charts: page.child_charts.iter().collect(),
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

/// A section's heading level: 1 + the number of its `ancestors` also in the booklet.
fn level_among(ancestors: &[usize], chosen: &HashSet<usize>) -> usize {
    1 + ancestors.iter().filter(|a| chosen.contains(a)).count()
}

/// Stories in the booklet's order: oldest first, then by title.
fn oldest_first(site: &Site, stories: &mut [usize]) {
    stories.sort_by(|a, b| {
        let (a, b) = (&site.story(*a).meta, &site.story(*b).meta);
        a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title))
    });
}

/// Region `i`'s stories in booklet order (story indexes): its `index.md`, then the others
/// oldest first.
pub fn booklet_stories(site: &Site, i: usize) -> impl Iterator<Item = usize> + '_ {
    // Through the region's own list, so a page (and its briefing) depends on its stories only.
    let of_region = site.stories_in(Some(i));
    let index = of_region
        .iter()
        .copied()
        .filter(|k| site.story(*k).is_region_index());
    let mut others: Vec<usize> = of_region
        .iter()
        .copied()
        .filter(|k| !site.story(*k).is_region_index())
        .collect();
    oldest_first(site, &mut others);
    index.chain(others)
}

/// What the booklet shows, for the compute stage to resolve.
pub struct Wants {
    /// Its regions, in section order.
    pub regions: Vec<usize>,
    /// Whether it has the home page's overview and story (the whole site is chosen).
    pub overview: bool,
    /// The news stories it prints after the regions (story indexes, oldest first).
    pub news: Vec<usize>,
}

/// The most regions the booklet and the briefings are made for when `booklet:` does not
/// ask for them: typesetting costs ~0.1 s of CPU a region (measured on a 630-region
/// corpus), so a national site's first build would take minutes.
pub const DEFAULT_MAX_REGIONS: usize = 200;

/// The number of regions when the site is too large for the booklet and briefings to be
/// made unless `booklet:` asks for them.
pub fn too_large_by_default(site: &Site) -> Option<usize> {
    use crate::model::site_config::Briefings;
    let b = &site.config.booklet;
    let n = site.region_count();
    (n > DEFAULT_MAX_REGIONS && (!b.regions_written || b.briefings == Briefings::Auto)).then_some(n)
}

/// What the booklet shows (`None` when `booklet.regions` names a region the site lacks,
/// which `validate` reports, or when a large site did not ask for it).
pub fn needs(site: &Site) -> Option<Wants> {
    let regions = crate::compute::plan::booklet_regions(site)?;
    if !site.config.booklet.regions_written && regions.len() > DEFAULT_MAX_REGIONS {
        return None;
    }
    let overview = site.config.booklet.regions == RegionSelection::All;
    let mut news: Vec<usize> = if overview && site.config.booklet.stories != StoryMode::None {
        site.stories_in(None).to_vec()
    } else {
        Vec::new()
    };
    oldest_first(site, &mut news);
    Some(Wants {
        regions,
        overview,
        news,
    })
}

/// Whether region `i` gets a briefing of its own (`booklet.briefings`).
pub fn briefing_wanted(site: &Site, i: usize) -> bool {
    use crate::model::site_config::Briefings;
    let leaf = site.region(i).children.is_empty();
    match site.config.booklet.briefings {
        Briefings::Auto => site.region_count() <= DEFAULT_MAX_REGIONS,
        Briefings::All => true,
        Briefings::Leaves => leaf,
        Briefings::Parents => !leaf,
        Briefings::None => false,
    }
}

/// The cover's lines for the site's booklet (and its volumes, and a region's briefing,
/// dated `date`).
fn cover_of<'a>(
    site: &'a Site,
    subtitle: Option<&'a str>,
    date: Option<crate::model::story::Date>,
) -> (Cover<'a>, (i32, u8, u8)) {
    let c = &site.config;
    let cover = Cover {
        title: &c.title,
        subtitle: subtitle.or(c.subtitle.as_deref()),
        publisher: c.publisher.as_deref(),
        date: date_text(site, date),
        ymd: date.map(|d| (d.year, d.month as u8, d.day as u8)),
    };
    let ymd = cover.ymd.unwrap_or((2000, 1, 1));
    (cover, ymd)
}

/// Region `i`'s own briefing, `booklet/<id>.pdf`: a band naming the site and office, then
/// the region's section as the booklet prints it (figures, charts, tables, sources,
/// stories per `booklet.stories`).
pub fn briefing(
    resolved: &Resolved<'_>,
    fonts: &fonts::Fonts,
    i: usize,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let site = resolved.site;
    let ui = &resolved.ui;
    let words = document::words(ui, site.config.language);
    let w = Writer::new(site, ui, &words);
    let section = sections(resolved, &[i], &[i]).pop()?;
    let date = briefing_date(site, &section);
    let (cover, ymd) = cover_of(site, None, date);
    let form = site.config.booklet.form.briefings();
    let mut doc = w.doc(fonts, &cover, form);
    let mut files = Files::default();
    doc.main_matter();
    let masthead = w.masthead(Some(i), date);
    match form {
        Form::Report => doc.cover_band(words.briefing, &cover),
        Form::Jianbao => doc.masthead(&masthead),
    }
    w.section(&mut doc, &section, &mut files, diags);
    if form == Form::Jianbao {
        doc.tail(&masthead);
    }
    // Typst waits on rayon tasks that carry no recording's context: none this thread takes
    // meanwhile may note its reads as this page job's.
    let (bytes, _) =
        crate::model::reads::unrecorded(|| compile_pdf(doc, files, fonts, ymd, diags))?;
    Some(OutputFile {
        path: PathBuf::from(format!("booklet/{}.pdf", site.region(i).id)),
        bytes: bytes.into(),
    })
}

/// A briefing's date: `booklet.date`, else its own newest story's: a briefing depends on
/// its region's stories, not on every story of the site.
fn briefing_date(site: &Site, section: &Section<'_>) -> Option<crate::model::story::Date> {
    site.config.booklet.date.or_else(|| {
        section
            .stories
            .iter()
            .filter_map(|(s, _)| s.meta.date)
            .max()
    })
}

/// The section ranges of a booklet typeset in volumes (more regions than `booklet.volume`),
/// or `None` for a booklet in one PDF.
pub fn volume_plan(site: &Site, wants: &Wants) -> Option<Vec<std::ops::Range<usize>>> {
    let size = site.config.booklet.volume;
    if wants.regions.len() <= size {
        return None;
    }
    let set: HashSet<usize> = wants.regions.iter().copied().collect();
    let levels: Vec<usize> = wants
        .regions
        .iter()
        .map(|&i| level_among(&site.ancestors(i), &set))
        .collect();
    Some(volume_ranges(&levels, size))
}

/// A volume as the contents list it: file name, title, pages, bytes.
pub struct Listed {
    /// `volume-01.pdf`.
    pub name: String,
    /// `第1册：甘肃省 — 青海省`.
    pub title: String,
    /// Its pages.
    pub pages: usize,
    /// Its size.
    pub bytes: usize,
}

/// One volume of a booklet in volumes, typeset on its own.
pub struct Volume {
    /// `booklet/volume-01.pdf`.
    pub file: OutputFile,
    /// `第1册：甘肃省 — 青海省`.
    pub title: String,
    /// Its pages.
    pub pages: usize,
}

impl Volume {
    /// What the contents say of it.
    pub fn listed(&self) -> Listed {
        let name = self
            .file
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned());
        Listed {
            name: name.unwrap_or_default(),
            title: self.title.clone(),
            pages: self.pages,
            bytes: self.file.bytes.len(),
        }
    }
}

/// Volume `n` (from 1) of the booklet: the sections of `wants.regions[range]`, which the
/// resolved site holds. Typst's cache is emptied after it: no other volume reuses it.
pub fn volume(
    resolved: &Resolved<'_>,
    fonts: &fonts::Fonts,
    wants: &Wants,
    n: usize,
    range: std::ops::Range<usize>,
    diags: &mut Diagnostics,
) -> Option<Volume> {
    let site = resolved.site;
    let ui = &resolved.ui;
    let words = document::words(ui, site.config.language);
    let w = Writer::new(site, ui, &words);
    let secs = sections(resolved, &wants.regions, &wants.regions[range]);
    let name = words.volume.replace("{n}", &n.to_string());
    let span = match (secs.first(), secs.last()) {
        (Some(a), Some(b)) if a.region != b.region => format!(
            "{} — {}",
            site.region(a.region).name,
            site.region(b.region).name
        ),
        (Some(a), _) => site.region(a.region).name.clone(),
        _ => return None,
    };
    let title = format!("{name}：{span}");
    let (cover, ymd) = cover_of(site, Some(&title), cover_date(site));
    let form = site.config.booklet.form.booklet();
    let mut doc = w.doc(fonts, &cover, form);
    let mut files = Files::default();
    let masthead = w.masthead(None, cover_date(site));
    front_matter(&mut doc, &cover, words.contents, form, &masthead);
    for s in &secs {
        w.section(&mut doc, s, &mut files, diags);
    }
    if form == Form::Jianbao {
        doc.tail(&masthead);
    }
    let typeset = compile_pdf(doc, files, fonts, ymd, diags);
    typst::comemo::evict(0);
    let (bytes, pages) = typeset?;
    Some(Volume {
        file: OutputFile {
            path: PathBuf::from(format!("booklet/volume-{n:02}.pdf")),
            bytes: bytes.into(),
        },
        title,
        pages,
    })
}

/// Builds the booklet of `wants` from the resolved site (which holds what it asked): the
/// PDF when `fonts` are given (a `check` skips the export), and its HTML twin. For a
/// booklet in `volumes` (typeset already), `booklet.pdf` holds the cover, the overview,
/// the list of volumes and the news, and there is no twin: one page would hold a national
/// site.
pub fn build(
    resolved: &Resolved<'_>,
    theme: &Theme,
    wants: &Wants,
    fonts: Option<&fonts::Fonts>,
    volumes: Option<Vec<Listed>>,
    diags: &mut Diagnostics,
) -> Option<Booklet> {
    let start = Instant::now();
    let site = resolved.site;
    let c = &site.config;
    let ui = &resolved.ui;
    let words = document::words(ui, c.language);
    let secs = match volumes {
        Some(_) => Vec::new(),
        None => sections(resolved, &wants.regions, &wants.regions),
    };
    let volumes = volumes.as_deref();
    let (overview, overview_charts) = match resolved.home_page().filter(|_| wants.overview) {
        Some(h) => (&h.figures[..], &h.charts[..]),
        None => (&[][..], &[][..]),
    };
    let home = match c.booklet.stories {
        StoryMode::None => None,
        _ if wants.overview => site.home.as_ref().zip(resolved.home_story()),
        _ => None,
    };
    let news = wants
        .news
        .iter()
        .map(|&k| (site.story(k), resolved.story(k)))
        .collect();
    let contents = Contents {
        site,
        secs: &secs,
        overview,
        overview_charts,
        home,
        news,
        date: cover_date(site),
        words: &words,
        ui,
    };
    let w = Writer::new(site, ui, &words);
    let mut stats = Stats {
        pages: 0,
        pdf_bytes: 0,
        volumes: 0,
        elapsed: Duration::ZERO,
    };
    let mut files = Vec::new();
    if let Some(fonts) = fonts {
        if let Some((bytes, n)) = whole(&w, &contents, volumes.unwrap_or(&[]), fonts, diags) {
            stats.pages += n;
            stats.pdf_bytes += bytes.len();
            stats.volumes += 1;
            files.push(OutputFile {
                path: PathBuf::from("booklet/booklet.pdf"),
                bytes: bytes.into(),
            });
        }
        // Its Word file, beside it (not for a booklet in volumes: that is a national site).
        if volumes.is_none() {
            files.extend(word::booklet_docx(&contents, diags));
        }
        for v in volumes.unwrap_or(&[]) {
            stats.pages += v.pages;
            stats.pdf_bytes += v.bytes;
            stats.volumes += 1;
        }
    }
    if volumes.is_none() {
        if let Some(html) = twin(&contents, theme, diags) {
            files.push(html);
        }
    }
    stats.elapsed = start.elapsed();
    Some(Booklet { files, stats })
}

/// `booklet.pdf`: cover, contents, overview, then the regions, or the list of the volumes
/// that hold them, then the news.
fn whole(
    w: &Writer<'_>,
    contents: &Contents<'_>,
    volumes: &[Listed],
    fonts: &fonts::Fonts,
    diags: &mut Diagnostics,
) -> Option<(Vec<u8>, usize)> {
    let (cover, ymd) = cover_of(contents.site, None, contents.date);
    let form = contents.site.config.booklet.form.booklet();
    let mut doc = w.doc(fonts, &cover, form);
    let mut files = Files::default();
    let masthead = w.masthead(None, contents.date);
    front_matter(&mut doc, &cover, w.words.contents, form, &masthead);
    w.overview(&mut doc, contents, &mut files, diags);
    if volumes.is_empty() {
        w.region_list(&mut doc, contents.secs);
        for s in contents.secs {
            w.section(&mut doc, s, &mut files, diags);
        }
    } else {
        doc.volumes(w.words.volumes, volumes, w.words.page);
    }
    w.news(&mut doc, &contents.news, &mut files, diags);
    if form == Form::Jianbao {
        doc.tail(&masthead);
    }
    let typeset = compile_pdf(doc, files, fonts, ymd, diags);
    typst::comemo::evict(0);
    typeset
}

/// What comes before a booklet's first section: a report's cover and contents, or a
/// 简报's 报头 on its first page.
fn front_matter(doc: &mut Doc, cover: &Cover<'_>, contents: &str, form: Form, m: &Masthead) {
    match form {
        Form::Report => {
            doc.cover(cover);
            doc.outline(contents);
            doc.main_matter();
        }
        Form::Jianbao => {
            doc.main_matter();
            doc.masthead(m);
        }
    }
}

/// Sections (by level) split into volumes of at most `size`, each a run of whole
/// top-level chapters where they fit.
fn volume_ranges(levels: &[usize], size: usize) -> Vec<std::ops::Range<usize>> {
    let mut chapters: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, level) in levels.iter().enumerate() {
        match chapters.last_mut() {
            Some(c) if *level > 1 && c.len() < size => c.end = k + 1,
            _ => chapters.push(k..k + 1),
        }
    }
    let mut volumes: Vec<std::ops::Range<usize>> = Vec::new();
    for c in chapters {
        match volumes.last_mut() {
            Some(v) if v.len() + c.len() <= size => v.end = c.end,
            _ => volumes.push(c),
        }
    }
    volumes
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

#[cfg(test)]
mod tests {
    use super::volume_ranges;

    #[test]
    fn volumes_hold_whole_chapters_where_they_fit() {
        // Two provinces of 3 and 2 sections, then one of 6: volumes of at most 5.
        let levels = [1, 2, 3, 1, 2, 1, 2, 3, 3, 3, 3];
        assert_eq!(volume_ranges(&levels, 5), vec![0..5, 5..10, 10..11]);
        // A flat site: chapters of one, packed.
        assert_eq!(volume_ranges(&[1; 7], 3), vec![0..3, 3..6, 6..7]);
        assert_eq!(volume_ranges(&[1, 2], 150), vec![0..2]);
    }
}
