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
pub mod world;

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
use crate::render::theme::Theme;
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
    let ui = ui(c.language);
    let words = document::words(c.language);
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
    if pdf {
        let fonts = fonts::load(&site.root, &c.theme, diags);
        if let Some((bytes, n)) = typeset(
            site,
            &secs,
            &overview,
            &overview_charts,
            home,
            date,
            &words,
            &ui,
            &fonts,
            diags,
        ) {
            pages = n;
            pdf_bytes = bytes.len();
            files.push(OutputFile {
                path: PathBuf::from("booklet/booklet.pdf"),
                bytes,
            });
        }
    }
    if let Some(html) = twin(
        site,
        theme,
        &secs,
        &overview,
        &overview_charts,
        home,
        date,
        &words,
        &ui,
        diags,
    ) {
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

/// Typesets the PDF; returns its bytes and page count, or reports why not.
#[allow(clippy::too_many_arguments)]
fn typeset(
    site: &Site,
    secs: &[Section<'_>],
    overview: &[KeyFigure],
    overview_charts: &[Drawn],
    home: Option<&Story>,
    date: Option<crate::model::story::Date>,
    words: &Words,
    ui: &Ui,
    fonts: &fonts::Fonts,
    diags: &mut Diagnostics,
) -> Option<(Vec<u8>, usize)> {
    let c = &site.config;
    let cols = match c.booklet.paper {
        crate::model::site_config::Paper::A4 => 3,
        crate::model::site_config::Paper::A5 => 2,
    };
    let cover = Cover {
        title: &c.title,
        subtitle: c.subtitle.as_deref(),
        publisher: c.publisher.as_deref(),
        date: date_text(site, date),
        ymd: date.map(|d| (d.year, d.month as u8, d.day as u8)),
    };
    let mut doc = Doc::new(&c.booklet, &fonts.families, words, &cover, &c.title);
    let mut vfiles: Vec<(String, Vec<u8>)> = Vec::new();
    let add_svg = |d: &Drawn, vfiles: &mut Vec<(String, Vec<u8>)>| -> String {
        let path = format!("charts/{}.svg", d.stem);
        if !vfiles.iter().any(|(p, _)| *p == path) {
            vfiles.push((path.clone(), d.svg.clone().into_bytes()));
        }
        path
    };

    // Overview.
    doc.section(1, words.overview, true, words.overview);
    if !overview.is_empty() {
        doc.part(ui.key_figures);
        doc.figures(overview, cols);
    }
    for d in overview_charts {
        let p = add_svg(d, &mut vfiles);
        doc.chart(&p, &d.built.spec.title);
    }
    if let Some(h) = home {
        let body = story_typst(site, h, "bk-home", &mut doc, &mut vfiles, cols, diags);
        doc.raw(&format!("\n#block[\n{body}\n]\n"));
    }
    doc.part(words.sections);
    let list: Vec<String> = secs
        .iter()
        .map(|s| {
            let r = &site.regions[s.region];
            let first = s
                .figures
                .first()
                .map(|f| format!("：{}{}", f.label, f.value))
                .unwrap_or_default();
            let indent = "  ".repeat(s.level - 1);
            format!("{indent}- {}", doc.t(&format!("{}{first}", r.name)))
        })
        .collect();
    doc.raw(&format!("\n{}\n", list.join("\n")));

    for s in secs {
        let r = &site.regions[s.region];
        // Top-level regions and regions with figures of their own open a page; a
        // prefecture that only sums up its counties runs on after its province.
        let new_page = s.level == 1 || !s.figures.is_empty() || !s.charts.is_empty();
        doc.section(s.level, &r.name, new_page, &s.header);
        if !s.lead.is_empty() {
            doc.lead(&s.lead);
        }
        if !s.figures.is_empty() {
            doc.part(ui.key_figures);
            doc.figures(&s.figures, cols);
        }
        if !s.charts.is_empty() {
            doc.part(ui.charts);
            for d in &s.charts {
                let p = add_svg(d, &mut vfiles);
                doc.chart(&p, &d.built.spec.title);
            }
        }
        if !s.rollup.is_empty() || !s.child_charts.is_empty() {
            doc.part(ui.rollup);
            doc.note(if s.figures.is_empty() {
                ui.rollup_note
            } else {
                ui.rollup_note_mixed
            });
            doc.figures(&s.rollup, cols);
            for d in &s.child_charts {
                let p = add_svg(d, &mut vfiles);
                doc.chart(&p, &d.built.spec.title);
            }
        }
        if !s.tables.is_empty() {
            doc.part(ui.tables);
            for t in &s.tables {
                doc.table(t);
            }
        }
        if !s.stories.is_empty() {
            doc.part(words.stories);
            for st in &s.stories {
                let meta = story_meta(st, words);
                let body = match c.booklet.stories {
                    StoryMode::Full if st.body.len() <= MAX_STORY_BYTES => {
                        let prefix = format!("bk-{}-{}", r.id, st.slug);
                        story_typst(site, st, &prefix, &mut doc, &mut vfiles, cols, diags)
                    }
                    StoryMode::Full => {
                        let mut d = Diagnostic::file_error(
                            &st.file.path,
                            format!(
                                "this story is {} KB long: the booklet prints only its title and summary",
                                st.body.len() / 1024
                            ),
                        )
                        .hint("a briefing booklet holds stories of up to 200 KB; split the story or shorten it");
                        d.severity = Severity::Warning;
                        diags.push(d);
                        st.meta
                            .summary
                            .as_deref()
                            .map(|x| doc.t(x))
                            .unwrap_or_default()
                    }
                    _ => st
                        .meta
                        .summary
                        .as_deref()
                        .map(|x| doc.t(x))
                        .unwrap_or_default(),
                };
                doc.story(&st.meta.title, &meta, &body);
            }
        }
        if !s.source.is_empty() {
            doc.note(&format!("{}：{}", words.source, s.source));
        }
    }
    let (source, text) = doc.finish();

    let missing = fonts.missing(&text);
    if !missing.is_empty() {
        let shown: String = missing
            .iter()
            .take(40)
            .map(|c| format!("{c} (U+{:04X}) ", u32::from(*c)))
            .collect();
        let mut d = Diagnostic::general(format!(
            "the booklet needs {} character(s) that no available font has; they will print as empty boxes: {}",
            missing.len(),
            shown.trim_end()
        ))
        .hint("put a font that has them (.ttf, .otf or .ttc) in the site's fonts/ folder");
        d.severity = Severity::Warning;
        diags.push(d);
    }

    let ymd = date
        .map(|d| (d.year, d.month as u8, d.day as u8))
        .unwrap_or((2000, 1, 1));
    let Some(world) = world::BookletWorld::new(source, vfiles, fonts.faces.clone(), ymd) else {
        diags.push(Diagnostic::general(
            "the booklet could not be set up: a chart file name is not a valid path",
        ));
        return None;
    };
    let warned = typst::compile::<typst_layout::PagedDocument>(&world);
    for w in &warned.warnings {
        let mut d = Diagnostic::general(format!("booklet: {}", w.message));
        d.severity = Severity::Warning;
        diags.push(d);
    }
    let document = match warned.output {
        Ok(doc) => doc,
        Err(errors) => {
            for e in errors.iter() {
                let at = typst::WorldExt::range(&world, e.span)
                    .and_then(|r| {
                        let text = world.source_text();
                        let line = text[..r.start.min(text.len())].matches('\n').count() + 1;
                        let snippet: String = text.get(r.clone())?.chars().take(80).collect();
                        Some(format!(" (generated line {line}: `{snippet}`)"))
                    })
                    .unwrap_or_default();
                diags.push(
                    Diagnostic::general(format!("the booklet could not be typeset: {}{at}", e.message))
                        .hint("this is a bug in xiaokang's booklet stage; please report it with the site that causes it"),
                );
            }
            return None;
        }
    };
    let pages = document.pages().len();
    match typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()) {
        Ok(bytes) => Some((bytes, pages)),
        Err(errors) => {
            for e in errors.iter() {
                diags.push(Diagnostic::general(format!(
                    "the booklet PDF could not be written: {}",
                    e.message
                )));
            }
            None
        }
    }
}

fn story_meta(s: &Story, words: &Words) -> String {
    let mut parts = Vec::new();
    if let Some(d) = s.meta.date {
        parts.push(d.to_string());
    }
    if let Some(src) = &s.meta.source {
        parts.push(format!("{}：{src}", words.source));
    }
    if let Some(a) = &s.meta.author {
        parts.push(a.clone());
    }
    parts.join(" · ")
}

/// A story body as Typst markup; its chart blocks become vector charts, its figure blocks cards.
fn story_typst(
    site: &Site,
    s: &Story,
    prefix: &str,
    doc: &mut Doc,
    vfiles: &mut Vec<(String, Vec<u8>)>,
    cols: usize,
    diags: &mut Diagnostics,
) -> String {
    let mut embeds: Vec<String> = Vec::new();
    let mut chart_diags = Diagnostics::new();
    let folder = s
        .region
        .map(|r| site.regions[r].id.clone())
        .unwrap_or_else(|| "news".into());
    let mut count = 0;
    let events = {
        let mut place = |e: Embed<'_>| -> String {
            let markup = match e {
                Embed::Chart(c) => {
                    count += 1;
                    let stem = format!("{folder}/{}-{count}", s.slug);
                    match draw(c.clone(), stem, &mut chart_diags) {
                        Some(d) => {
                            let path = format!("charts/{}.svg", d.stem);
                            vfiles.push((path.clone(), d.svg.into_bytes()));
                            doc.chart_markup(&path, &d.built.spec.title)
                        }
                        None => String::new(),
                    }
                }
                Embed::Figures { title, figures } => doc.figures_markup(&title, &figures, cols),
            };
            embeds.push(markup);
            markup::embed_placeholder(embeds.len() - 1)
        };
        markdown::events(site, s, prefix, false, &mut place, diags)
    };
    diags.extend(chart_diags);
    let content = site.root.join("content");
    let mut images = |url: &str| -> Option<String> {
        let clean = url
            .trim_start_matches('/')
            .trim_start_matches("../")
            .trim_start_matches("./");
        let ext = std::path::Path::new(clean)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
        if !matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "gif" | "svg") || clean.contains("..") {
            return None;
        }
        let found = [content.join(clean), content.join("static").join(clean)]
            .into_iter()
            .find(|p| p.is_file())?;
        let bytes = std::fs::read(&found).ok()?;
        // Only an image that is what its name says goes in; anything else would stop the
        // typesetting. The web page still links it; the booklet prints the alt text.
        let ok = match ext.as_str() {
            "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "jpg" | "jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            "gif" => bytes.starts_with(b"GIF8"),
            _ => std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")),
        };
        if !ok {
            let shown = found.strip_prefix(&site.root).unwrap_or(&found);
            let mut d = Diagnostic::file_error(
                shown,
                format!(
                    "this image is not a {ext} file; the booklet prints its description instead"
                ),
            )
            .hint("save the image again in the format its name says (PNG, JPEG, GIF or SVG)");
            d.severity = Severity::Warning;
            diags.push(d);
            return None;
        }
        let path = format!("images/{}", clean.trim_start_matches("static/"));
        vfiles.push((path.clone(), bytes));
        Some(path)
    };
    markup::story_markup(&events, &embeds, &mut images, &mut doc.text)
}

