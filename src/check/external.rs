//! `check --external`: the site's outbound http(s) links, each address asked once over
//! the network, broken ones reported at every place that writes them.
//!
//! Places are found where the author can fix them: a story's Markdown line, a template's
//! line, and only for links made from data, the built page. Nothing here runs unless the
//! user asks for `--external`: the rest of xiaokang never touches the network.

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, SourceFile, Span};
use crate::html_scan as html;
use crate::messages::catalog::check as msg;
use crate::messages::Msg;
use crate::model::{Site, Story};
use crate::pipeline::StoryLinks;
use crate::render::OutputFile;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// How the network is asked.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Longest wait for one request, redirects included.
    pub timeout: Duration,
    /// Requests at the same time (network-bound, so more than the cores).
    pub parallel: usize,
    /// Redirects followed before a link counts as broken.
    pub max_redirects: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timeout: Duration::from_secs(10),
            parallel: 8,
            max_redirects: 10,
        }
    }
}

/// Where an address is used.
#[derive(Debug, Clone)]
enum Place {
    /// Written in a story's Markdown or a template, at a line and column.
    Source {
        file: SourceFile,
        span: Span,
        template: bool,
    },
    /// Seen only on a built page (a template made it from data); the page's path.
    Page(String),
}

/// One distinct address (without its `#fragment`) and every place that uses it.
#[derive(Debug, Clone)]
pub struct Link {
    /// The address asked for.
    pub url: String,
    places: Vec<Place>,
}

/// What the network said about an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A page answered (after redirects, if any).
    Ok,
    /// 429 Too Many Requests: the server would not say; not a fault of the link.
    RateLimited,
    /// The address could not be asked at all (a host name xiaokang cannot look up); why,
    /// as a phrase after the address.
    Unchecked(Msg),
    /// The link is broken; why, as a phrase after the address.
    Broken(Broken),
}

/// Why a link is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// An error status (4xx other than 429, 5xx) with its reason phrase.
    Status(u16, String),
    /// The host name is not known (DNS).
    UnknownHost,
    /// Nothing listens at the address.
    Refused,
    /// No answer within the timeout.
    Timeout(Duration),
    /// Redirects go on past the limit.
    TooManyRedirects(u32),
    /// Not a well-formed web address.
    BadAddress(String),
    /// The secure connection failed (certificate, protocol).
    Tls(String),
    /// Any other network failure.
    Other(String),
}

impl Broken {
    /// What happened, after the address in a message.
    fn what(&self) -> Msg {
        match self {
            Broken::Status(code, reason) if reason.trim().is_empty() => msg::answers_code(*code),
            Broken::Status(code, reason) => msg::answers_status(*code, reason.trim()),
            Broken::UnknownHost => msg::unknown_host(),
            Broken::Refused => msg::refused(),
            Broken::Timeout(t) => msg::timed_out(t.as_secs()),
            Broken::TooManyRedirects(n) => msg::too_many_redirects(*n),
            Broken::BadAddress(e) => msg::bad_address(e),
            Broken::Tls(e) => msg::tls_failed(e),
            Broken::Other(e) => msg::unreachable_address(e),
        }
    }

    /// How to fix it.
    fn hint(&self) -> Msg {
        match self {
            Broken::Status(404 | 410, _) => msg::gone_hint(),
            Broken::Status(401 | 403, _) => msg::forbidden_hint(),
            Broken::Status(code, _) if *code >= 500 => msg::server_failed_hint(),
            Broken::Status(..) => msg::open_in_browser_hint(),
            Broken::UnknownHost => msg::unknown_host_hint(),
            Broken::Refused | Broken::Timeout(_) | Broken::Other(_) => msg::offline_hint(),
            Broken::TooManyRedirects(_) => msg::redirect_loop_hint(),
            Broken::BadAddress(_) => msg::bad_address_hint(),
            Broken::Tls(_) => msg::tls_hint(),
        }
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Distinct addresses asked about.
    pub checked: usize,
    /// Addresses that answered with a page.
    pub ok: usize,
    /// Broken addresses (each reported as an error).
    pub broken: usize,
    /// Addresses the server would not answer for now (429), or could not be asked.
    pub unchecked: usize,
}

impl Summary {
    /// The summary line, as `check` prints it (one or two messages, in the given order).
    pub fn lines(&self) -> Vec<Msg> {
        let mut out = vec![if self.checked == 1 {
            msg::checked_one_link(self.ok, self.broken)
        } else {
            msg::checked_links(self.checked, self.ok, self.broken)
        }];
        if self.unchecked > 0 {
            out.push(msg::not_answered(self.unchecked));
        }
        out
    }

