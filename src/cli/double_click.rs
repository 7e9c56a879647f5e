//! What the program does when run with no command, which is what a double-click on
//! `xiaokang.exe` in Explorer does: a console window opens and closes with the program.
//! So it does the useful thing, in the user's language: it finds the site in the folder
//! it stands in (or runs in), or in a folder beside it (the download's 示例站点), previews
//! it in the browser and says what to do next and how to stop; with no site it offers to
//! make one. Before the window would close on a failure, it waits for Enter.

use crate::messages::catalog::{cli, common};
use crate::messages::language::{choose, Choice};
use crate::messages::{labelled, Language, Msg};
use crate::platform::shown;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The preview's port when it is free, as `serve`'s default.
const PORT: u16 = 8080;

/// Runs the no-command behaviour; `flag` is `--lang`, if given.
pub fn run(flag: Option<Language>) -> ExitCode {
    let places = places();
    let sites = find_sites(&places);
    let interactive = std::io::stdin().is_terminal();
    let lang = |site: Option<&Path>| {
        choose(Choice {
            flag,
            site: site.and_then(crate::site_language),
            env: None,
        })
    };
    let status = match sites.split_first() {
        Some((site, others)) => preview(site, others, lang(Some(site))),
        None => {
            let lang = lang(None);
            match offer_new(&places[0], interactive, lang) {
                Some(site) => preview(&site, &[], lang),
                None => Err(()),
            }
        }
    };
    match status {
        Ok(()) => ExitCode::SUCCESS,
        Err(()) => {
            if interactive {
                wait_for_enter(lang(sites.first().map(PathBuf::as_path)));
            }
            ExitCode::FAILURE
        }
    }
}

/// Where a site is looked for: the current folder, then the program's own folder.
fn places() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        out.push(cwd);
    }
    let exe = std::env::current_exe().ok();
    if let Some(dir) = exe.as_deref().and_then(Path::parent) {
        let same = out.first().is_some_and(|c| same_folder(c, dir));
        if !same {
            out.push(dir.to_path_buf());
        }
    }
    if out.is_empty() {
        out.push(PathBuf::from("."));
    }
    out
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A site is a folder with `content/site.yaml`.
fn is_site(dir: &Path) -> bool {
    dir.join("content").join("site.yaml").is_file()
}

/// The sites in or beside `places`: a place that is a site comes first; then the sites in
/// its folders, the one changed last first (the clerk's own, over the example beside it).
pub fn find_sites(places: &[PathBuf]) -> Vec<PathBuf> {
    let mut direct = Vec::new();
    let mut beside = Vec::new();
    for place in places {
        if is_site(place) {
            direct.push(place.clone());
            continue;
        }
        let Ok(entries) = std::fs::read_dir(place) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() && is_site(&path) {
                let changed = std::fs::metadata(path.join("content").join("site.yaml"))
                    .and_then(|m| m.modified())
                    .ok();
                beside.push((std::cmp::Reverse(changed), path));
            }
        }
    }
    beside.sort();
    direct.extend(beside.into_iter().map(|(_, p)| p));
    direct.dedup();
    direct
}

/// Serves `site` and opens it in the browser, after saying where and what to do next.
fn preview(site: &Path, others: &[PathBuf], lang: Language) -> Result<(), ()> {
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/");
    let say = |m: Msg| println!("{}", m.render(lang));
    say(cli::preview_site(shown(site), url));
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(|p| shown(p)).collect();
        say(cli::preview_others(names.join("、")));
    }
    say(cli::preview_next(shown(&site.join("content")), shown(site)));
    println!();
    let _ = std::io::stdout().flush();
    let mut opts = crate::serve::ServeOptions::new(site);
    opts.port = port;
    opts.open = true;
    opts.language = lang;
    crate::serve::run(&opts).map_err(|e| {
        eprintln!("{}", labelled(common::error_label(), &e, lang));
    })
}

/// `serve`'s port if it is free, otherwise any free one (another preview may be running).
fn free_port() -> u16 {
    let bind = |p: u16| std::net::TcpListener::bind(("127.0.0.1", p));
    if bind(PORT).is_ok() {
        return PORT;
    }
    bind(0)
        .and_then(|l| l.local_addr())
        .map_or(PORT, |a| a.port())
}

/// Says there is no site in `dir` and, on a console, offers to make one there: the new
/// site's folder, or `None` when the clerk declines or cannot be asked.
fn offer_new(dir: &Path, interactive: bool, lang: Language) -> Option<PathBuf> {
    println!("{}", cli::no_site_here(shown(dir)).render(lang));
    if !interactive {
        println!("{}", cli::how_to_start().render(lang));
        return None;
    }
    let default = cli::new_site_name().render(lang);
    print!("{}", cli::offer_new_site(default.clone()).render(lang));
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok()?;
    let answer = answer.trim();
    if answer.eq_ignore_ascii_case("n") {
        return None;
    }
    let site = dir.join(if answer.is_empty() { &default } else { answer });
    match crate::scaffold::new_site(&site) {
        Ok(files) => {
            for f in &files {
                println!("{}", cli::created(f).render(lang));
            }
            Some(site)
        }
        Err(e) => {
            eprintln!("{}", labelled(common::error_label(), &e, lang));
            None
        }
    }
}

/// Keeps a double-clicked window open until the clerk has read it.
fn wait_for_enter(lang: Language) {
    print!("{}", cli::press_enter_to_close().render(lang));
    let _ = std::io::stdout().flush();
    let _ = std::io::stdin().lock().read_line(&mut String::new());
}