#[derive(Serialize)]
struct TwinSection {
    anchor: String,
    level: usize,
    name: String,
    header: String,
    lead: String,
    figures: Vec<KeyFigure>,
    charts: Vec<ChartView>,
    rollup: Vec<KeyFigure>,
    rollup_note: String,
    child_charts: Vec<ChartView>,
    tables: Vec<DataTable>,
    stories: Vec<StoryView>,
    source: String,
}

#[derive(Serialize)]
struct TwinView {
    title: String,
    subtitle: String,
    publisher: String,
    date: String,
    contents: &'static str,
    overview: &'static str,
    stories: &'static str,
    source: &'static str,
    figures: Vec<KeyFigure>,
    charts: Vec<ChartView>,
    story: Option<StoryView>,
    sections: Vec<TwinSection>,
}

fn chart_view(site: &Site, d: &Drawn) -> ChartView {
    ChartView {
        id: format!("bk-{}", d.built.spec.id),
        title: d.built.spec.title.clone(),
        svg: d.svg.clone(),
        table: d.built.table.clone(),
        svg_url: format!("charts/{}.svg", d.stem),
        csv_url: format!("charts/{}.csv", d.stem),
        png_url: if site.config.chart_png {
            format!("charts/{}.png", d.stem)
        } else {
            String::new()
        },
    }
}

