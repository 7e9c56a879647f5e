//! The pipeline, data flowing one way:
//!
//! load (files) → model (typed regions and stories) → validate (consistency, settings)
//! → compute (figures, charts drawn, stories resolved) → render (pages, booklet, open data,
//! search, feeds) → write (the output folder).
//!
//! `compile` runs the stages in that order; `build`, `check` and `serve` call it. A
//! rebuild ([`incremental`]) asks the compute and render stages only for the pages whose
//! source files changed.

mod build;
pub mod deps;
pub mod incremental;
mod render_jobs;
mod sink;
mod timings;

pub use build::compile_for_check;
pub(crate) use build::{build_booklet, build_site};
pub use timings::usage;

use crate::compute::Resolved;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::catalog::output;
use crate::render::booklet;
use crate::render::pages::Env;
use crate::render::{self, png_cache, OutputFile};
use crate::{load, model, validate, write};
use incremental::{Manifest, Part};
use render_jobs::{Plan, Rendered};
use sink::{InMemory, Sink, ToDisk};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::time::{Duration, Instant};
use timings::StageClock;

/// Page jobs computed and rendered together when writing to disk: enough to keep both
/// cores busy, few enough that their charts take tens of megabytes, not gigabytes.
const BATCH: usize = 64;

/// The whole site compiled: every file it would write that is kept in memory.
pub struct Compiled {
    /// The typed site.
    pub site: model::Site,
    /// Files to write (with `build`, the page jobs' files are already written).
    pub files: Vec<OutputFile>,
    /// Site static files to copy: (source, destination relative to the output).
    pub copies: Vec<(PathBuf, PathBuf)>,
    /// Each rendering job with a hash of the source files it read and the files it made,
    /// so a rebuild after an edit renders only the jobs that read the edited file.
    pub parts: Vec<Part>,
    /// Jobs rendered by this compile (all of them unless it reused a previous build's).
    pub rendered_jobs: usize,
    /// The region files and stories read, for the next build in memory
    /// ([`Asked::remember`]).
    pub seen: Option<load::Seen>,
    /// What each region file and story decoded to, for the next build in memory.
    pub memo: Option<model::memo::Memo>,
    /// The booklet PDF is the previous build's ([`crate::recompile`] does not typeset it).
    pub booklet_stale: bool,
    /// all.xlsx and all.csv are the previous build's ([`crate::recompile`] keeps them;
    /// [`crate::settle`] makes them again).
    pub downloads_stale: bool,
    /// The booklet stage's figures (its files are in `files`).
    pub booklet: Option<booklet::Stats>,
    /// Every file of the site's rendering jobs, kept in `files` or already written.
    pub paths: Vec<PathBuf>,
    /// One hash of every source file's content, for the next build's [`Manifest`].
    pub sources: u64,
    /// What every page depends on ([`Manifest::fingerprint`]).
    pub fingerprint: u64,
    /// What the search index was made from ([`render::search::input_hash`]).
    pub search_hash: u64,
    /// What all.xlsx and all.csv were made from, when they were made.
    pub workbook_hash: Option<u64>,
    /// The link targets written in each story parsed this build (`check --external`).
    pub story_links: Vec<StoryLinks>,
}

/// The links a story writes, as its one parse found them.
#[derive(Debug, Clone)]
pub struct StoryLinks {
    /// The story (an index into `Site::stories`), or `None` for the home page's.
    pub story: Option<usize>,
    /// Link and image targets, each at the place of its address.
    pub links: Vec<(String, crate::diagnostics::Span)>,
    /// Runs of raw HTML: (byte offset in the body, text).
    pub html: Vec<(usize, String)>,
}

/// What a compile starts from and where its files go.
pub(crate) enum Previous<'a> {
    /// Nothing: render every job, keep every file in memory.
    None,
    /// `serve`: the last in-memory build.
    Memory(&'a Compiled),
    /// `build`: the last build's manifest; files are written by `writer` as they are made.
    Disk(Option<Manifest>, &'a write::Writer),
}

/// What a compile is asked to make.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Asked {
    /// Include stories marked `draft: true`.
    pub drafts: bool,
    /// Make chart PNGs (when the site wants them).
    pub pngs: bool,
    /// Typeset the booklet PDF (`check` and `serve`'s quick rebuilds skip it).
    pub booklet_pdf: bool,
    /// Make only the booklet (`build --booklet-only`).
    pub booklet_only: bool,
    /// Keep the last build's all.xlsx and all.csv even when figures changed (`serve`'s
    /// quick rebuilds: at 10,000 counties they take seconds to make).
    pub downloads_later: bool,
    /// Keep what each file decoded to, so the next build in memory (`serve`) decodes only
    /// the files that changed (a second copy of the regions: not for `build` or `check`).
    pub remember: bool,
}

