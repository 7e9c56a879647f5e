//! Every page of the site, rendered in parallel from the model. Pure: model in, bytes out.

use super::context::{ChartView, Link, RegionNode, RegionView, SiteView, StoryItem, StoryView};
use super::i18n::{ui, Ui};
use super::markdown::{self, Embed};
use super::theme::Theme;
use super::{open_data, tables, OutputFile};
use crate::chart;
use crate::compute::charts::{self, BuiltChart};
use crate::compute::plan::{self, PlannedChart, Scope};
use crate::compute::summary;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Site, Story};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use tera::Context;

/// Shared inputs of every page.
struct Env<'a> {
    site: &'a Site,
    theme: &'a Theme,
    view: SiteView,
    ui: Ui,
    nav: Vec<Link>,
}

/// Renders every page, chart file and data file.
pub fn render_all(site: &Site, theme: &Theme, diags: &mut Diagnostics) -> Vec<OutputFile> {
    let r = render_parts(site, theme, None, diags);
    let mut files = r.fresh;
    files.extend(r.reused);
    files.extend(r.site_wide);
    files
}

/// Names a rendering job the same way across rebuilds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JobKey {
    /// The home page.
    Home,
    /// The news list.
    NewsList,
    /// 404.html.
    NotFound,
    /// A region page, by region id.
    Region(String),
    /// A story page, by its Markdown file.
    Story(PathBuf),
}

/// One job of a build: which source files it read and which files it wrote.
#[derive(Debug, Clone)]
pub struct Part {
    /// The job.
    pub key: JobKey,
    /// Source files (relative to the site root) whose content the job's pages show.
    pub inputs: BTreeSet<PathBuf>,
    /// Files it wrote (chart PNGs, made later, sit beside their SVGs).
    pub outputs: Vec<PathBuf>,
}

/// A previous build whose unchanged jobs are taken as they are.
pub struct Reuse<'a> {
    /// Source files changed since (relative to the site root).
    pub changed: &'a BTreeSet<PathBuf>,
    /// The previous build's jobs.
    pub parts: &'a [Part],
    /// The previous build's files, by path.
    pub files: &'a HashMap<PathBuf, OutputFile>,
}

/// What [`render_parts`] made.
pub struct Rendered {
    /// Files of the jobs rendered now (chart PNGs still to be made).
    pub fresh: Vec<OutputFile>,
    /// Files of unchanged jobs, taken from the previous build (PNGs included).
    pub reused: Vec<OutputFile>,
    /// Files made from the whole site every time: search index, feed, sitemap, theme files.
    pub site_wide: Vec<OutputFile>,
    /// Every job, in order.
    pub parts: Vec<Part>,
    /// Number of jobs rendered now.
    pub rendered_jobs: usize,
}

