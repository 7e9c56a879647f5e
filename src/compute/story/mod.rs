//! Stories, parsed once per build and resolved against the data: figure references become
//! figures, chart and figures blocks become drawn charts and key-figure cards, and local
//! links are checked. Every output (web page, booklet, its HTML twin, search, the link
//! checker) reads the result instead of parsing the Markdown again.

mod blocks;
mod lines;
pub mod links;

use super::draw::{DrawnChart, Tally};
use super::summary::KeyFigure;
use crate::diagnostics::{Diagnostics, Span};
use crate::model::{Site, Story};
use lines::LineIndex;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::sync::atomic::Ordering;

/// The Markdown extensions stories are written with.
pub const MARKDOWN: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// A story's Markdown, parsed: its events with the places diagnostics point at.
#[derive(Debug, Clone)]
pub struct ParsedStory {
    pieces: Vec<Piece>,
    /// The readable text (prose without references, blocks or link targets), for search.
    pub text: String,
    /// Every link and image target written in Markdown, at the place of the address.
    pub links: Vec<(String, Span)>,
    /// Runs of raw HTML: (byte offset in the body, text), for links written as tags.
    pub html: Vec<(usize, String)>,
}

#[derive(Debug, Clone)]
enum Piece {
    /// An event passed on as it is.
    Event(Event<'static>),
    /// A run of text (adjacent text events merged, so a reference split by the parser is
    /// seen whole) starting at byte `start` of the body.
    Text { text: String, start: usize },
    /// The start of a link or image, with the place of the whole link for its check.
    Link { event: Event<'static>, span: Span },
    /// A ```` ```chart ```` or ```` ```figures ```` block.
    Block(blocks::Block),
}

/// Parses a story's body once.
pub fn parse(story: &Story, tally: &Tally) -> ParsedStory {
    tally.stories_parsed.fetch_add(1, Ordering::Relaxed);
    let body = story.body();
    let lines = LineIndex::new(body, story.body_offset);
    let mut iter = Parser::new_ext(body, MARKDOWN).into_offset_iter();
    let events: Vec<_> = iter.by_ref().collect();
    let defs = iter.reference_definitions();
    let mut out = ParsedStory {
        pieces: Vec::with_capacity(events.len()),
        text: String::with_capacity(body.len()),
        links: Vec::new(),
        html: Vec::new(),
    };
    // Code is shown, not read: its text stays out of the search index.
    let mut in_code = false;
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if matches!(info.trim(), "chart" | "figures") =>
            {
                let chart = info.trim() == "chart";
                let block_line = lines.line_of(range.start);
                let mut text = String::new();
                let mut content_start = None;
                i += 1;
                while i < events.len() && !matches!(events[i].0, Event::End(TagEnd::CodeBlock)) {
                    if let Event::Text(t) = &events[i].0 {
                        content_start.get_or_insert(events[i].1.start);
                        text.push_str(t);
                    }
                    i += 1;
                }
                let content_line = content_start
                    .map(|o| lines.line_of(o))
                    .unwrap_or(block_line + 1);
                out.pieces.push(Piece::Block(blocks::Block {
                    chart,
                    text,
                    block_line,
                    content_line,
                }));
                out.text.push(' ');
            }
            Event::Text(_) => {
                let start = range.start;
                let mut text = String::new();
                while let Some((Event::Text(t), _)) = events.get(i) {
                    text.push_str(t);
                    i += 1;
                }
                if !in_code {
                    out.text.push_str(&strip_references(&text));
                    out.text.push(' ');
                }
                out.pieces.push(Piece::Text { text, start });
                continue;
            }
            Event::Start(
                tag @ (Tag::Image { dest_url, id, .. } | Tag::Link { dest_url, id, .. }),
            ) => {
                let len = body[range.clone()]
                    .lines()
                    .next()
                    .map_or(1, |l| l.chars().count());
                // Inline links hold the address; reference links, their definition.
                let within = defs
                    .get(id)
                    .filter(|_| !id.is_empty())
                    .map_or(range.clone(), |d| d.span.clone());
                let at = find_in(body, within.clone(), dest_url).unwrap_or(within.start);
                out.links.push((
                    dest_url.to_string(),
                    lines.span(at, dest_url.chars().count()),
                ));
                out.pieces.push(Piece::Link {
                    event: Event::Start(tag.clone()).into_static(),
                    span: lines.span(range.start, len),
                });
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                // A tag may span several HTML events (one per line): its links are looked
                // for in the run whole.
                let start = range.start;
                let mut end = range.end;
                while let Some((e @ (Event::Html(_) | Event::InlineHtml(_)), r)) = events.get(i) {
                    out.pieces.push(Piece::Event(e.clone().into_static()));
                    end = r.end;
                    i += 1;
                }
                out.html
                    .push((start, body.get(start..end).unwrap_or_default().to_string()));
                continue;
            }
            e => {
                match e {
                    Event::Start(Tag::CodeBlock(_)) => in_code = true,
                    Event::End(TagEnd::CodeBlock) => {
                        in_code = false;
                        out.text.push(' ');
                    }
                    Event::Code(t) if !in_code => {
                        out.text.push_str(&strip_references(t));
                        out.text.push(' ');
                    }
                    Event::SoftBreak | Event::HardBreak | Event::End(_) => out.text.push(' '),
                    _ => {}
                }
                out.pieces.push(Piece::Event(e.clone().into_static()));
            }
        }
        i += 1;
    }
    out
}

