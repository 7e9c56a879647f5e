//! Every page of the site, rendered in parallel from the model. Pure: model in, bytes out.

mod deps;
mod helpers;
mod jobs;

use helpers::*;
pub use helpers::{region_url, story_path, story_view, with_bom};
pub use jobs::is_chart_svg;
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
use std::collections::HashMap;
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

/// Names a rendering job the same way across rebuilds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Part {
    /// The job.
    pub key: JobKey,
    /// A hash of the source files the job's pages show: their paths and contents.
    pub inputs: u64,
    /// Files it wrote (chart PNGs, made later, sit beside their SVGs).
    pub outputs: Vec<PathBuf>,
}

/// A previous build whose unchanged jobs are taken as they are.
pub struct Reuse<'a> {
    /// The previous build's jobs.
    pub parts: &'a [Part],
    /// The previous build's [`super::search::input_hash`].
    pub search: Option<u64>,
}

impl Reuse<'_> {
    /// The previous build's job `key`, when it read the same files with the same content.
    fn unchanged<'p>(
        &self,
        by_key: &HashMap<&JobKey, &'p Part>,
        key: &JobKey,
        inputs: u64,
    ) -> Option<&'p Part> {
        by_key
            .get(key)
            .filter(|prev| prev.inputs == inputs)
            .copied()
    }
}

/// Where rendered files go as each job finishes: kept in memory (`serve`, `check`) or
/// written at once (`build`), so a large site never sits whole in memory.
pub trait Sink: Sync {
    /// Takes a job's new files; returns those to keep in memory.
    fn emit(&self, files: Vec<OutputFile>, d: &mut Diagnostics) -> Vec<OutputFile>;
    /// Takes files the last build made and this one keeps (`outputs`, and chart PNGs
    /// beside their SVGs); `None` when they are gone, and they are made again.
    fn keep(&self, outputs: &[PathBuf]) -> Option<Vec<OutputFile>>;
}

/// Keeps every file in memory; reuses files from a previous in-memory build.
pub struct InMemory<'a> {
    /// The previous build's files, by path.
    pub previous: Option<&'a HashMap<PathBuf, OutputFile>>,
}

impl Sink for InMemory<'_> {
    fn emit(&self, files: Vec<OutputFile>, _d: &mut Diagnostics) -> Vec<OutputFile> {
        files
    }

    fn keep(&self, outputs: &[PathBuf]) -> Option<Vec<OutputFile>> {
        let files = self.previous?;
        let mut out = Vec::new();
        for o in outputs {
            out.push(files.get(o)?.clone());
            if is_chart_svg(o) {
                if let Some(png) = files.get(&o.with_extension("png")) {
                    out.push(png.clone());
                }
            }
        }
        Some(out)
    }
}

/// What [`render_parts`] made.
pub struct Rendered {
    /// Files of the jobs rendered now (chart PNGs still to be made).
    pub fresh: Vec<OutputFile>,
    /// Files of unchanged jobs, taken from the previous build (PNGs included).
    pub reused: Vec<OutputFile>,
    /// Every file of the site's jobs (kept in memory or not), PNGs excluded.
    pub paths: Vec<PathBuf>,
    /// Files made from the whole site every time: search index, feed, sitemap, theme files.
    pub site_wide: Vec<OutputFile>,
    /// Every job, in order.
    pub parts: Vec<Part>,
    /// What the search index was made from ([`super::search::input_hash`]).
    pub search_hash: u64,
    /// One hash of every source file's content.
    pub sources_hash: u64,
    /// Number of jobs rendered now.
    pub rendered_jobs: usize,
}

