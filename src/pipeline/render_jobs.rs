//! The page jobs of one build: which to render and which to take from the last build
//! (decided before the compute stage, so it resolves only what is rendered), then the
//! rendering itself, each job's files handed to the sink as it finishes.

use super::deps::{SiteIndex, Source};
use super::incremental::Part;
use super::sink::Sink;
use crate::compute::Needs;
use crate::diagnostics::Diagnostics;
use crate::model::reads;
use crate::model::Site;
use crate::render::pages::{self, Env, Job, JobKey};
use crate::render::theme::Theme;
use crate::render::{feeds, search, workbook, OutputFile};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One job of this build.
struct Planned<'p> {
    job: Job,
    key: JobKey,
    /// The last build's job with its files, when nothing it read changed and the files
    /// are still there.
    kept: Option<(&'p Part, Vec<OutputFile>)>,
}

/// This build's jobs and what the compute stage must resolve for them.
pub(crate) struct Plan<'p> {
    jobs: Vec<Planned<'p>>,
    /// The search page and index are the last build's (nothing they read changed).
    search_kept: Option<Vec<OutputFile>>,
    /// What the search index is made from.
    pub search_hash: u64,
    /// What the last build's all.xlsx and all.csv were made from, if known.
    workbook_before: Option<u64>,
    /// What the site-wide outputs resolve: the booklet's parts (kept while pages are
    /// rendered) and, when the search index is made again, every story's parse.
    pub site_wide: Needs,
    /// The booklet's parts, kept when the pages that show them have been rendered.
    pub keep: Needs,
    /// One hash of every source file's content.
    pub sources_hash: u64,
    /// Region jobs typeset their briefing PDFs this build.
    pub briefings: bool,
    /// Keep the last build's all.xlsx and all.csv even if figures changed (`serve`
    /// between edits: remade once edits settle).
    pub downloads_later: bool,
}

/// What [`Plan::render_batch`] and [`Plan::finish`] made.
#[derive(Default)]
pub(crate) struct Rendered {
    /// Files of the jobs rendered now (chart PNGs still to be made, unless written).
    pub fresh: Vec<OutputFile>,
    /// Files of unchanged jobs, taken from the previous build (PNGs included).
    pub reused: Vec<OutputFile>,
    /// Every file of the site's jobs (kept in memory or not), PNGs excluded.
    pub paths: Vec<PathBuf>,
    /// Files made from the whole site: search index, feed, sitemap, all.xlsx/all.csv, theme files.
    pub site_wide: Vec<OutputFile>,
    /// Every job, in order.
    pub parts: Vec<Part>,
    /// What the search index was made from ([`search::input_hash`]).
    pub search_hash: u64,
    /// What all.xlsx and all.csv were made from ([`workbook::input_hash`]), when made.
    pub workbook_hash: Option<u64>,
    /// all.xlsx and all.csv are the last build's, kept whether or not figures changed.
    pub downloads_stale: bool,
    /// Number of jobs rendered now.
    pub rendered_jobs: usize,
}

impl<'p> Plan<'p> {
    /// Plans every job of `site`. With `reuse` (the last build's jobs, search hash and
    /// workbook hash), a job whose inputs are unchanged and whose files `sink` still has
    /// is kept. With `none`, no page job is rendered (a booklet-only build).
    pub(crate) fn new(
        site: &Site,
        index: &SiteIndex<'_>,
        reuse: Option<(&'p [Part], Option<u64>, Option<u64>)>,
        sink: &dyn Sink,
        none: bool,
    ) -> Plan<'p> {
        let jobs = if none { Vec::new() } else { pages::jobs(site) };
        let by_key: HashMap<&JobKey, &'p Part> = reuse
            .map(|(parts, _, _)| parts.iter().map(|p| (&p.key, p)).collect())
            .unwrap_or_default();
        // Naming a job reads the site: each task in the context it was spawned in.
        let cx = reads::context();
        let jobs: Vec<Planned> = jobs
            .into_par_iter()
            .map(|job| {
                cx.enter(|| {
                    let key = job.key(site);
                    let kept = by_key
                        .get(&key)
                        .filter(|p| index.inputs(&p.reads) == p.inputs)
                        .and_then(|p| Some((*p, sink.keep(&p.outputs)?)));
                    Planned { job, key, kept }
                })
            })
            .collect();
        let search_hash = search::input_hash(site);
        // The search index reads names, titles and story text only: an edited figure keeps it.
        let search_files = search::page_paths(site);
        let search_kept = reuse
            .filter(|(_, h, _)| *h == Some(search_hash))
            .and_then(|_| sink.keep(&search_files));
        let mut site_wide = Needs::none(site);
        if search_kept.is_none() && !none {
            site_wide.parsed.iter_mut().for_each(|n| *n = true);
        }
        Plan {
            jobs,
            search_kept,
            search_hash,
            workbook_before: reuse.and_then(|(_, _, h)| h),
            site_wide,
            keep: Needs::none(site),
            sources_hash: index.all(),
            briefings: false,
            downloads_later: false,
        }
    }

