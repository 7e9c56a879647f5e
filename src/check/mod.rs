//! The checks `check` adds to `build`'s: every internal link and `#anchor` of the compiled
//! pages, pages no link reaches, and files in `content/static/` no page uses.
//!
//! It works on the compiled files in memory ([`crate::Compiled`]), so it sees exactly what
//! `build` would write, and writes nothing. With `--external` it also asks the network
//! about outbound links ([`external`]); without it, it never touches the network.

pub mod external;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, Span};
use crate::messages::catalog::check as msg;
use crate::messages::Msg;
use crate::model::Site;
use crate::render::OutputFile;
use crate::url::percent_decode_lossy;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

/// What `xiaokang check` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Also check outbound http(s) links over the network (`--external`).
    pub external: bool,
    /// How the network is asked when `external` is on.
    pub network: external::Settings,
}

/// What `xiaokang check` found.
#[derive(Debug)]
pub struct Report {
    /// Every finding.
    pub diagnostics: Diagnostics,
    /// The external links' counts, when they were checked (`--external`, and the site
    /// compiled: with errors there are no pages to take links from).
    pub external: Option<external::Summary>,
}

/// `xiaokang check [--external]`: every check of `build`, plus internal links and anchors,
/// unreachable pages and unused static files, and with `external` outbound links; writes
/// nothing (chart PNGs are not made, so not even the PNG cache is touched).
pub fn run(root: &Path, opts: &Options) -> Report {
    let mut diags = Diagnostics::new();
    let mut summary = None;
    if let Some(c) = crate::pipeline::compile_for_check(root, &mut diags) {
        links(&c.site, &c.files, &c.copies, true, &mut diags);
        if opts.external {
            // Already read once by the compile, which reported their problems.
            let templates: Vec<crate::diagnostics::SourceFile> =
                crate::load::theme::template_sources(
                    root,
                    &c.site.config.theme,
                    &mut Diagnostics::new(),
                )
                .into_iter()
                .map(|(_, f)| f)
                .collect();
            summary = Some(external::check(
                &c.site,
                &c.story_links,
                &templates,
                &c.files,
                &opts.network,
                &mut diags,
            ));
        }
    }
    Report {
        diagnostics: diags,
        external: summary,
    }
}

/// Runs the link, anchor, reachability and unused-file checks.
///
/// `pngs_skipped`: chart PNGs and the booklet PDF were not made (as in `check`), so links
/// to them count as present when the chart's SVG (the booklet's HTML) is there.
pub fn links(
    site: &Site,
    files: &[OutputFile],
    copies: &[(PathBuf, PathBuf)],
    pngs_skipped: bool,
    diags: &mut Diagnostics,
) {
    let key = |p: &Path| p.to_string_lossy().replace('\\', "/");
    let mut exists: HashSet<String> = files.iter().map(|f| key(&f.path)).collect();
    exists.extend(copies.iter().map(|(_, d)| key(d)));
    if pngs_skipped && site.config.chart_png.any() {
        let pngs: Vec<String> = exists
            .iter()
            .filter(|p| p.starts_with("charts/") && p.ends_with(".svg"))
            .map(|p| format!("{}.png", p.trim_end_matches(".svg")))
            .collect();
        exists.extend(pngs);
    }
    if pngs_skipped {
        // `check` does not typeset the booklet PDF or the regions' briefings either.
        if exists.contains("booklet/index.html") {
            exists.insert("booklet/booklet.pdf".into());
        }
        exists.extend(
            (0..site.region_count())
                .filter(|&i| crate::render::booklet::briefing_wanted(site, i))
                .map(|i| format!("booklet/{}.pdf", site.region_id(i))),
        );
    }
    let pages: HashMap<String, crate::html_scan::Page> = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|x| x == "html"))
        .map(|f| {
            (
                key(&f.path),
                crate::html_scan::scan(&String::from_utf8_lossy(&f.bytes)),
            )
        })
        .collect();
    // Story pages, to point a broken link at its Markdown line.
    let sources: HashMap<String, &crate::diagnostics::SourceFile> = site
        .stories()
        .iter()
        .map(|s| (site.story_path(s), &s.file))
        .chain(
            site.home
                .iter()
                .map(|s| ("index.html".to_string(), &s.file)),
        )
        .collect();

    let mut used: HashSet<String> = HashSet::new();
    let mut edges: HashMap<&str, Vec<String>> = HashMap::new();
    let mut names: Vec<&String> = pages.keys().collect();
    names.sort();
    for page in names {
        let scanned = &pages[page];
        let mut reported: BTreeSet<String> = BTreeSet::new();
        for link in &scanned.links {
            let Some((target, fragment)) = resolve(page, link) else {
                continue;
            };
            let target = target.unwrap_or_else(|| page.clone());
            used.insert(target.clone());
            let problem = if !exists.contains(&target) {
                Some(msg::link_target_missing(link, &target))
            } else if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
                match pages.get(&target) {
                    Some(t) if !t.ids.contains(&frag) => {
                        Some(msg::link_anchor_missing(link, &target, &frag))
                    }
                    _ => None,
                }
            } else {
                None
            };
            if target.ends_with(".html") {
                edges.entry(page.as_str()).or_default().push(target.clone());
            }
            if let Some(problem) = problem {
                if reported.insert(link.clone()) {
                    diags.push(locate(page, link, problem, &sources));
                }
            }
        }
    }

    // Pages no link reaches from the home page (404.html is reached by the server).
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = VecDeque::from(["index.html"]);
    while let Some(p) = queue.pop_front() {
        if !seen.insert(p) {
            continue;
        }
        for t in edges.get(p).into_iter().flatten() {
            if let Some((k, _)) = pages.get_key_value(t.as_str()) {
                queue.push_back(k.as_str());
            }
        }
    }
    let mut unreachable: Vec<&String> = pages
        .keys()
        .filter(|p| !seen.contains(p.as_str()) && p.as_str() != "404.html")
        .collect();
    unreachable.sort();
    for p in unreachable {
        diags.push(warning(
            msg::unreachable_page(p),
            msg::unreachable_page_hint(),
        ));
    }

    // Static files no page uses.
    let mut unused: Vec<&PathBuf> = copies
        .iter()
        .filter(|(_, d)| !used.contains(&key(d)))
        .map(|(s, _)| s)
        .collect();
    unused.sort();
    for src in unused {
        let shown = src.strip_prefix(&site.root).unwrap_or(src);
        diags.push(warning(
            msg::unused_static_file(shown),
            msg::unused_static_file_hint(),
        ));
    }
}