/// Runs every stage but writing the site-wide files (page jobs stream theirs to the
/// writer of `prev`, if any). Returns the compiled site unless there were errors: the
/// stages up to compute report every finding they can, and nothing is rendered after one.
pub(crate) fn compile(
    root: &Path,
    asked: Asked,
    prev: Previous<'_>,
    progress: &(dyn Fn(usize, usize) + Sync),
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    let mut clock = StageClock::start();

    // 1. load: the files.
    let (seen_before, before) = match &prev {
        Previous::Memory(c) => (c.seen.as_ref(), c.memo.as_ref()),
        _ => (None, None),
    };
    let (tree, seen) = load::load_after(root, seen_before, asked.remember, diags);
    clock.lap("load");

    // 2. model: typed site, every value parsed at its place.
    let (site, memo) = model::build_after(&tree, asked.drafts, before, asked.remember, diags);
    let theme_files = load::theme::read(root, &site.config.theme, diags)?;
    clock.lap("model");

    // 3. validate: figures that disagree, settings that name what is not there.
    validate::check(&site, diags);
    clock.lap("validate");

    // Which outputs this build makes: all, or after an edit only what changed.
    let index = deps::SiteIndex::new(&site);
    // What every page shows besides what it reads of the site (site.yaml, the theme…).
    let shown = incremental::fingerprint(&tree, theme_files.fingerprint, asked.drafts);
    // A build without PDFs keeps jobs without briefings: never reused by one with them.
    let fingerprint = incremental::with_pdfs(shown, asked.booklet_pdf);
    // 公众号 articles' charts, covers and thumbnails are PNGs whatever `charts.png` says.
    let want_pngs = asked.pngs && (site.config.chart_png.any() || site.config.wechat);
    let cache = png_cache::PngCache::new(png_cache::dir_for(root));
    let sink: Box<dyn Sink + '_> = match &prev {
        Previous::Disk(_, writer) => Box::new(ToDisk { writer }),
        Previous::Memory(c) => Box::new(InMemory::after(c)),
        Previous::None => Box::new(InMemory::default()),
    };
    let sink = &*sink;
    // Reuse the last build's jobs only when nothing every page shows has changed: in
    // memory (`serve`) also those of a build with PDFs, whose briefings are made again
    // when edits settle.
    let reuse = match &prev {
        Previous::None => None,
        Previous::Memory(c) => [fingerprint, incremental::with_pdfs(shown, true)]
            .contains(&c.fingerprint)
            .then_some((c.parts.as_slice(), Some(c.search_hash), c.workbook_hash)),
        Previous::Disk(m, _) => m
            .as_ref()
            .filter(|m| m.fingerprint == fingerprint)
            .map(|m| (m.parts.as_slice(), m.search, m.workbook)),
    };
    let mut plan = Plan::new(&site, &index, reuse, sink, asked.booklet_only);
    let kept_booklet = match &prev {
        Previous::Disk(Some(m), writer)
            if m.fingerprint == fingerprint
                && m.sources == plan.sources_hash
                && !m.booklet.is_empty()
                && writer.keep(&m.booklet).is_empty() =>
        {
            Some(m.booklet.clone())
        }
        _ => None,
    };
    // What the booklet shows, worked out once: its regions, and their volumes when large.
    let wants = booklet::needs(&site).filter(|_| kept_booklet.is_none());
    let volume_ranges = wants.as_ref().and_then(|w| booklet::volume_plan(&site, w));
    if let Some(n) = booklet::too_large_by_default(&site).filter(|_| asked.booklet_pdf) {
        let mut d = Diagnostic::general(output::booklet_not_made(n, booklet::DEFAULT_MAX_REGIONS))
            .hint(output::booklet_not_made_hint());
        d.severity = crate::diagnostics::Severity::Warning;
        diags.push(d);
    }
    if let Some(w) = &wants {
        plan.add_booklet(&site, w, volume_ranges.is_some());
    }
    // The booklet's fonts, read once: for the booklet and each region's briefing; not at
    // all when neither is typeset (a large site's default), as reading the system's
    // fonts costs tens of MiB.
    let briefings = asked.booklet_pdf
        && !asked.booklet_only
        && (0..site.region_count()).any(|i| booklet::briefing_wanted(&site, i));
    plan.briefings = briefings;
    plan.downloads_later = asked.downloads_later;
    let fonts = ((wants.is_some() && asked.booklet_pdf) || briefings).then(|| {
        // The fonts by role, when a briefing or the booklet is a 简报.
        let b = &site.config.booklet;
        let jianbao = crate::model::briefing::Form::Jianbao;
        let roles = ((briefings && b.form.briefings() == jianbao)
            || (wants.is_some() && b.form.booklet() == jianbao))
            .then_some(&b.fonts);
        booklet::fonts::load(root, &site.config.theme, roles, diags)
    });
    clock.lap("plan");

    let theme = render::theme::compile(theme_files, diags)?;
    let mut resolved = Resolved::new(&site);
    let mut rendered = Rendered {
        search_hash: plan.search_hash,
        ..Rendered::default()
    };
    // With the files going to disk, pages are computed and rendered a batch at a time, so
    // a national site never holds every page's charts at once; in memory (`check`,
    // `serve`) in one batch, so `check` finds every error before rendering a page.
    let batch = match prev {
        Previous::Disk(..) => BATCH,
        _ => usize::MAX,
    };
    let (mut computing, mut rendering) = (Duration::ZERO, Duration::ZERO);
    let done = AtomicUsize::new(0);
    let mut search = plan.search(&site);
    for jobs in plan.batches(batch) {
        // 4. compute: every figure, table and chart these pages show, each story parsed
        //    and resolved, once. It runs after data errors too, so one run reports the
        //    stories' problems with them; nothing is rendered after an error.
        let t = Instant::now();
        resolved.compute(&plan.needs(&site, jobs.clone()), diags);
        computing += t.elapsed();
        if diags.has_errors() {
            return None;
        }
        // 5. render: the pages, from the resolved site.
        let t = Instant::now();
        let env = Env::new(&resolved, &theme)
            .with_briefings(fonts.as_ref().filter(|_| briefings))
            .with_pngs(want_pngs.then_some(&cache));
        plan.render_batch(
            jobs,
            &index,
            &env,
            sink,
            progress,
            &done,
            &mut rendered,
            diags,
        );
        if briefings {
            // Typst memoises each briefing's layout; no other briefing reuses it.
            typst::comemo::evict(0);
        }
        if let Some(s) = search.as_mut() {
            s.add(&resolved);
        }
        rendering += t.elapsed();
        if diags.has_errors() {
            return None;
        }
        resolved.release(&plan.keep);
    }
    // 4. compute what the site-wide outputs read: the booklet's parts not yet resolved,
    //    every story's text for search.
    let t = Instant::now();
    resolved.compute(&plan.site_wide, diags);
    computing += t.elapsed();
    let (parsed, drawn) = resolved.tally.get();
    clock.report(
        &format!(
            "compute ({parsed} of {} stories parsed once, {drawn} charts drawn once)",
            site.story_count() + usize::from(site.home.is_some())
        ),
        computing,
    );
    clock.report(
        &format!(
            "render pages ({} of {} jobs)",
            rendered.rendered_jobs,
            rendered.parts.len()
        ),
        rendering,
    );
    if diags.has_errors() {
        return None;
    }
    // 5. render the site-wide outputs.
    if let Some(s) = search.as_mut() {
        s.add(&resolved);
    }
    plan.finish(
        &Env::new(&resolved, &theme),
        search,
        &theme,
        sink,
        &mut rendered,
        diags,
    );
    clock.lap("render search, feeds");
    if diags.has_errors() {
        return None;
    }
    let mut files = std::mem::take(&mut rendered.fresh);
    files.append(&mut rendered.reused);
    files.append(&mut rendered.site_wide);
    let booklet = if let Some(wants) = &wants {
        let started = Instant::now();
        let fonts = fonts.as_ref().filter(|_| asked.booklet_pdf);
        // A booklet in volumes: each volume's regions resolved, typeset and released in
        // turn, so memory holds one volume whatever the site's size.
        let volumes = volume_ranges.map(|ranges| {
            let mut listed = Vec::new();
            // `check` typesets nothing: the volumes are only counted as volumes.
            let Some(fonts) = fonts else { return listed };
            for (n, range) in ranges.into_iter().enumerate() {
                let regions = &wants.regions[range.clone()];
                resolved.compute(&Plan::booklet_needs(&site, regions), diags);
                if diags.has_errors() {
                    break;
                }
                if let Some(v) = booklet::volume(&resolved, fonts, wants, n + 1, range, diags) {
                    // Written as it is made: a national booklet's volumes are hundreds of MB.
                    rendered.paths.push(v.file.path.clone());
                    listed.push(v.listed());
                    files.extend(sink.emit(vec![v.file], diags));
                }
                resolved.release(&plan.keep);
            }
            listed
        });
        if diags.has_errors() {
            return None;
        }
        booklet::build(&resolved, &theme, wants, fonts, volumes, diags).map(|mut b| {
            b.stats.elapsed = started.elapsed();
            b
        })
    } else {
        None
    };
    clock.lap("render booklet");
    if diags.has_errors() {
        return None;
    }
    let booklet = booklet.map(|b| {
        files.extend(b.files);
        b.stats
    });
    let copies = site
        .static_files
        .iter()
        .map(|rel| {
            (
                root.join("content").join("static").join(rel),
                PathBuf::from("static").join(rel),
            )
        })
        .collect();
    let mut paths = rendered.paths;
    paths.extend(files.iter().map(|f| f.path.clone()));
    paths.extend(kept_booklet.into_iter().flatten());
    paths.sort();
    paths.dedup();
    let story_links = resolved
        .into_parsed()
        .map(|(story, p)| StoryLinks {
            story,
            links: p.links,
            html: p.html,
        })
        .collect();
    // 6. write: the caller's (`build` commits the writer; `serve` keeps files in memory).
    Some(Compiled {
        site,
        files,
        copies,
        parts: rendered.parts,
        rendered_jobs: rendered.rendered_jobs,
        seen,
        memo,
        booklet_stale: false,
        downloads_stale: rendered.downloads_stale,
        booklet,
        paths,
        sources: plan.sources_hash,
        fingerprint,
        search_hash: rendered.search_hash,
        workbook_hash: rendered.workbook_hash,
        story_links,
    })
}
