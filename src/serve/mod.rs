//! `xiaokang serve`: a local preview with live reload.
//!
//! The site is compiled into memory and served from there by a small HTTP server on
//! 127.0.0.1 (nothing is written to `output/`). A debounced file watcher on `content/`,
//! `templates/` and `themes/` recompiles on every change, rendering again only the pages
//! that read the changed files ([`crate::recompile`]). Open pages wait on a long-poll
//! endpoint and reload when a new build (or a failed one) is ready. A failed build keeps
//! the last good site and shows the errors, with the same file:line text as the terminal,
//! in an overlay on every page.
//!
//! The reload script and the overlay are added to HTML responses here, never to files
//! that `build` writes.

mod http;

use crate::diagnostics::Diagnostics;
use crate::messages::catalog::serve as msg;
use crate::messages::{Language, Msg};
use crate::Compiled;
use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{new_debouncer, DebounceEventResult};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Site root (holds `content/`).
    pub root: PathBuf,
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Open the site in the default browser.
    pub open: bool,
    /// Include draft stories.
    pub drafts: bool,
    /// Print only errors.
    pub quiet: bool,
    /// Stop after this many requests (tests); `None`: serve until stopped.
    pub max_requests: Option<usize>,
    /// Stop after this long (tests); `None`: serve until stopped.
    pub max_time: Option<Duration>,
    /// How long a reload long-poll waits for a new build before answering "no change".
    pub poll_timeout: Duration,
    /// The language of the log lines, the in-page error overlay and its diagnostics.
    pub language: Language,
}

impl ServeOptions {
    /// Defaults for `root`: port 8080, no limits, messages in the language
    /// [`crate::messages::language::choose`] picks for the site (no `--lang`).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        let language = crate::messages::language::choose(crate::messages::language::Choice {
            flag: None,
            site: crate::site_language(&root),
            env: None,
        });
        ServeOptions {
            root,
            language,
            port: 8080,
            open: false,
            drafts: true,
            quiet: false,
            max_requests: None,
            max_time: None,
            poll_timeout: Duration::from_secs(25),
        }
    }
}

/// The site being served: the last good build and the last build's errors.
pub(crate) struct State {
    /// Files by URL path (`regions/luqu/index.html`).
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// Site static files, read from disk on request: URL path → source.
    pub copies: HashMap<String, PathBuf>,
    /// The last build's errors (with file:line), when it failed.
    pub error: Option<String>,
    /// Goes up by one with every build, good or failed.
    pub generation: u64,
}

/// Shared between the server, the watcher and the caller.
pub(crate) struct Shared {
    pub state: Mutex<State>,
    pub changed: Condvar,
    pub stop: AtomicBool,
    pub poll_timeout: Duration,
    /// The language of the error overlay's own words.
    pub language: Language,
}

/// A running server.
pub struct Handle {
    /// The address it listens on.
    pub addr: std::net::SocketAddr,
    shared: Arc<Shared>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Handle {
    /// The current build generation (goes up with every rebuild).
    pub fn generation(&self) -> u64 {
        self.shared
            .state
            .lock()
            .map(|s| s.generation)
            .unwrap_or_default()
    }

    /// Asks the server and the watcher to stop, and waits for them.
    pub fn stop(self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.changed.notify_all();
        for t in self.threads {
            let _ = t.join();
        }
    }

    /// Waits until the server stops by itself (request or time limit).
    pub fn wait(self) {
        for t in self.threads {
            let _ = t.join();
        }
    }
}

/// What one (re)build did, for the terminal.
fn report(opts: &ServeOptions, what: Msg, c: &Compiled, d: &Diagnostics, ms: f64) {
    let (quiet, lang) = (opts.quiet, opts.language);
    if !d.is_empty() {
        eprint!("{}", d.render(lang));
    }
    if quiet {
        return;
    }
    let pages = c
        .files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|x| x == "html"))
        .count();
    let line = msg::build_line(
        what,
        c.rendered_jobs,
        c.parts.len(),
        pages,
        format!("{ms:.1}"),
    );
    println!("{}", line.render(lang));
}