/// Renders every job, or with `reuse` only the jobs that read a changed file (or are new),
/// taking the others' files from the previous build. Site-wide files are always made.
pub fn render_parts(
    site: &Site,
    theme: &Theme,
    reuse: Option<&Reuse<'_>>,
    diags: &mut Diagnostics,
) -> Rendered {
    let c = &site.config;
    let ui = ui(c.language);
    let mut nav = vec![Link {
        title: ui.home.into(),
        url: "index.html".into(),
    }];
    nav.extend(site.roots().map(|i| Link {
        title: site.regions[i].name.clone(),
        url: region_url(site, i),
    }));
    if site.stories.iter().any(|s| s.region.is_none()) {
        nav.push(Link {
            title: ui.news.into(),
            url: "news/index.html".into(),
        });
    }
    let env = Env {
        site,
        theme,
        view: SiteView {
            title: c.title.clone(),
            subtitle: c.subtitle.clone().unwrap_or_default(),
            lang: c.language.tag(),
            publisher: c.publisher.clone().unwrap_or_default(),
        },
        ui,
        nav,
    };

    // Each job renders into its own files and findings; merged in a fixed order for determinism.
    let mut jobs: Vec<Job> = vec![Job::Home, Job::NewsList, Job::NotFound];
    jobs.extend((0..site.regions.len()).map(Job::Region));
    jobs.extend(
        site.stories
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_region_index())
            .map(|(i, _)| Job::Story(i)),
    );
    let keyed: Vec<(JobKey, BTreeSet<PathBuf>)> =
        jobs.iter().map(|j| (j.key(site), j.inputs(site))).collect();
    // A job is reused when the previous build had it with the same inputs, none changed.
    let reusable: Vec<Option<Vec<OutputFile>>> = keyed
        .iter()
        .map(|(key, inputs)| {
            let r = reuse?;
            let prev = r.parts.iter().find(|p| p.key == *key)?;
            if prev.inputs != *inputs || inputs.iter().any(|i| r.changed.contains(i)) {
                return None;
            }
            let mut out = Vec::new();
            for o in &prev.outputs {
                out.push(r.files.get(o)?.clone());
                if o.starts_with("charts") && o.extension().is_some_and(|x| x == "svg") {
                    if let Some(png) = r.files.get(&o.with_extension("png")) {
                        out.push(png.clone());
                    }
                }
            }
            Some(out)
        })
        .collect();
    let results: Vec<(Vec<OutputFile>, Diagnostics)> = jobs
        .par_iter()
        .zip(reusable.par_iter())
        .map(|(job, old)| {
            let mut d = Diagnostics::new();
            let files = match old {
                Some(_) => Vec::new(),
                None => job.run(&env, &mut d),
            };
            (files, d)
        })
        .collect();
    let mut out = Rendered {
        fresh: Vec::new(),
        reused: Vec::new(),
        site_wide: Vec::new(),
        parts: Vec::new(),
        rendered_jobs: 0,
    };
    for (((key, inputs), (f, d)), old) in keyed.into_iter().zip(results).zip(reusable) {
        let outputs = match old {
            Some(files) => {
                let outputs = files
                    .iter()
                    .filter(|f| f.path.extension().is_none_or(|x| x != "png"))
                    .map(|f| f.path.clone())
                    .collect();
                out.reused.extend(files);
                outputs
            }
            None => {
                out.rendered_jobs += 1;
                let outputs = f.iter().map(|f| f.path.clone()).collect();
                out.fresh.extend(f);
                outputs
            }
        };
        diags.extend(d);
        out.parts.push(Part {
            key,
            inputs,
            outputs,
        });
    }
    // Site-wide files read every page, so they are made from the whole site each time.
    let pages: Vec<&OutputFile> = out.fresh.iter().chain(out.reused.iter()).collect();
    out.site_wide.extend(search_page(&env, &pages, diags));
    out.site_wide
        .extend(super::feeds::files(site, &pages, diags));
    for (path, bytes) in &theme.static_files {
        out.site_wide.push(OutputFile {
            path: PathBuf::from("static").join(path),
            bytes: bytes.clone(),
        });
    }
    out
}

/// The search page and its index (`search/index.js`), made from the rendered pages.
fn search_page(env: &Env<'_>, pages: &[&OutputFile], d: &mut Diagnostics) -> Vec<OutputFile> {
    let index = super::search::build(env.site, pages);
    let mut ctx = Context::new();
    ctx.insert("entries", &index.entries);
    ctx.insert("description", env.ui.search);
    let mut files: Vec<OutputFile> = page(
        env,
        "search.html",
        "search/index.html",
        env.ui.search,
        ctx,
        d,
    )
    .into_iter()
    .collect();
    files.push(OutputFile {
        path: PathBuf::from(super::search::INDEX_PATH),
        bytes: index.js.into_bytes(),
    });
    files
}

enum Job {
    Home,
    NewsList,
    NotFound,
    Region(usize),
    Story(usize),
}

impl Job {
    fn key(&self, site: &Site) -> JobKey {
        match self {
            Job::Home => JobKey::Home,
            Job::NewsList => JobKey::NewsList,
            Job::NotFound => JobKey::NotFound,
            Job::Region(i) => JobKey::Region(site.regions[*i].id.clone()),
            Job::Story(i) => JobKey::Story(site.stories[*i].file.path.clone()),
        }
    }

