//! What a page read of the site, recorded as it reads it: the site's accessors note each
//! region, story or list they hand out while a recording is on (one per thread, so pages
//! resolved and rendered in parallel each get their own). A rebuild renders a page again
//! exactly when something it read changed, with no hand-kept list of what pages show.

use std::cell::RefCell;

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
}

thread_local! {
    static LOG: RefCell<Option<Vec<Read>>> = const { RefCell::new(None) };
}

/// Notes a read, if this thread is recording.
pub(crate) fn note(r: Read) {
    LOG.with(|log| {
        if let Some(v) = log.borrow_mut().as_mut() {
            v.push(r);
        }
    });
}

/// Runs `f`, returning what it read (sorted, once each). Recordings nest: an inner one's
/// reads count for the outer one too. `f` should not wait on other rayon tasks: a task
/// stolen meanwhile would add its reads to this recording (more rebuilds, never fewer).
pub fn recording<T>(f: impl FnOnce() -> T) -> (T, Vec<Read>) {
    let outer = LOG.with(|log| log.borrow_mut().replace(Vec::new()));
    let out = f();
    let mut reads = LOG.with(|log| log.borrow_mut().take()).unwrap_or_default();
    reads.sort_unstable();
    reads.dedup();
    if let Some(mut outer) = outer {
        outer.extend(reads.iter().copied());
        LOG.with(|log| *log.borrow_mut() = Some(outer));
    }
    (out, reads)
}

/// Runs `f` with this thread's recording set aside: for work that waits on other rayon
/// tasks (typesetting), so a task stolen meanwhile records into its own log, not this one.
pub fn unrecorded<T>(f: impl FnOnce() -> T) -> T {
    let outer = LOG.with(|log| log.borrow_mut().take());
    let out = f();
    LOG.with(|log| *log.borrow_mut() = outer);
    out
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
}