    /// The search index's builder when the index is made again this build.
    pub(crate) fn search<'s>(&self, site: &'s Site) -> Option<search::Builder<'s>> {
        (self.search_kept.is_none() && !self.jobs.is_empty()).then(|| search::Builder::new(site))
    }

    /// The jobs in batches of about `size`, each a range of [`Plan::needs`] and
    /// [`Plan::render_batch`].
    pub(crate) fn batches(&self, size: usize) -> Vec<std::ops::Range<usize>> {
        let size = size.max(1);
        (0..self.jobs.len())
            .step_by(size)
            .map(|a| a..(a + size).min(self.jobs.len()))
            .collect()
    }

    /// What the compute stage resolves for the jobs of `batch` rendered this build.
    pub(crate) fn needs(&self, site: &Site, batch: std::ops::Range<usize>) -> Needs {
        let mut needs = Needs::none(site);
        for p in self.jobs[batch].iter().filter(|p| p.kept.is_none()) {
            match p.job {
                Job::Home => needs.home = true,
                // A region's briefing shows what the booklet shows of it.
                Job::Region(i)
                    if self.briefings && crate::render::booklet::briefing_wanted(site, i) =>
                {
                    add_booklet_region(&mut needs, site, i)
                }
                Job::Region(i) => needs.region(site, i),
                Job::Story(k) => needs.stories[k] = true,
                Job::NewsList | Job::NotFound | Job::SiteMap => {}
            }
        }
        needs
    }

    /// Adds what the booklet shows to what is resolved, and kept: all of it, or for a
    /// booklet `in_volumes` its overview and news (each volume is resolved in turn).
    pub(crate) fn add_booklet(
        &mut self,
        site: &Site,
        wants: &crate::render::booklet::Wants,
        in_volumes: bool,
    ) {
        let regions: &[usize] = if in_volumes { &[] } else { &wants.regions };
        let full = prints_stories_in_full(site);
        for needs in [&mut self.site_wide, &mut self.keep] {
            for &i in regions {
                add_booklet_region(needs, site, i);
            }
            for &k in wants.news.iter().filter(|_| full) {
                needs.stories[k] = true;
            }
            needs.home |= wants.overview;
        }
    }

    /// What the compute stage resolves for `regions` as the booklet shows them (one volume).
    pub(crate) fn booklet_needs(site: &Site, regions: &[usize]) -> Needs {
        let mut needs = Needs::none(site);
        for &i in regions {
            add_booklet_region(&mut needs, site, i);
        }
        needs
    }

    /// Renders the jobs of `batch` from the resolved site, each job's files to `sink` as
    /// it finishes; adds them to `out`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn render_batch(
        &self,
        batch: std::ops::Range<usize>,
        index: &SiteIndex<'_>,
        env: &Env<'_>,
        sink: &dyn Sink,
        progress: &(dyn Fn(usize, usize) + Sync),
        done: &AtomicUsize,
        out: &mut Rendered,
        diags: &mut Diagnostics,
    ) {
        let total = self.jobs.len();
        // Each job in the context it was spawned in (none), whichever thread takes it: one
        // picked up by a thread waiting inside another job's recording stays out of it.
        let cx = reads::context();
        let results: Vec<(Vec<OutputFile>, Part, Diagnostics, bool)> = self.jobs[batch]
            .par_iter()
            .map(|p| {
                let result = cx.enter(|| job_files(p, index, env, sink));
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                result
            })
            .collect();
        for (files, part, d, fresh) in results {
            if fresh {
                out.rendered_jobs += 1;
                out.fresh.extend(files);
            } else {
                out.reused.extend(files);
            }
            diags.extend(d);
            out.paths.extend(part.outputs.iter().cloned());
            out.parts.push(part);
        }
    }

    /// The files made from the whole site, after every page: the search page and index,
    /// the feed and sitemap, the all-regions workbook and CSV, the theme's files.
    pub(crate) fn finish(
        &self,
        env: &Env<'_>,
        search: Option<search::Builder<'_>>,
        theme: &Theme,
        sink: &dyn Sink,
        out: &mut Rendered,
        diags: &mut Diagnostics,
    ) {
        if self.jobs.is_empty() {
            return;
        }
        match (&self.search_kept, search) {
            (Some(files), _) => {
                out.site_wide.extend(files.iter().cloned());
                out.paths.extend(search::page_paths(env.site()));
            }
            (None, Some(b)) => out
                .site_wide
                .extend(pages::search_page(env, b.finish(), diags)),
            (None, None) => {}
        }
        let paths: Vec<&Path> = out.paths.iter().map(PathBuf::as_path).collect();
        out.site_wide
            .extend(feeds::files(env.site(), &paths, diags));
        // Made from every region's figures, the slowest files to make of a large site:
        // kept from the last build when every cell is the same (after the feed, which
        // does not list them), or, between edits in `serve`, whatever changed.
        let paths = workbook::paths();
        let later = self.downloads_later.then(|| sink.keep(&paths)).flatten();
        if let Some(files) = later {
            out.site_wide.extend(files);
            out.paths.extend(paths);
            out.workbook_hash = self.workbook_before;
            out.downloads_stale = true;
        } else {
            let hash = workbook::input_hash(env.site());
            let kept = (self.workbook_before == Some(hash))
                .then(|| sink.keep(&paths))
                .flatten();
            match kept {
                Some(files) => {
                    out.site_wide.extend(files);
                    out.paths.extend(paths);
                }
                None => out.site_wide.extend(workbook::files(env.site())),
            }
            out.workbook_hash = Some(hash);
        }
        out.site_wide.extend(pages::theme_files(theme));
    }
}