    /// The source files whose content this job's pages show. Every page's navigation
    /// names the top-level regions; a region page shows its ancestors (breadcrumbs), its
    /// sub-regions (roll-ups, comparisons) and its stories; a story shows its region and
    /// any region whose id its text names (`{{ id:path }}`, `regions: [id]`).
    fn inputs(&self, site: &Site) -> BTreeSet<PathBuf> {
        let mut set: BTreeSet<PathBuf> = site
            .roots()
            .map(|i| site.regions[i].file.path.clone())
            .collect();
        let yaml = |i: usize| site.regions[i].file.path.clone();
        let named_in = |s: &Story, set: &mut BTreeSet<PathBuf>| {
            for (i, r) in site.regions.iter().enumerate() {
                if s.file.text.contains(r.id.as_str()) {
                    set.insert(yaml(i));
                }
            }
        };
        match self {
            Job::NotFound => {}
            Job::Home => {
                set.extend((0..site.regions.len()).map(yaml));
                set.extend(site.stories.iter().map(|s| s.file.path.clone()));
                set.extend(site.home.iter().map(|s| s.file.path.clone()));
            }
            Job::NewsList => set.extend(
                site.stories
                    .iter()
                    .filter(|s| s.region.is_none())
                    .map(|s| s.file.path.clone()),
            ),
            Job::Region(i) => {
                let mut stack = vec![*i];
                while let Some(r) = stack.pop() {
                    set.insert(yaml(r));
                    stack.extend(site.regions[r].children.iter().copied());
                }
                set.extend(site.ancestors(*i).into_iter().map(yaml));
                for s in site.stories.iter().filter(|s| s.region == Some(*i)) {
                    set.insert(s.file.path.clone());
                    if s.is_region_index() {
                        named_in(s, &mut set);
                    }
                }
            }
            Job::Story(i) => {
                let s = &site.stories[*i];
                set.insert(s.file.path.clone());
                if let Some(r) = s.region {
                    set.insert(yaml(r));
                    set.extend(site.ancestors(r).into_iter().map(yaml));
                }
                named_in(s, &mut set);
            }
        }
        set
    }

    fn run(&self, env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
        match self {
            Job::Home => home(env, d),
            Job::NewsList => news_list(env, d),
            Job::NotFound => page(
                env,
                "404.html",
                "404.html",
                env.ui.not_found,
                Context::new(),
                d,
            )
            .into_iter()
            .collect(),
            Job::Region(i) => region(env, *i, d),
            Job::Story(i) => story_page(env, *i, d),
        }
    }
}

/// `regions/<id>/index.html`, relative to the site root.
pub fn region_url(site: &Site, i: usize) -> String {
    format!("regions/{}/index.html", site.regions[i].id)
}

/// The output path of a story page.
pub fn story_path(site: &Site, s: &Story) -> String {
    match s.region {
        // A region's index.md is shown on the region page itself.
        Some(r) if s.is_region_index() => region_url(site, r),
        Some(r) => format!("regions/{}/{}/index.html", site.regions[r].id, s.slug),
        None => format!("news/{}/index.html", s.slug),
    }
}

/// `../` once per folder level, so links work from `file://` and any subpath.
fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

fn page(
    env: &Env<'_>,
    template: &str,
    path: &str,
    title: &str,
    mut ctx: Context,
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    ctx.insert("site", &env.view);
    ctx.insert("t", &env.ui);
    ctx.insert("nav", &env.nav);
    ctx.insert("root", &root_prefix(path));
    ctx.insert("page_title", title);
    ctx.insert("page_path", path);
    if !ctx.contains_key("description") {
        ctx.insert("description", &env.view.subtitle);
    }
    // Open Graph: absolute addresses when the site has a `base_url`, else relative ones.
    let base = env.site.config.base_url.as_deref().map(|b| {
        let b = b.trim_end_matches('/');
        format!("{b}/")
    });
    let share = ctx
        .get("share_image")
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .unwrap_or_default();
    let share = match (&base, share.is_empty()) {
        (_, true) => String::new(),
        (Some(b), false) => format!("{b}{share}"),
        (None, false) => format!("{}{share}", root_prefix(path)),
    };
    ctx.insert("og_image", &share);
    ctx.insert(
        "og_url",
        &base
            .map(|b| format!("{b}{}", path.trim_end_matches("index.html")))
            .unwrap_or_default(),
    );
    match env.theme.tera.render(template, &ctx) {
        Ok(html) => Some(OutputFile {
            path: PathBuf::from(path),
            bytes: html.into_bytes(),
        }),
        Err(e) => {
            d.push(
                Diagnostic::general(format!(
                    "template `{template}` failed while rendering {path}:\n{e}"
                ))
                .hint("check the template for a variable or filter it does not have"),
            );
            None
        }
    }
}

