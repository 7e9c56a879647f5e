//! What a page read of the site, recorded as it reads it: the site's accessors note each
//! region, story or list they hand out into the recording in force. A rebuild renders a
//! page again exactly when something it read changed, with no hand-kept list of what
//! pages show.
//!
//! A recording belongs to the work, not to the thread it started on. The thread running
//! the work finds it, and work handed to other threads takes it along: a rayon task that
//! may read the site runs in the [`Context`] of the place that spawned it
//! ([`Context::enter`], [`join`]). A bare `rayon::join` or `par_iter` does not know it: a
//! task stolen by an idle thread would note its reads nowhere, and one taken by a thread
//! waiting inside another recording would note them there. So every task the pipeline
//! spawns while pages are recorded carries its context, the top-level ones included (an
//! empty one): a thread that picks up another page's task while it waits notes that
//! page's reads in that page's recording, and no read is lost or misplaced.

use std::cell::RefCell;
use std::sync::{Arc, Mutex, PoisonError};

/// Something of the site a page read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Read {
    /// Region `i`: its region.yaml, and which regions are under it.
    Region(usize),
    /// Story `k`'s file.
    Story(usize),
    /// Which stories belong to region `i`.
    StoriesOf(usize),
    /// Which stories are news (no region).
    News,
    /// The home page's `_index.md`.
    Home,
    /// Every region.
    AllRegions,
    /// Every story.
    AllStories,
    /// What every page's navigation shows ([`super::Site::navigation`]).
    Navigation,
}

/// One recording's reads, noted by whichever threads its work runs on.
#[derive(Default)]
struct Log(Mutex<Vec<Read>>);

impl Log {
    fn reads(&self) -> std::sync::MutexGuard<'_, Vec<Read>> {
        // A task that panicked while noting leaves a whole list; the panic is the error.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The recording some work belongs to (or none), to carry into the tasks it spawns.
#[derive(Clone, Default)]
pub struct Context(Option<Arc<Log>>);

thread_local! {
    /// The context of the work this thread is running now.
    static CURRENT: RefCell<Context> = const { RefCell::new(Context(None)) };
}

/// Puts the context of the work this thread was running back when dropped (a panic too).
struct Restore(Option<Context>);

impl Drop for Restore {
    fn drop(&mut self) {
        if let Some(cx) = self.0.take() {
            CURRENT.with(|c| *c.borrow_mut() = cx);
        }
    }
}

impl Context {
    /// Runs `f` as part of this context's recording, whichever thread runs it.
    pub fn enter<T>(&self, f: impl FnOnce() -> T) -> T {
        let outer = CURRENT.with(|c| c.replace(self.clone()));
        let _restore = Restore(Some(outer));
        f()
    }
}

/// The context of the work running here, to carry into tasks that may run elsewhere.
pub fn context() -> Context {
    CURRENT.with(|c| c.borrow().clone())
}

/// Notes a read in the recording in force, if any.
pub(crate) fn note(r: Read) {
    CURRENT.with(|c| {
        if let Some(log) = &c.borrow().0 {
            log.reads().push(r);
        }
    });
}

/// Runs `f`, returning what it read (sorted, once each), on this thread and in the tasks
/// it spawns with its context. Recordings nest: an inner one's reads count for the outer
/// one too.
pub fn recording<T>(f: impl FnOnce() -> T) -> (T, Vec<Read>) {
    let outer = context();
    let log = Arc::new(Log::default());
    let out = Context(Some(log.clone())).enter(f);
    let mut reads = std::mem::take(&mut *log.reads());
    reads.sort_unstable();
    reads.dedup();
    if let Some(outer) = &outer.0 {
        outer.reads().extend(reads.iter().copied());
    }
    (out, reads)
}

/// Runs `f` outside any recording: for work that reads nothing of the site but waits on
/// tasks that carry no context (typesetting), so a bare task this thread takes meanwhile
/// notes nothing in the page's recording.
pub fn unrecorded<T>(f: impl FnOnce() -> T) -> T {
    Context::default().enter(f)
}

/// `rayon::join`, both sides in the context of the caller.
pub fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    let cx = context();
    rayon::join(|| cx.enter(a), || cx.enter(b))
}

/// Notes reads made elsewhere (a part of the page resolved earlier) as this page's.
pub fn replay(reads: &[Read]) {
    for r in reads {
        note(*r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_inside_a_recording_and_nests() {
        note(Read::Home);
        let ((), outer) = recording(|| {
            note(Read::Story(2));
            let ((), inner) = recording(|| note(Read::Region(1)));
            assert_eq!(inner, [Read::Region(1)]);
            note(Read::Story(2));
        });
        assert_eq!(outer, [Read::Region(1), Read::Story(2)]);
    }

    /// Recordings run side by side on a pool of four threads, each fanning out small
    /// tasks that note reads: idle threads steal them, and threads waiting on their own
    /// tasks steal other recordings' tasks.
    #[test]
    fn every_read_lands_in_its_own_recording_whichever_thread_runs_it() {
        use rayon::prelude::*;
        const RECORDINGS: usize = 16;
        const TASKS: usize = 16;
        let body = |r: usize| {
            note(Read::Region(r));
            let cx = context();
            (0..TASKS).into_par_iter().for_each(|t| {
                cx.enter(|| {
                    // Long enough for idle threads to steal it.
                    std::thread::sleep(std::time::Duration::from_micros(20));
                    note(Read::Story(r * TASKS + t))
                })
            });
            join(
                || note(Read::StoriesOf(r)),
                || note(Read::Region(RECORDINGS + r)),
            );
        };
        let expected = |r: usize| {
            let mut v = vec![
                Read::Region(r),
                Read::Region(RECORDINGS + r),
                Read::StoriesOf(r),
            ];
            v.extend((0..TASKS).map(|t| Read::Story(r * TASKS + t)));
            v.sort_unstable();
            v
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        // The old thread-local log lost reads in the first round; 40 take about 0.3 s.
        for round in 0..40 {
            let recorded: Vec<Vec<Read>> = pool.install(|| {
                let cx = context();
                (0..RECORDINGS)
                    .into_par_iter()
                    .map(|r| cx.enter(|| recording(|| body(r)).1))
                    .collect()
            });
            for (r, reads) in recorded.into_iter().enumerate() {
                assert_eq!(reads, expected(r), "recording {r}, round {round}");
            }
        }
    }
}