/// The HTML twin: one page, same content, the theme's print stylesheet.
#[allow(clippy::too_many_arguments)]
fn twin(
    site: &Site,
    theme: &Theme,
    secs: &[Section<'_>],
    overview: &[KeyFigure],
    overview_charts: &[Drawn],
    home: Option<&Story>,
    date: Option<crate::model::story::Date>,
    words: &Words,
    ui: &Ui,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let c = &site.config;
    let story_view = |s: &Story, prefix: &str, diags: &mut Diagnostics| -> StoryView {
        let html = if c.booklet.stories == StoryMode::Full {
            story_html(site, theme, s, prefix, ui, diags)
        } else {
            String::new()
        };
        StoryView {
            title: s.meta.title.clone(),
            date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
            summary: s.meta.summary.clone().unwrap_or_default(),
            source: s.meta.source.clone().unwrap_or_default(),
            author: s.meta.author.clone().unwrap_or_default(),
            tags: s.meta.tags.clone(),
            html,
        }
    };
    let view = TwinView {
        title: c.title.clone(),
        subtitle: c.subtitle.clone().unwrap_or_default(),
        publisher: c.publisher.clone().unwrap_or_default(),
        date: date_text(site, date).unwrap_or_default(),
        contents: words.contents,
        overview: words.overview,
        stories: words.stories,
        source: words.source,
        figures: overview.to_vec(),
        charts: overview_charts
            .iter()
            .map(|d| chart_view(site, d))
            .collect(),
        story: home.map(|h| story_view(h, "bk-home", diags)),
        sections: secs
            .iter()
            .map(|s| {
                let r = &site.regions[s.region];
                TwinSection {
                    anchor: format!("region-{}", r.id),
                    level: s.level,
                    name: r.name.clone(),
                    header: s.header.clone(),
                    lead: s.lead.clone(),
                    figures: s.figures.clone(),
                    charts: s.charts.iter().map(|d| chart_view(site, d)).collect(),
                    rollup: s.rollup.clone(),
                    rollup_note: if s.figures.is_empty() {
                        ui.rollup_note
                    } else {
                        ui.rollup_note_mixed
                    }
                    .into(),
                    child_charts: s.child_charts.iter().map(|d| chart_view(site, d)).collect(),
                    tables: s.tables.clone(),
                    stories: s
                        .stories
                        .iter()
                        .map(|st| story_view(st, &format!("bk-{}-{}", r.id, st.slug), diags))
                        .collect(),
                    source: s.source.clone(),
                }
            })
            .collect(),
    };
    let mut ctx = Context::new();
    ctx.insert("booklet", &view);
    ctx.insert(
        "site",
        &SiteView {
            title: c.title.clone(),
            subtitle: c.subtitle.clone().unwrap_or_default(),
            lang: c.language.tag(),
            publisher: c.publisher.clone().unwrap_or_default(),
        },
    );
    ctx.insert("t", ui);
    ctx.insert("root", "../");
    match theme.tera.render("booklet.html", &ctx) {
        Ok(html) => Some(OutputFile {
            path: PathBuf::from("booklet/index.html"),
            bytes: html.into_bytes(),
        }),
        Err(e) => {
            diags.push(
                Diagnostic::general(format!("template `booklet.html` failed:\n{e}"))
                    .hint("check the template for a variable or filter it does not have"),
            );
            None
        }
    }
}

/// A story body as HTML for the twin, its charts through the theme's `chart_figure` component.
fn story_html(
    site: &Site,
    theme: &Theme,
    s: &Story,
    prefix: &str,
    ui: &Ui,
    diags: &mut Diagnostics,
) -> String {
    let folder = s
        .region
        .map(|r| site.regions[r].id.clone())
        .unwrap_or_else(|| "news".into());
    let mut count = 0;
    let mut inner = Diagnostics::new();
    let mut place = |e: Embed<'_>| -> String {
        let mut ctx = Context::new();
        ctx.insert("t", ui);
        ctx.insert("root", "../");
        let snippet = match e {
            Embed::Chart(c) => {
                count += 1;
                let stem = format!("{folder}/{}-{count}", s.slug);
                let Some(d) = draw(c.clone(), stem, &mut inner) else {
                    return String::new();
                };
                ctx.insert("chart", &chart_view(site, &d));
                "{{ <chart_figure chart={chart} t={t} root={root} /> }}"
            }
            Embed::Figures { title, figures } => {
                ctx.insert("title", &title);
                ctx.insert("figures", &figures);
                "{{ <figures_block title={title} figures={figures} /> }}"
            }
        };
        match theme.tera.render_str(snippet, &ctx, true) {
            Ok(h) => h,
            Err(e) => {
                inner.push(Diagnostic::general(format!(
                    "a booklet component failed: {e}"
                )));
                String::new()
            }
        }
    };
    let mut story_diags = Diagnostics::new();
    let html = markdown::render(site, s, prefix, true, &mut place, &mut story_diags);
    // The PDF pass already reported the story's own findings.
    let _ = story_diags;
    diags.extend(inner);
    html
}