/// Draws a chart and writes its standalone SVG and CSV beside the page.
fn chart_view(
    env: &Env<'_>,
    built: &BuiltChart,
    file_stem: &str,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> Option<ChartView> {
    let svg = match chart::draw(&built.spec) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::general(format!(
                "chart `{}` could not be drawn: {e}",
                built.spec.title
            )));
            return None;
        }
    };
    let svg_url = format!("charts/{file_stem}.svg");
    let csv_url = format!("charts/{file_stem}.csv");
    // The PNG itself is made from the SVG after rendering (`crate::compile`).
    let png_url = if env.site.config.chart_png {
        format!("charts/{file_stem}.png")
    } else {
        String::new()
    };
    files.push(OutputFile {
        path: PathBuf::from(&svg_url),
        bytes: svg.clone().into_bytes(),
    });
    files.push(OutputFile {
        path: PathBuf::from(&csv_url),
        bytes: with_bom(built.table.to_csv()),
    });
    Some(ChartView {
        id: built.spec.id.clone(),
        title: built.spec.title.clone(),
        svg,
        table: built.table.clone(),
        svg_url,
        csv_url,
        png_url,
    })
}

/// CSV with a UTF-8 BOM so spreadsheet programs on office PCs read the Chinese correctly.
pub fn with_bom(s: String) -> Vec<u8> {
    let mut v = "\u{feff}".as_bytes().to_vec();
    v.extend(s.into_bytes());
    v
}

/// Renders a story body; its charts become figures (via the chart component) and files.
fn story_body(
    env: &Env<'_>,
    s: &Story,
    page_path: &str,
    id_prefix: &str,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> (String, usize) {
    let root = root_prefix(page_path);
    let mut chart_files = Vec::new();
    let mut chart_diags = Diagnostics::new();
    let folder = s
        .region
        .map(|r| env.site.regions[r].id.clone())
        .unwrap_or_else(|| "news".into());
    let mut count = 0;
    let mut place = |e: Embed<'_>| -> String {
        match e {
            Embed::Chart(c) => {
                count += 1;
                let stem = format!("{folder}/{}-{}", s.slug, count);
                match chart_view(env, c, &stem, &mut chart_files, &mut chart_diags) {
                    Some(view) => chart_html(env, &view, &root, &mut chart_diags),
                    None => String::new(),
                }
            }
            Embed::Figures { title, figures } => {
                figures_html(env, &title, &figures, &mut chart_diags)
            }
        }
    };
    // A region's index.md sits under the region page's own headings.
    let nested = s.is_region_index();
    let html = markdown::render(env.site, s, id_prefix, nested, &mut place, d);
    files.extend(chart_files);
    d.extend(chart_diags);
    (html, count)
}

/// Key figure cards in a story, from the theme's `figures_block` component.
fn figures_html(
    env: &Env<'_>,
    title: &str,
    figures: &[summary::KeyFigure],
    d: &mut Diagnostics,
) -> String {
    let mut ctx = Context::new();
    ctx.insert("title", title);
    ctx.insert("figures", figures);
    match env.theme.tera.render_str(
        "{{ <figures_block title={title} figures={figures} /> }}",
        &ctx,
        true,
    ) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::general(format!(
                "the figures_block component failed: {e}"
            )));
            String::new()
        }
    }
}

