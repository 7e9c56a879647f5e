//! Every page of the site, rendered in parallel from the model. Pure: model in, bytes out.

mod helpers;
mod jobs;

use helpers::*;
pub use helpers::{region_url, story_path, with_bom};
use jobs::*;

use super::context::{ChartView, Link, RegionNode, RegionView, SiteView, StoryItem, StoryView};
use super::i18n::{ui, Ui};
use super::markdown::{self, Embed};
use super::theme::{Block, Theme};
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
    ui: Ui<'a>,
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
    let ui = ui(c);
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
    let keyed: Vec<(JobKey, BTreeSet<PathBuf>)> = {
        let ids: HashMap<&str, usize> = site
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        jobs.par_iter()
            .map(|j| (j.key(site), j.inputs(site, &ids)))
            .collect()
    };
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
    let timing = std::env::var_os("XIAOKANG_TIMINGS").map(|_| std::time::Instant::now());
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
    if let Some(t) = timing {
        eprintln!(
            "stage   page jobs ({} of {}): {:.1} ms",
            out.rendered_jobs,
            jobs.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
    // Site-wide files read every page, so they are made from the whole site each time.
    let timing = timing.map(|_| std::time::Instant::now());
    let pages: Vec<&OutputFile> = out.fresh.iter().chain(out.reused.iter()).collect();
    out.site_wide.extend(search_page(&env, &pages, diags));
    out.site_wide
        .extend(super::feeds::files(site, &pages, diags));
    if let Some(t) = timing {
        eprintln!(
            "stage   search index, feeds: {:.1} ms",
            t.elapsed().as_secs_f64() * 1e3
        );
    }
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
    fn inputs(&self, site: &Site, ids: &HashMap<&str, usize>) -> BTreeSet<PathBuf> {
        let mut set: BTreeSet<PathBuf> = site
            .roots()
            .map(|i| site.regions[i].file.path.clone())
            .collect();
        let yaml = |i: usize| site.regions[i].file.path.clone();
        // Ids are whole words between punctuation (`{{ id:path }}`, `[a, b]`): looking each
        // word up keeps this linear in the text, where scanning for every id was quadratic.
        let named_in = |s: &Story, set: &mut BTreeSet<PathBuf>| {
            let words = s
                .file
                .text
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'));
            for i in words.filter_map(|w| ids.get(w)) {
                set.insert(yaml(*i));
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