    /// The summary line in `lang`.
    pub fn render(&self, lang: crate::messages::Language) -> String {
        self.lines().iter().map(|m| m.render(lang)).collect()
    }
}

/// English, the form tests compare against; `check` prints [`Summary::render`].
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::messages::Language::En))
    }
}

/// Collects, asks about and reports every external link of the compiled site.
/// `templates` are the theme's template sources, to point at a link a template writes.
pub fn check(
    site: &Site,
    stories: &[StoryLinks],
    templates: &[SourceFile],
    files: &[OutputFile],
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Summary {
    let links = collect(site, stories, templates, files);
    let outcomes = probe_all(&links, settings);
    let mut summary = Summary {
        checked: links.len(),
        ..Summary::default()
    };
    for (link, outcome) in links.iter().zip(&outcomes) {
        match outcome {
            Outcome::Ok => summary.ok += 1,
            Outcome::RateLimited => {
                summary.unchecked += 1;
                report(
                    link,
                    Severity::Warning,
                    msg::link_rate_limited(&link.url),
                    msg::rate_limited_hint(),
                    diags,
                );
            }
            Outcome::Unchecked(why) => {
                summary.unchecked += 1;
                report(
                    link,
                    Severity::Warning,
                    msg::link_not_checked(&link.url, why),
                    msg::check_by_hand_hint(),
                    diags,
                );
            }
            Outcome::Broken(b) => {
                summary.broken += 1;
                let message = msg::broken_external_link(&link.url, b.what());
                report(link, Severity::Error, message, b.hint(), diags);
            }
        }
    }
    summary
}

/// Reports one finding at every place of a link.
fn report(link: &Link, severity: Severity, message: Msg, hint: Msg, diags: &mut Diagnostics) {
    let expected = msg::answers_with_a_page;
    let pages: Vec<&str> = link
        .places
        .iter()
        .filter_map(|p| match p {
            Place::Page(page) => Some(page.as_str()),
            Place::Source { .. } => None,
        })
        .collect();
    for place in &link.places {
        if let Place::Source {
            file,
            span,
            template,
        } = place
        {
            let d = Diagnostic {
                severity,
                ..Diagnostic::error(file, *span, message.clone())
            };
            let hint = if *template {
                msg::in_template_hint(&hint)
            } else {
                hint.clone()
            };
            diags.push(d.expected(expected()).hint(hint));
        }
    }
    // A link made from data is on many pages: one message naming the first.
    if let Some(first) = pages.first() {
        let more = match pages.len() - 1 {
            0 => crate::messages::Arg::from(""),
            n => msg::and_more_pages(n).into(),
        };
        diags.push(Diagnostic {
            severity,
            ..Diagnostic::general(msg::on_pages(&message, *first, more))
                .expected(expected())
                .hint(msg::from_data_hint(&hint))
        });
    }
}

/// Every distinct external address of the site with its places, sorted by address.
/// Addresses under `base_url` are the site itself, checked as internal links instead.
pub fn collect(
    site: &Site,
    stories: &[StoryLinks],
    templates: &[SourceFile],
    files: &[OutputFile],
) -> Vec<Link> {
    let own = site
        .config
        .base_url
        .as_deref()
        .map(|b| b.trim().trim_end_matches('/'))
        .filter(|b| !b.is_empty());
    let mut found: BTreeMap<String, Vec<Place>> = BTreeMap::new();
    let add = |found: &mut BTreeMap<String, Vec<Place>>, url: &str, place: Place| {
        let Some(key) = address(url) else { return };
        if own.is_some_and(|b| key == b || key.starts_with(&format!("{b}/"))) {
            return;
        }
        found.entry(key).or_default().push(place);
    };
    for found_in in stories {
        let story = match found_in.story {
            Some(k) => site.story(k),
            None => match &site.home {
                Some(h) => h,
                None => continue,
            },
        };
        for (url, span) in story_links(story, found_in) {
            add(
                &mut found,
                &url,
                Place::Source {
                    file: story.file.clone(),
                    span,
                    template: false,
                },
            );
        }
    }
    for file in templates {
        for (url, span) in template_links(file) {
            add(
                &mut found,
                &url,
                Place::Source {
                    file: file.clone(),
                    span,
                    template: true,
                },
            );
        }
    }
    // Links on built pages that no story or template writes as such: made from data.
    let written: std::collections::HashSet<String> = found.keys().cloned().collect();
    let mut pages: Vec<&OutputFile> = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    for page in pages {
        let name = page.path.to_string_lossy().replace('\\', "/");
        let scanned = html::scan(&String::from_utf8_lossy(&page.bytes));
        let mut seen_here = std::collections::HashSet::new();
        for url in scanned.links {
            match address(&url) {
                Some(key) if !written.contains(&key) && seen_here.insert(key.clone()) => {
                    add(&mut found, &url, Place::Page(name.clone()))
                }
                _ => {}
            }
        }
    }
    found
        .into_iter()
        .map(|(url, places)| Link { url, places })
        .collect()
}

/// The address an http(s) link asks for: trimmed, without its `#fragment` (a browser
/// never sends it); `None` for anything else.
fn address(link: &str) -> Option<String> {
    let link = link.trim();
    let scheme = link.get(..8)?.to_ascii_lowercase();
    if !(scheme.starts_with("http://") || scheme == "https://") {
        return None;
    }
    let url = link.split('#').next().unwrap_or(link);
    Some(url.to_string())
}

/// The external link and image targets of a story (found by its one parse, in Markdown
/// and in its raw HTML), each at the place of the address itself in the file.
fn story_links(story: &Story, found: &StoryLinks) -> Vec<(String, Span)> {
    let mut out: Vec<(String, Span)> = found
        .links
        .iter()
        .filter(|(url, _)| address(url).is_some())
        .cloned()
        .collect();
    for (start, raw) in &found.html {
        let mut from = 0;
        for url in html::scan(raw).links {
            if address(&url).is_none() {
                continue;
            }
            let at = find_in(raw, from..raw.len(), &url)
                .or_else(|| find_in(raw, from..raw.len(), &url.replace('&', "&amp;")));
            if let Some(a) = at {
                from = a + 1;
            }
            let len = url.chars().count();
            out.push((url, body_span(story, start + at.unwrap_or(0), len)));
        }
    }
    out
}

/// Absolute http(s) links a template writes literally, at their line. Links holding Tera
/// expressions are left to the built pages, where they are whole.
fn template_links(file: &SourceFile) -> Vec<(String, Span)> {
    let text = &*file.text;
    let mut out = Vec::new();
    let mut from = 0;
    for url in html::scan(text).links {
        if address(&url).is_none() || url.contains("{{") || url.contains("{%") {
            continue;
        }
        let Some(at) = find_in(text, from..text.len(), &url)
            .or_else(|| find_in(text, from..text.len(), &url.replace('&', "&amp;")))
        else {
            continue;
        };
        from = at + 1;
        let (line, column) = line_column(text, at);
        out.push((url.clone(), Span::new(line, column, url.chars().count())));
    }
    out
}

/// The byte offset of `needle` in `text[range]`, as an offset into `text`.
fn find_in(text: &str, range: std::ops::Range<usize>, needle: &str) -> Option<usize> {
    text.get(range.clone())?
        .find(needle)
        .map(|i| range.start + i)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = (0..=at.min(text.len()))
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A place in a story body as a place in the story's file.
fn body_span(story: &Story, at: usize, len: usize) -> Span {
    let (line, column) = line_column(story.body(), at);
    Span::new(line + story.body_offset, column, len)
}

/// Asks about every link, `settings.parallel` at a time; outcomes in the links' order.
pub fn probe_all(links: &[Link], settings: &Settings) -> Vec<Outcome> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(settings.timeout))
        .max_redirects(settings.max_redirects)
        // Error statuses are outcomes to report, not failures of the request.
        .http_status_as_error(false)
        .user_agent(concat!(
            "xiaokang/",
            env!("CARGO_PKG_VERSION"),
            " (link checker)"
        ))
        .build()
        .new_agent();
    let ask = |l: &Link| probe(&agent, &l.url, settings);
    // Requests wait on the network, not the processor: their own pool, wider than the
    // two cores rayon's global pool has, and bounded so no server is flooded.
    match rayon::ThreadPoolBuilder::new()
        .num_threads(settings.parallel.max(1))
        .build()
    {
        Ok(pool) => pool.install(|| links.par_iter().map(ask).collect()),
        Err(_) => links.iter().map(ask).collect(),
    }
}