/// A chart's figure markup from the theme's `chart` component, so themes lay it out.
fn chart_html(env: &Env<'_>, view: &ChartView, root: &str, d: &mut Diagnostics) -> String {
    let mut ctx = Context::new();
    ctx.insert("chart", view);
    ctx.insert("t", &env.ui);
    ctx.insert("root", root);
    match env.theme.tera.render_str(
        "{{ <chart_figure chart={chart} t={t} root={root} /> }}",
        &ctx,
        true,
    ) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::general(format!(
                "the chart component failed: {e}"
            )));
            String::new()
        }
    }
}

fn story_view(env: &Env<'_>, s: &Story, html: String) -> StoryView {
    let _ = env;
    StoryView {
        title: s.meta.title.clone(),
        date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
        summary: s.meta.summary.clone().unwrap_or_default(),
        source: s.meta.source.clone().unwrap_or_default(),
        author: s.meta.author.clone().unwrap_or_default(),
        tags: s.meta.tags.clone(),
        html,
    }
}

fn story_item(site: &Site, s: &Story) -> StoryItem {
    StoryItem {
        title: s.meta.title.clone(),
        url: story_path(site, s),
        date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
        summary: s.meta.summary.clone().unwrap_or_default(),
        region: s
            .region
            .map(|r| site.regions[r].name.clone())
            .unwrap_or_default(),
    }
}

/// Stories newest first, then by title, for lists.
fn sorted_items<'a>(site: &'a Site, it: impl Iterator<Item = &'a Story>) -> Vec<StoryItem> {
    let mut v: Vec<&Story> = it.collect();
    v.sort_by(|a, b| {
        b.meta
            .date
            .cmp(&a.meta.date)
            .then_with(|| a.meta.title.cmp(&b.meta.title))
    });
    v.into_iter().map(|s| story_item(site, s)).collect()
}

fn node(site: &Site, i: usize) -> RegionNode {
    let r = &site.regions[i];
    let summary = summary::region_figures(r)
        .into_iter()
        .next()
        .map(|f| format!("{} {}", f.label, f.value))
        .unwrap_or_default();
    RegionNode {
        name: r.name.clone(),
        level: r.level.clone().unwrap_or_default(),
        url: region_url(site, i),
        summary,
        children: r.children.iter().map(|c| node(site, *c)).collect(),
    }
}