/// Served files by URL path, and static files to read from disk by URL path.
type Served = (HashMap<String, Arc<Vec<u8>>>, HashMap<String, PathBuf>);

fn to_state(c: &Compiled) -> Served {
    let url = |p: &Path| p.to_string_lossy().replace('\\', "/");
    let files = c
        .files
        .iter()
        .map(|f| (url(&f.path), f.bytes.clone()))
        .collect();
    let copies = c
        .copies
        .iter()
        .map(|(src, dst)| (url(dst), src.clone()))
        .collect();
    (files, copies)
}

/// Starts the server and the watcher in background threads.
pub fn start(opts: &ServeOptions) -> Result<Handle, Msg> {
    let root = opts.root.clone();
    let started = Instant::now();
    let mut diags = Diagnostics::new();
    let first = crate::compile(&root, opts.drafts, &mut diags);
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut state = State {
        files: HashMap::new(),
        copies: HashMap::new(),
        error: None,
        generation: 1,
    };
    match &first {
        Some(c) => {
            report(opts, msg::first_build(), c, &diags, ms);
            (state.files, state.copies) = to_state(c);
        }
        None => {
            let text = diags.render(opts.language);
            eprint!("{text}");
            eprintln!("{}", msg::first_build_failed().render(opts.language));
            state.error = Some(text);
        }
    }
    let server = tiny_http::Server::http(("127.0.0.1", opts.port))
        .map_err(|e| msg::cannot_listen(opts.port, e.to_string()))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(msg::no_ip_address)?;
    let shared = Arc::new(Shared {
        state: Mutex::new(state),
        changed: Condvar::new(),
        stop: AtomicBool::new(false),
        poll_timeout: opts.poll_timeout,
        language: opts.language,
    });

    // The watcher: debounced events → recompile → swap state → wake long-polls.
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(Duration::from_millis(60), tx)
        .map_err(|e| msg::cannot_watch_files(e.to_string()))?;
    for dir in ["content", "templates", "themes"] {
        let d = root.join(dir);
        if d.is_dir() {
            debouncer
                .watcher()
                .watch(&d, RecursiveMode::Recursive)
                .map_err(|e| msg::cannot_watch(&d, e.to_string()))?;
        }
    }
    let w_shared = shared.clone();
    let w_opts = opts.clone();
    let watcher = std::thread::spawn(move || {
        let _keep = debouncer;
        let mut last = first;
        let deadline = w_opts.max_time.map(|t| started + t);
        let mut last_build = Instant::now();
        // The watcher reports absolute paths: the snapshot and the filter use the root
        // as one too (with the default root `.`, every file read looked new once).
        let watched = std::path::absolute(&w_opts.root).unwrap_or_else(|_| w_opts.root.clone());
        let mut snapshot = Snapshot::of(&watched);
        while !w_shared.stop.load(Ordering::SeqCst) && deadline.is_none_or(|d| Instant::now() < d) {
            let events = match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(Ok(ev)) => ev,
                Ok(Err(e)) => {
                    let line = msg::watcher_error(e.to_string());
                    eprintln!("{}", line.render(w_opts.language));
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // Typeset the booklet and make the downloads again once edits have
                    // settled (pages are live).
                    let settled = last_build.elapsed() >= Duration::from_millis(400);
                    let stale = |c: &Compiled| c.booklet_stale || c.downloads_stale;
                    if settled && last.as_ref().is_some_and(stale) {
                        settle(&w_opts, &w_shared, &mut last);
                    }
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            let paths: Vec<PathBuf> = events
                .into_iter()
                .map(|e| e.path)
                .filter(|p| relevant(&watched, p))
                .collect();
            // Reading a file (as every build does) is an event too: keep real changes only.
            let changed = snapshot.changes(paths);
            if changed.is_empty() {
                continue;
            }
            rebuild(&w_opts, &w_shared, &mut last, &changed);
            last_build = Instant::now();
        }
    });

    let s_shared = shared.clone();
    let s_opts = opts.clone();
    let server_thread = std::thread::spawn(move || {
        http::serve_loop(server, &s_shared, &s_opts, started);
        // The watcher stops with the server.
        s_shared.stop.store(true, Ordering::SeqCst);
        s_shared.changed.notify_all();
    });

    if opts.open {
        open_browser(&format!("http://{addr}/"), opts.language);
    }
    Ok(Handle {
        addr,
        shared,
        threads: vec![server_thread, watcher],
    })
}

/// Runs `serve` until it is stopped (Ctrl-C) or reaches its limits.
pub fn run(opts: &ServeOptions) -> Result<(), Msg> {
    let h = start(opts)?;
    if !opts.quiet {
        let line = msg::serving(&opts.root, h.addr.to_string());
        println!("{}", line.render(opts.language));
    }
    h.wait();
    Ok(())
}

/// Size and modification time of every watched file, to tell edits from mere reads, and
/// the folders already seen.
struct Snapshot {
    files: HashMap<PathBuf, (Option<std::time::SystemTime>, u64)>,
    /// Listing a folder is an event on it: only a folder new or changed (by its
    /// modification time) is listed, or every listing would report the next one, and
    /// `serve` never went idle.
    dirs: HashMap<PathBuf, Option<std::time::SystemTime>>,
}

impl Snapshot {
    fn of(root: &Path) -> Self {
        let mut s = Snapshot {
            files: HashMap::new(),
            dirs: HashMap::new(),
        };
        for dir in ["content", "templates", "themes"] {
            s.walk(&root.join(dir), &mut Vec::new());
        }
        s
    }

    /// Takes in every file and folder under `dir`, adding new or changed files to `out`.
    fn walk(&mut self, dir: &Path, out: &mut Vec<PathBuf>) {
        for e in walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
        {
            match e.file_type().is_dir() {
                true => {
                    let modified = e.metadata().ok().and_then(|m| m.modified().ok());
                    self.dirs.insert(e.into_path(), modified);
                }
                false => self.seen(e.into_path(), out),
            }
        }
    }

    /// The files among `paths` (or in those that are folders) that were written, created
    /// or removed since last seen.
    fn changes(&mut self, paths: Vec<PathBuf>) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for p in paths {
            if p.is_dir() {
                // A folder moved or copied in is named alone: its files are what is new.
                let modified = std::fs::metadata(&p).and_then(|m| m.modified()).ok();
                if self.dirs.get(&p) != Some(&modified) {
                    self.walk(&p, &mut out);
                }
                continue;
            }
            match signature(&p) {
                Some(_) => self.seen(p, &mut out),
                None => {
                    // Removed: the file itself, or everything under a removed folder.
                    self.dirs.retain(|d, _| !d.starts_with(&p));
                    let gone: Vec<PathBuf> = self
                        .files
                        .keys()
                        .filter(|k| k.starts_with(&p))
                        .cloned()
                        .collect();
                    for g in gone {
                        self.files.remove(&g);
                        out.push(g);
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Adds file `p` to `out` when it is new or changed since last seen.
    fn seen(&mut self, p: PathBuf, out: &mut Vec<PathBuf>) {
        if let Some(sig) = signature(&p) {
            if self.files.insert(p.clone(), sig) != Some(sig) {
                out.push(p);
            }
        }
    }
}

fn signature(p: &Path) -> Option<(Option<std::time::SystemTime>, u64)> {
    let m = std::fs::metadata(p).ok()?;
    m.is_file().then(|| (m.modified().ok(), m.len()))
}

/// A change worth a rebuild: not editor swap files, not hidden files.
fn relevant(root: &Path, p: &Path) -> bool {
    let rel = p.strip_prefix(root).unwrap_or(p);
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    !(hidden
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name.starts_with("#"))
}

fn rebuild(opts: &ServeOptions, shared: &Shared, last: &mut Option<Compiled>, changed: &[PathBuf]) {
    let t = Instant::now();
    let mut diags = Diagnostics::new();
    let result = match last {
        Some(prev) => crate::recompile(&opts.root, opts.drafts, prev, changed, &mut diags),
        None => crate::compile(&opts.root, opts.drafts, &mut diags),
    };
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let Ok(mut st) = shared.state.lock() else {
        return;
    };
    st.generation += 1;
    match result {
        Some(c) => {
            let names: Vec<String> = changed
                .iter()
                .map(|p| {
                    p.strip_prefix(&opts.root)
                        .unwrap_or(p)
                        .display()
                        .to_string()
                })
                .collect();
            report(opts, msg::rebuilt_after(names.join(", ")), &c, &diags, ms);
            (st.files, st.copies) = to_state(&c);
            st.error = None;
            *last = Some(c);
        }
        None => {
            let text = diags.render(opts.language);
            eprint!("{text}");
            let line = msg::rebuild_failed(format!("{ms:.1}"));
            eprintln!("{}", line.render(opts.language));
            st.error = Some(text);
        }
    }
    drop(st);
    shared.changed.notify_all();
}

/// A full compile to bring the booklet PDF up to date, swapped in without a reload.
/// Makes what the quick rebuilds left stale (the booklet, all.xlsx and all.csv) and serves it.
fn settle(opts: &ServeOptions, shared: &Shared, last: &mut Option<Compiled>) {
    let Some(prev) = last.as_mut() else { return };
    let t = Instant::now();
    let mut diags = Diagnostics::new();
    let booklet = prev.booklet_stale;
    let Some(c) = crate::settle(&opts.root, opts.drafts, prev, &mut diags) else {
        // Tried once: the next edit's rebuild reports what is wrong.
        prev.booklet_stale = false;
        prev.downloads_stale = false;
        return;
    };
    if let Ok(mut st) = shared.state.lock() {
        (st.files, st.copies) = to_state(&c);
    }
    if !opts.quiet {
        let ms = format!("{:.0}", t.elapsed().as_secs_f64() * 1000.0);
        let line = match booklet {
            true => msg::booklet_updated(ms),
            false => msg::downloads_updated(ms),
        };
        println!("{}", line.render(opts.language));
    }
    *last = Some(c);
}

fn open_browser(url: &str, lang: Language) {
    if let Err(e) = crate::platform::open_browser(url) {
        eprintln!("{}", msg::no_browser(e.to_string(), url).render(lang));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_read_under_a_root_written_as_dot_is_no_change() {
        // The watcher names files absolutely and with the root's `./` in them.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("content").join("a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "x").unwrap();
        let root = std::path::absolute(dir.path().join(".")).unwrap();
        let mut snapshot = Snapshot::of(&root);
        let event = dir.path().join(".").join("content").join("a.md");
        assert!(relevant(&root, &event));
        assert_eq!(snapshot.changes(vec![event.clone()]), Vec::<PathBuf>::new());
        std::fs::write(&file, "xy").unwrap();
        assert_eq!(snapshot.changes(vec![event.clone()]), vec![event]);
    }

    #[test]
    fn a_folder_moved_away_and_back_is_every_file_in_it_gone_then_back() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::path::absolute(dir.path()).unwrap();
        let news = root.join("content").join("news");
        std::fs::create_dir_all(&news).unwrap();
        std::fs::write(news.join("a.md"), "a").unwrap();
        std::fs::write(news.join("b.md"), "b").unwrap();
        let files = vec![news.join("a.md"), news.join("b.md")];
        let mut snapshot = Snapshot::of(&root);
        // The watcher names the folder, not the files in it.
        std::fs::rename(&news, root.join("away")).unwrap();
        assert_eq!(snapshot.changes(vec![news.clone()]), files);
        std::fs::rename(root.join("away"), &news).unwrap();
        assert_eq!(snapshot.changes(vec![news.clone()]), files);
        assert_eq!(snapshot.changes(vec![news]), Vec::<PathBuf>::new());
    }
}