/// Asks about one address: HEAD, then GET when HEAD is refused or answered with an error
/// (many servers answer HEAD wrongly though GET works; a false alarm costs the author
/// more than one more request).
pub fn probe(agent: &ureq::Agent, url: &str, settings: &Settings) -> Outcome {
    let Some(uri) = request_uri(url) else {
        return Outcome::Unchecked(msg::non_latin_host());
    };
    match agent.head(uri.as_str()).call() {
        Ok(r) if r.status().as_u16() < 400 => Outcome::Ok,
        Ok(r) if r.status().as_u16() == 429 => Outcome::RateLimited,
        Ok(_) => get(agent, &uri, settings),
        Err(e) => match broken(e, settings) {
            // Asking again would fail the same way (or wait as long again).
            b @ (Broken::UnknownHost
            | Broken::Refused
            | Broken::Timeout(_)
            | Broken::BadAddress(_)
            | Broken::TooManyRedirects(_)
            | Broken::Tls(_)) => Outcome::Broken(b),
            _ => get(agent, &uri, settings),
        },
    }
}

fn get(agent: &ureq::Agent, uri: &str, settings: &Settings) -> Outcome {
    // Only the status is read: the body is dropped unread.
    match agent.get(uri).call() {
        Ok(r) => match r.status().as_u16() {
            s if s < 400 => Outcome::Ok,
            429 => Outcome::RateLimited,
            s => Outcome::Broken(Broken::Status(
                s,
                r.status().canonical_reason().unwrap_or("").to_string(),
            )),
        },
        Err(e) => Outcome::Broken(broken(e, settings)),
    }
}