/// Draws the planned charts of a page, split into the region's own and its children's.
fn planned(
    env: &Env<'_>,
    plan: Vec<PlannedChart>,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> (Vec<ChartView>, Vec<ChartView>) {
    let (mut own, mut children) = (Vec::new(), Vec::new());
    for p in plan {
        match charts::build(env.site, &p.req, &p.id) {
            Ok(c) => {
                if let Some(v) = chart_view(env, &c, &p.stem, files, d) {
                    match p.scope {
                        Scope::Own => own.push(v),
                        Scope::Children => children.push(v),
                    }
                }
            }
            Err(e) => d.push(Diagnostic::general(format!("chart `{}`: {e}", p.id))),
        }
    }
    (own, children)
}

fn region(env: &Env<'_>, i: usize, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let r = &site.regions[i];
    let mut files = Vec::new();
    let (chart_views, child_charts) = planned(env, plan::region_charts(site, i), &mut files, d);
    let main = site
        .stories
        .iter()
        .find(|s| s.region == Some(i) && s.is_region_index());
    let story = main.map(|s| {
        let (html, _) = story_body(
            env,
            s,
            &region_url(site, i),
            &format!("{}-story", r.id),
            &mut files,
            d,
        );
        story_view(env, s, html)
    });
    let others = sorted_items(
        site,
        site.stories
            .iter()
            .filter(|s| s.region == Some(i) && !s.is_region_index()),
    );
    let view = RegionView {
        id: r.id.clone(),
        name: r.name.clone(),
        full_name: r.full_name.clone().unwrap_or_default(),
        level: r.level.clone().unwrap_or_default(),
        source: r.source.clone().unwrap_or_default(),
        figures: summary::region_figures(r),
        charts: chart_views,
        child_charts,
        rollup: summary::rollup_figures(site, i),
        tables: tables::region_tables(r, &env.ui),
        story,
        stories: others,
        children: r.children.iter().map(|c| node(site, *c)).collect(),
        json_url: format!("data/{}.json", r.id),
        csv_url: format!("data/{}.csv", r.id),
    };
    let crumbs: Vec<Link> = site
        .ancestors(i)
        .into_iter()
        .map(|a| Link {
            title: site.regions[a].name.clone(),
            url: region_url(site, a),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("region", &view);
    ctx.insert("breadcrumbs", &crumbs);
    ctx.insert("description", &description_of(&view.figures, &r.name));
    if let Some(c) = view.charts.iter().chain(&view.child_charts).next() {
        ctx.insert("share_image", &c.png_url);
    }
    let path = region_url(site, i);
    files.extend(page(env, "region.html", &path, &r.name, ctx, d));
    files.extend(open_data::files(r));
    files
}

fn is_chart_svg(p: &Path) -> bool {
    p.starts_with("charts") && p.extension().is_some_and(|x| x == "svg")
}

fn description_of(figures: &[summary::KeyFigure], name: &str) -> String {
    let parts: Vec<String> = figures
        .iter()
        .take(3)
        .map(|f| format!("{}{}", f.label, f.value))
        .collect();
    if parts.is_empty() {
        name.to_string()
    } else {
        format!("{name}：{}", parts.join("，"))
    }
}

fn story_page(env: &Env<'_>, idx: usize, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let s = &site.stories[idx];
    let mut files = Vec::new();
    let prefix = format!(
        "{}-{}",
        s.region
            .map(|r| site.regions[r].id.as_str())
            .unwrap_or("news"),
        s.slug
    );
    let path = story_path(site, s);
    let (html, _) = story_body(env, s, &path, &prefix, &mut files, d);
    let view = story_view(env, s, html);
    let mut crumbs: Vec<Link> = Vec::new();
    if let Some(r) = s.region {
        crumbs.extend(site.ancestors(r).into_iter().chain([r]).map(|a| Link {
            title: site.regions[a].name.clone(),
            url: region_url(site, a),
        }));
    } else {
        crumbs.push(Link {
            title: env.ui.news.into(),
            url: "news/index.html".into(),
        });
    }
    let mut ctx = Context::new();
    ctx.insert("story", &view);
    ctx.insert("breadcrumbs", &crumbs);
    ctx.insert("description", &view.summary);
    ctx.insert("og_type", "article");
    if env.site.config.chart_png {
        if let Some(svg) = files.iter().find(|f| is_chart_svg(&f.path)) {
            let png = svg.path.with_extension("png");
            ctx.insert("share_image", &png.to_string_lossy().replace('\\', "/"));
        }
    }
    files.extend(page(env, "story.html", &path, &s.meta.title, ctx, d));
    files
}

#[derive(Serialize)]
struct HomeView {
    figures: Vec<summary::KeyFigure>,
    charts: Vec<ChartView>,
    tree: Vec<RegionNode>,
    stories: Vec<StoryItem>,
    story: Option<StoryView>,
}

fn home(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let mut files = Vec::new();
    let (_, chart_views) = planned(env, plan::home_charts(site), &mut files, d);
    let story = site.home.as_ref().map(|s| {
        let (html, _) = story_body(env, s, "index.html", "home", &mut files, d);
        story_view(env, s, html)
    });
    let view = HomeView {
        figures: summary::site_figures(site),
        charts: chart_views,
        tree: site.roots().map(|i| node(site, i)).collect(),
        stories: sorted_items(site, site.stories.iter()),
        story,
    };
    let mut ctx = Context::new();
    if let Some(c) = view.charts.first() {
        ctx.insert("share_image", &c.png_url);
    }
    ctx.insert("home", &view);
    files.extend(page(
        env,
        "index.html",
        "index.html",
        &env.view.title,
        ctx,
        d,
    ));
    files
}

fn news_list(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let items = sorted_items(site, site.stories.iter().filter(|s| s.region.is_none()));
    if items.is_empty() {
        return Vec::new();
    }
    let mut ctx = Context::new();
    ctx.insert("stories", &items);
    page(env, "news.html", "news/index.html", env.ui.news, ctx, d)
        .into_iter()
        .collect()
}
