//! The booklet's HTML twin: one page with the same content, for printing from a browser.

use super::*;
use crate::messages::catalog::output;

#[derive(Serialize)]
pub(super) struct TwinSection {
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
pub(super) struct TwinView<'a> {
    title: String,
    subtitle: String,
    publisher: String,
    date: String,
    contents: &'a str,
    overview: &'a str,
    news_title: &'a str,
    news: Vec<StoryView>,
    stories: &'a str,
    source: &'a str,
    figures: Vec<KeyFigure>,
    charts: Vec<ChartView>,
    story: Option<StoryView>,
    sections: Vec<TwinSection>,
}

pub(super) fn chart_view(site: &Site, d: &DrawnChart) -> ChartView {
    ChartView {
        id: format!("bk-{}", d.id),
        title: d.title.clone(),
        svg: d.svg.clone(),
        table: d.table.clone(),
        svg_url: format!("charts/{}.svg", d.stem),
        csv_url: format!("charts/{}.csv", d.stem),
        // Only `png: all` makes every chart's PNG.
        png_url: if site.config.chart_png == crate::model::site_config::ChartPng::All {
            format!("charts/{}.png", d.stem)
        } else {
            String::new()
        },
    }
}

/// The HTML twin: one page, same content, the theme's print stylesheet.
pub(super) fn twin(
    contents: &Contents<'_>,
    theme: &Theme,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let Contents {
        site,
        secs,
        overview,
        overview_charts,
        home,
        ref news,
        date,
        words,
        ui,
    } = *contents;
    let c = &site.config;
    let story_view = |s: &Story, body: Option<&ResolvedStory>, diags: &mut Diagnostics| {
        let html = match body {
            Some(b) if c.booklet.stories == StoryMode::Full => {
                story_html(site, theme, s, b, ui, diags)
            }
            _ => String::new(),
        };
        crate::render::pages::story_view(s, html)
    };
    let view = TwinView {
        title: c.title.clone(),
        subtitle: c.subtitle.clone().unwrap_or_default(),
        publisher: c.publisher.clone().unwrap_or_default(),
        date: date_text(site, date).unwrap_or_default(),
        contents: words.contents,
        overview: words.overview,
        news_title: words.news,
        news: news
            .iter()
            .map(|(st, body)| story_view(st, *body, diags))
            .collect(),
        stories: words.stories,
        source: words.source,
        figures: overview.to_vec(),
        charts: overview_charts
            .iter()
            .map(|d| chart_view(site, d))
            .collect(),
        story: home.map(|(h, body)| story_view(h, Some(body), diags)),
        sections: secs
            .iter()
            .map(|s| {
                let r = site.region(s.region);
                TwinSection {
                    anchor: format!("region-{}", r.id),
                    level: s.level,
                    name: r.name.clone(),
                    header: s.header.clone(),
                    lead: s.lead.clone(),
                    figures: s.figures.to_vec(),
                    charts: s.charts.iter().map(|d| chart_view(site, d)).collect(),
                    rollup: s.rollup.to_vec(),
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
                        .map(|(st, body)| story_view(st, *body, diags))
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
            all_xlsx_url: crate::render::workbook::XLSX_PATH,
            all_csv_url: crate::render::workbook::CSV_PATH,
            // A page of the site like any other: a government site's identity too.
            gov: crate::render::pages::gov_view(c),
        },
    );
    let meta = crate::render::pages::booklet_meta_tags(c, &view.title);
    ctx.insert("gov_meta", &meta);
    ctx.insert("t", ui);
    ctx.insert("root", "../");
    match theme.tera.render("booklet.html", &ctx) {
        Ok(html) => Some(OutputFile {
            path: PathBuf::from("booklet/index.html"),
            bytes: html.into_bytes().into(),
        }),
        Err(e) => {
            diags.push(
                Diagnostic::general(output::template_failed("booklet.html", e.to_string()))
                    .hint(output::template_failed_hint()),
            );
            None
        }
    }
}

/// A story body as HTML for the twin, its charts through the theme's `chart_figure` component.
pub(super) fn story_html(
    site: &Site,
    theme: &Theme,
    story: &Story,
    body: &ResolvedStory,
    ui: &Ui,
    diags: &mut Diagnostics,
) -> String {
    let mut place = |e: &Embed| -> String {
        let html = match e {
            Embed::Chart(c) => theme.block_html(Block::Chart(&chart_view(site, c)), ui, "../"),
            Embed::Figures { title, figures } => {
                theme.block_html(Block::Figures { title, figures }, ui, "../")
            }
        };
        html.unwrap_or_else(|e| {
            diags.push(Diagnostic::general(output::booklet_component_failed(
                e.to_string(),
            )));
            String::new()
        })
    };
    // Relative links were written from the story's own page; the twin is `booklet/index.html`.
    let rebase =
        |url: &str| crate::compute::story::links::rebased(site, story, url, "booklet/index.html");
    crate::render::story_html::html(
        body,
        true,
        (!site.config.unsafe_html).then_some(&site.config.image_hosts[..]),
        Some(&rebase),
        // On paper a link says nothing of where it goes.
        None,
        &mut place,
    )
}