/// A failed request as a reason.
fn broken(e: ureq::Error, settings: &Settings) -> Broken {
    match e {
        ureq::Error::HostNotFound => Broken::UnknownHost,
        ureq::Error::Timeout(_) => Broken::Timeout(settings.timeout),
        ureq::Error::TooManyRedirects => Broken::TooManyRedirects(settings.max_redirects),
        ureq::Error::BadUri(m) => Broken::BadAddress(m),
        ureq::Error::Http(m) => Broken::BadAddress(m.to_string()),
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => Broken::Refused,
            std::io::ErrorKind::TimedOut => Broken::Timeout(settings.timeout),
            _ => Broken::Other(io.to_string()),
        },
        e @ (ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::Pem(_)) => {
            Broken::Tls(e.to_string())
        }
        e => Broken::Other(e.to_string()),
    }
}

/// The address as it goes on the wire: what a browser sends for a link with Chinese
/// characters or spaces in its path (percent-encoded UTF-8). `None` when the host name
/// itself is not ASCII (internationalised domain names need a Punycode step).
fn request_uri(url: &str) -> Option<String> {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let host_end = url[after_scheme..]
        .find(['/', '?'])
        .map_or(url.len(), |i| after_scheme + i);
    if !url[..host_end].is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        let plain = b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b);
        if plain {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_http_links_without_fragments() {
        assert_eq!(
            address(" https://example.org/a#b "),
            Some("https://example.org/a".into())
        );
        assert_eq!(
            address("HTTP://example.org"),
            Some("HTTP://example.org".into())
        );
        assert_eq!(address("mailto:a@b.cn"), None);
        assert_eq!(address("../static/a.png"), None);
        assert_eq!(address("http"), None);
    }

    #[test]
    fn request_uris_are_percent_encoded_like_a_browser_does() {
        assert_eq!(
            request_uri("https://zh.example.org/wiki/小康 社会").as_deref(),
            Some("https://zh.example.org/wiki/%E5%B0%8F%E5%BA%B7%20%E7%A4%BE%E4%BC%9A")
        );
        assert_eq!(request_uri("https://政府.cn/"), None);
    }

    #[test]
    fn story_links_point_at_the_address() {
        let text = "---\ntitle: t\n---\n\n见[原文](https://a.example/x)和![图](http://b.example/i.png)。\n\n[参考][r]\n\n[r]: https://c.example/\n\n<a href=\"https://d.example/?a=1&amp;b=2\">d</a>\n";
        let file = SourceFile::new("content/news/a.md", text);
        let story = Story {
            file,
            slug: "a".into(),
            region: None,
            meta: Default::default(),
            body_start: 17,
            body_offset: 3,
        };
        let parsed = crate::compute::story::parse(&story, &Default::default());
        let found = StoryLinks {
            story: None,
            links: parsed.links,
            html: parsed.html,
        };
        let links = story_links(&story, &found);
        let got: Vec<(&str, usize, usize)> = links
            .iter()
            .map(|(u, s)| (u.as_str(), s.line, s.column))
            .collect();
        assert_eq!(
            got,
            [
                ("https://a.example/x", 5, 7),
                ("http://b.example/i.png", 5, 33),
                ("https://c.example/", 9, 6),
                ("https://d.example/?a=1&b=2", 11, 10),
            ]
        );
    }

    #[test]
    fn template_links_skip_expressions() {
        let file = SourceFile::new(
            "templates/base.html",
            "<footer>\n  <a href=\"https://www.gov.cn/\">政府网</a> <a href=\"{{ base }}x\">x</a> <a href=\"https://x.cn/{{ id }}\">y</a>\n</footer>",
        );
        let got: Vec<(String, usize, usize)> = template_links(&file)
            .into_iter()
            .map(|(u, s)| (u, s.line, s.column))
            .collect();
        assert_eq!(got, [("https://www.gov.cn/".to_string(), 2, 12)]);
    }

    #[test]
    fn the_summary_reads_as_a_sentence() {
        let s = Summary {
            checked: 12,
            ok: 11,
            broken: 1,
            unchecked: 0,
        };
        assert_eq!(s.to_string(), "checked 12 external links: 11 ok, 1 broken");
    }
}