/// A job's files and part: the last build's when kept, else rendered now (`true`).
fn job_files(
    p: &Planned<'_>,
    index: &SiteIndex<'_>,
    env: &Env<'_>,
    sink: &dyn Sink,
) -> (Vec<OutputFile>, Part, Diagnostics, bool) {
    if let Some((part, files)) = &p.kept {
        return (files.clone(), (*part).clone(), Diagnostics::new(), false);
    }
    let mut d = Diagnostics::new();
    // What the job reads of the site, its resolved parts included, is recorded as it
    // renders.
    let (files, read) = reads::recording(|| p.job.run(env, &mut d));
    let mut sources: Vec<Source> = read.into_iter().map(|r| index.source(r)).collect();
    sources.sort_unstable();
    sources.dedup();
    let part = Part {
        key: p.key.clone(),
        inputs: index.inputs(&sources),
        reads: sources,
        outputs: files.iter().map(|f| f.path.clone()).collect(),
    };
    let files = sink.emit(files, &mut d);
    (files, part, d, true)
}

/// Story bodies are resolved for the booklet only when it prints them in full.
fn prints_stories_in_full(site: &Site) -> bool {
    site.config.booklet.stories == crate::model::site_config::StoryMode::Full
}

/// Region `i` as the booklet (and its briefing) shows it: its page's parts, and its
/// stories when they are printed in full.
fn add_booklet_region(needs: &mut Needs, site: &Site, i: usize) {
    needs.region(site, i);
    if prints_stories_in_full(site) {
        for k in crate::render::booklet::booklet_stories(site, i) {
            needs.stories[k] = true;
        }
    }
}