impl ParsedStory {
    /// Lets go of the events once the story is resolved; its text and links stay.
    pub fn shed(&mut self) {
        self.pieces = Vec::new();
    }
}

/// Something a story embeds with a fenced block; each output lays it out its own way.
#[derive(Debug, Clone)]
pub enum Embed {
    /// A ```` ```chart ```` block, drawn.
    Chart(Box<DrawnChart>),
    /// A ```` ```figures ```` block: key figure cards of a region.
    Figures {
        /// Heading over the cards.
        title: String,
        /// The cards.
        figures: Vec<KeyFigure>,
    },
}

/// A story resolved against the data: its events with figure references replaced by their
/// figures and each block standing as an [`Event::Html`] holding [`embed_token`]`(n)`
/// for `embeds[n]`. Raw HTML is kept as written: each output decides what to do with it.
#[derive(Debug, Clone)]
pub struct ResolvedStory {
    /// The body's events.
    pub events: Vec<Event<'static>>,
    /// What its blocks show, in order.
    pub embeds: Vec<Embed>,
}

/// How a story's charts are named: element ids `<prefix>-<n>`, files
/// `charts/<folder>/<slug>-<n>.svg`.
pub struct ChartNames<'a> {
    /// Element id prefix (`luqu-story`, `home`).
    pub prefix: &'a str,
    /// Folder under `charts/` (the region id, or `news`).
    pub folder: &'a str,
}

/// Resolves a parsed story: references, blocks (decoded, checked and drawn) and local
/// links; every problem is reported at its place in the story's file.
pub fn resolve(
    site: &Site,
    story: &Story,
    parsed: &ParsedStory,
    names: &ChartNames<'_>,
    tally: &Tally,
    diags: &mut Diagnostics,
) -> ResolvedStory {
    let lines = LineIndex::new(story.body(), story.body_offset);
    let mut out = ResolvedStory {
        events: Vec::with_capacity(parsed.pieces.len()),
        embeds: Vec::new(),
    };
    let mut chart_no = 0;
    // Images from hosts the site does not allow, shown as links: how many are open.
    let mut as_links = 0;
    for piece in &parsed.pieces {
        match piece {
            Piece::Event(Event::End(TagEnd::Image)) if as_links > 0 => {
                as_links -= 1;
                if let Some(Event::Start(Tag::Link { dest_url, .. })) = out.events.last() {
                    // No words to click: the address itself.
                    let url = dest_url.clone();
                    out.events.push(Event::Text(url));
                }
                out.events.push(Event::End(TagEnd::Link));
            }
            Piece::Event(e) => out.events.push(e.clone()),
            Piece::Text { text, start } => {
                let resolved = lines::references(site, story, text, *start, &lines, diags);
                out.events.push(Event::Text(resolved.into()));
            }
            Piece::Link { event, span } => {
                if let Event::Start(tag) = event {
                    links::check(site, story, tag, *span, diags);
                }
                match event {
                    Event::Start(Tag::Image {
                        dest_url, title, ..
                    }) if !site.config.may_load(dest_url) => {
                        as_links += 1;
                        out.events.push(Event::Start(Tag::Link {
                            link_type: pulldown_cmark::LinkType::Inline,
                            dest_url: dest_url.clone(),
                            title: title.clone(),
                            id: "".into(),
                        }));
                    }
                    _ => out.events.push(event.clone()),
                }
            }
            Piece::Block(b) if b.chart => {
                chart_no += 1;
                let id = format!("{}-{chart_no}", names.prefix);
                let stem = format!("{}/{}-{chart_no}", names.folder, story.slug);
                let Some(built) = blocks::chart(site, story, b, &id, diags) else {
                    continue;
                };
                match super::draw::draw(built, stem, tally) {
                    Ok(drawn) => out.push_embed(Embed::Chart(Box::new(drawn))),
                    Err(d) => diags.push(*d),
                }
            }
            Piece::Block(b) => {
                for (title, figures) in blocks::figures(site, story, b, diags) {
                    out.push_embed(Embed::Figures { title, figures });
                }
            }
        }
    }
    if !site.config.unsafe_html {
        offsite_html_images(site, story, parsed, &lines, diags);
    }
    out
}