fn warning(message: Msg, hint: Msg) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        ..Diagnostic::general(message).hint(hint)
    }
}

/// A broken link as a diagnostic: at its line in the story's Markdown when the link is
/// written there, else naming the page (the link then comes from a template).
fn locate(
    page: &str,
    link: &str,
    problem: Msg,
    sources: &HashMap<String, &crate::diagnostics::SourceFile>,
) -> Diagnostic {
    if let Some(file) = sources.get(page) {
        // The link as written: the HTML escapes `&`, the Markdown does not.
        let raw = link.replace("&amp;", "&");
        for (n, line) in file.text.lines().enumerate() {
            if let Some(col) = line.find(&raw) {
                let column = line[..col].chars().count() + 1;
                return Diagnostic::error(
                    file,
                    Span::new(n + 1, column, raw.chars().count()),
                    msg::broken_link(problem),
                )
                .hint(msg::broken_link_hint());
            }
        }
    }
    Diagnostic::general(msg::broken_link_in(page, problem)).hint(msg::broken_link_template_hint())
}

/// Resolves a link of the page `from` (a path relative to the output root). Returns the
/// target path (`None`: the page itself) and the fragment, or `None` for links the
/// checker does not follow (external addresses, `mailto:`, `data:` …).
pub fn resolve(from: &str, link: &str) -> Option<(Option<String>, Option<String>)> {
    let link = link.trim();
    if link.is_empty() || link.starts_with("//") {
        return None;
    }
    // A scheme (`https:`, `mailto:`) before any `/`, `?` or `#`.
    if let Some(colon) = link.find(':') {
        if !link[..colon].contains(['/', '?', '#']) {
            return None;
        }
    }
    let (rest, fragment) = match link.split_once('#') {
        Some((a, f)) => (a, Some(percent_decode_lossy(f))),
        None => (link, None),
    };
    let rest = rest.split('?').next().unwrap_or("");
    if rest.is_empty() {
        return Some((None, fragment));
    }
    let mut parts: Vec<String> = if rest.starts_with('/') {
        // A root-absolute link breaks under a subpath and from file://.
        return Some((Some(format!("(absolute){rest}")), fragment));
    } else {
        from.split('/').map(str::to_string).collect()
    };
    parts.pop(); // the page's own file name
    for seg in percent_decode_lossy(rest).split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Some((Some(format!("(outside the site)/{rest}")), fragment));
                }
            }
            s => parts.push(s.to_string()),
        }
    }
    let mut target = parts.join("/");
    if rest.ends_with('/') || target.is_empty() {
        if !target.is_empty() {
            target.push('/');
        }
        target.push_str("index.html");
    }
    Some((Some(target), fragment))
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn resolves_relative_links() {
        let r = resolve;
        assert_eq!(
            r("regions/luqu/index.html", "../../index.html#top"),
            Some((Some("index.html".into()), Some("top".into())))
        );
        assert_eq!(
            r("regions/luqu/a/index.html", "../../kangle/"),
            Some((Some("regions/kangle/index.html".into()), None))
        );
        assert_eq!(r("index.html", "#x"), Some((None, Some("x".into()))));
        assert_eq!(r("index.html", "https://example.org/"), None);
        assert_eq!(r("index.html", "mailto:a@b"), None);
        assert!(r("index.html", "../x.html")
            .and_then(|x| x.0)
            .is_some_and(|t| t.starts_with("(outside")));
    }

    #[test]
    fn decodes_escapes_and_keeps_bad_ones_as_text() {
        assert_eq!(
            resolve("index.html", "static/%E5%85%89.png#%E7%9B%AE"),
            Some((Some("static/光.png".into()), Some("目".into())))
        );
        assert_eq!(
            resolve("index.html", "a%2.html#x%zz"),
            Some((Some("a%2.html".into()), Some("x%zz".into())))
        );
    }
}