/// Renders every job, or with `reuse` only the jobs that read a changed file (or are new),
/// taking the others' files from the previous build; each job's files go to `sink` as
/// it finishes. Site-wide files are always made, and returned.
pub fn render_parts(
    site: &Site,
    theme: &Theme,
    reuse: Option<&Reuse<'_>>,
    sink: &dyn Sink,
    progress: &(dyn Fn(usize, usize) + Sync),
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
    let index = deps::SiteIndex::new(site);
    let keyed: Vec<(JobKey, u64)> = jobs
        .par_iter()
        .map(|j| (j.key(site), index.inputs(j)))
        .collect();
    let by_key: HashMap<&JobKey, &Part> = reuse
        .map(|r| r.parts.iter().map(|p| (&p.key, p)).collect())
        .unwrap_or_default();
    let timing = std::env::var_os("XIAOKANG_TIMINGS").map(|_| std::time::Instant::now());
    let done = std::sync::atomic::AtomicUsize::new(0);
    // A job is reused when the previous build had it with the same inputs, none changed.
    let results: Vec<Done> = jobs
        .par_iter()
        .zip(keyed.par_iter())
        .map(|(job, (key, inputs))| {
            let prev = reuse.and_then(|r| r.unchanged(&by_key, key, *inputs));
            let reused = prev.and_then(|p| Some((sink.keep(&p.outputs)?, p.outputs.clone())));
            let result = match reused {
                Some((files, outputs)) => Done {
                    files,
                    outputs,
                    diags: Diagnostics::new(),
                    fresh: false,
                },
                None => {
                    let mut d = Diagnostics::new();
                    let files = job.run(&env, &mut d);
                    let outputs = files.iter().map(|f| f.path.clone()).collect();
                    let files = sink.emit(files, &mut d);
                    Done {
                        files,
                        outputs,
                        diags: d,
                        fresh: true,
                    }
                }
            };
            progress(
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
                jobs.len(),
            );
            result
        })
        .collect();
    let mut out = Rendered {
        fresh: Vec::new(),
        reused: Vec::new(),
        paths: Vec::new(),
        site_wide: Vec::new(),
        parts: Vec::new(),
        search_hash: super::search::input_hash(site),
        sources_hash: index.all(),
        rendered_jobs: 0,
    };
    for ((key, inputs), done) in keyed.into_iter().zip(results) {
        if done.fresh {
            out.rendered_jobs += 1;
            out.fresh.extend(done.files);
        } else {
            out.reused.extend(done.files);
        }
        diags.extend(done.diags);
        out.paths.extend(done.outputs.iter().cloned());
        out.parts.push(Part {
            key,
            inputs,
            outputs: done.outputs,
        });
    }
    if let Some(t) = timing {
        eprintln!(
            "stage   page jobs ({} of {}): {:.1} ms{}",
            out.rendered_jobs,
            jobs.len(),
            t.elapsed().as_secs_f64() * 1e3,
            crate::memory()
        );
    }
    // Site-wide files read every page, so they are made from the whole site each time.
    let timing = timing.map(|_| std::time::Instant::now());
    // The search index reads names, titles and story text only: an edited figure keeps it.
    let search_files = [
        PathBuf::from("search/index.html"),
        PathBuf::from(super::search::INDEX_PATH),
    ];
    let kept = reuse
        .filter(|r| r.search == Some(out.search_hash))
        .and_then(|_| sink.keep(&search_files));
    match kept {
        Some(files) => {
            out.site_wide.extend(files);
            out.paths.extend(search_files);
        }
        None => out.site_wide.extend(search_page(&env, diags)),
    }
    let pages: Vec<&Path> = out.paths.iter().map(PathBuf::as_path).collect();
    out.site_wide
        .extend(super::feeds::files(site, &pages, diags));
    if let Some(t) = timing {
        eprintln!(
            "stage   search index, feeds: {:.1} ms{}",
            t.elapsed().as_secs_f64() * 1e3,
            crate::memory()
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

/// The search page and its index (`search/index.js`), made from the model.
fn search_page(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let index = super::search::build(env.site);
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

/// A finished job: the files kept in memory, every file it made, its findings.
struct Done {
    files: Vec<OutputFile>,
    outputs: Vec<PathBuf>,
    diags: Diagnostics,
    fresh: bool,
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