/// Warns of each `<img>` written as HTML whose source is on a host the site does not
/// allow: the sanitizer drops its address, so the page loads nothing from elsewhere.
fn offsite_html_images(
    site: &Site,
    story: &Story,
    parsed: &ParsedStory,
    lines: &LineIndex,
    diags: &mut Diagnostics,
) {
    let body = story.body();
    for (start, raw) in &parsed.html {
        for url in crate::html_scan::scan(raw).images {
            if site.config.may_load(&url) {
                continue;
            }
            let within = *start..start + raw.len();
            let at = find_in(body, within, &url).unwrap_or(*start);
            let host = crate::url::offsite_host(&url).unwrap_or_default();
            diags.push(
                crate::diagnostics::Diagnostic::warning(
                    &story.file,
                    lines.span(at, url.chars().count()),
                    crate::messages::catalog::story::offsite_html_image(&url, &host),
                )
                .expected(crate::messages::catalog::story::static_file_or_allowed_host())
                .hint(crate::messages::catalog::story::offsite_image_hint(&host)),
            );
        }
    }
}

impl ResolvedStory {
    fn push_embed(&mut self, e: Embed) {
        self.events
            .push(Event::Html(embed_token(self.embeds.len()).into()));
        self.embeds.push(e);
    }
}

/// Stands for the `n`th block of a resolved story (private-use characters, which HTML
/// sanitizing keeps as text and no author types).
pub fn embed_token(n: usize) -> String {
    format!("\u{E000}xiaokang-embed-{n}\u{E001}")
}

/// The block number a [`embed_token`] stands for.
pub fn embed_index(h: &str) -> Option<usize> {
    h.trim()
        .strip_prefix("\u{E000}xiaokang-embed-")?
        .strip_suffix('\u{E001}')?
        .parse()
        .ok()
}

/// Drops `{{ … }}` figure references: their figures are on the page, their paths are not words.
fn strip_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(a) = rest.find("{{") {
        out.push_str(&rest[..a]);
        match rest[a..].find("}}") {
            Some(b) => rest = &rest[a + b + 2..],
            None => {
                rest = &rest[a..];
                break;
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// The byte offset of `needle` in `text[range]`, as an offset into `text`.
fn find_in(text: &str, range: std::ops::Range<usize>, needle: &str) -> Option<usize> {
    text.get(range.clone())?
        .find(needle)
        .map(|i| range.start + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceFile;

    fn story(body: &str) -> Story {
        let text = format!("---\ntitle: t\n---\n{body}");
        Story {
            file: SourceFile::new("content/news/a.md", text),
            slug: "a".into(),
            region: None,
            meta: Default::default(),
            body_start: 17,
            body_offset: 3,
        }
    }

    #[test]
    fn search_text_keeps_prose_only() {
        let s = story("# 光伏\n\n全县{{ funds.total }}元，[链接](a.html)。\n\n```chart\nkind: funds\n```\n\n```\ncode 代码\n```\n");
        let p = parse(&s, &Tally::default());
        assert!(p.text.contains("光伏") && p.text.contains("全县") && p.text.contains("链接"));
        for not in ["funds", "a.html", "kind", "代码"] {
            assert!(!p.text.contains(not), "{not} in {}", p.text);
        }
    }

    #[test]
    fn blocks_stand_as_tokens_in_order() {
        assert_eq!(embed_index(&embed_token(12)), Some(12));
        assert_eq!(embed_index("<b>12</b>"), None);
    }

    #[test]
    fn each_parse_is_counted() {
        let tally = Tally::default();
        parse(&story("正文"), &tally);
        parse(&story("正文"), &tally);
        assert_eq!(tally.get(), (2, 0));
    }
}
