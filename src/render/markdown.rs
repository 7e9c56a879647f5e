//! Story Markdown to HTML: CommonMark plus chart blocks and figure references.

use crate::compute::charts::{self, BuiltChart, ChartKind, ChartRequest};
use crate::compute::figures;
use crate::compute::summary::{self, KeyFigure};
use crate::diagnostics::{did_you_mean, one_of, Diagnostic, Diagnostics, Span};
use crate::load::yaml::{self, Value};
use crate::model::decode::Decoder;
use crate::model::{Site, Story};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

use super::{links, sanitize};

/// Something a story embeds with a fenced block; the page turns it into HTML.
pub enum Embed<'a> {
    /// A ```` ```chart ```` block.
    Chart(&'a BuiltChart),
    /// A ```` ```figures ```` block: key figure cards of a region.
    Figures {
        /// Heading over the cards.
        title: String,
        /// The cards.
        figures: Vec<KeyFigure>,
    },
}

/// Renders a story body. Each block is replaced by the HTML `place` returns for it.
pub fn render(
    site: &Site,
    story: &Story,
    id_prefix: &str,
    nested: bool,
    place: &mut dyn FnMut(Embed<'_>) -> String,
    diags: &mut Diagnostics,
) -> String {
    let mut html = String::with_capacity(story.body().len() * 2);
    if site.config.unsafe_html {
        let out = story_events(site, story, id_prefix, nested, true, place, diags);
        pulldown_cmark::html::push_html(&mut html, out.into_iter());
        return html;
    }
    // Raw HTML is sanitized with the rest of the story; blocks stand in as placeholders
    // meanwhile, so their markup (inline SVG) is not touched.
    let mut embeds: Vec<String> = Vec::new();
    {
        let mut hold = |e: Embed<'_>| -> String {
            embeds.push(place(e));
            embed_token(embeds.len() - 1)
        };
        let out = story_events(site, story, id_prefix, nested, true, &mut hold, diags);
        pulldown_cmark::html::push_html(&mut html, out.into_iter());
    }
    let mut html = sanitize::sanitize(&html);
    for (n, e) in embeds.iter().enumerate() {
        html = html.replacen(&embed_token(n), e, 1);
    }
    html
}

/// Stands for the `n`th block while the story's HTML is sanitized (private-use characters,
/// which the sanitizer keeps as text).
fn embed_token(n: usize) -> String {
    format!("\u{E000}xiaokang-embed-{n}\u{E001}")
}

/// The story body as Markdown events, with figure references resolved, raw HTML turned
/// into text (unless `unsafe_html`) and each block replaced by an [`Event::Html`] holding
/// what `place` returns for it: what [`render`] turns into HTML, and the booklet into
/// Typst markup.
pub fn events<'s>(
    site: &Site,
    story: &'s Story,
    id_prefix: &str,
    nested: bool,
    place: &mut dyn FnMut(Embed<'_>) -> String,
    diags: &mut Diagnostics,
) -> Vec<Event<'s>> {
    story_events(site, story, id_prefix, nested, false, place, diags)
}

/// [`events`]; `web` keeps raw HTML (for [`render`] to sanitize) and checks local link
/// and image targets against the built site.
fn story_events<'s>(
    site: &Site,
    story: &'s Story,
    id_prefix: &str,
    nested: bool,
    web: bool,
    place: &mut dyn FnMut(Embed<'_>) -> String,
    diags: &mut Diagnostics,
) -> Vec<Event<'s>> {
    let body = story.body();
    let lines = LineIndex::new(body, story.body_offset);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(body, options).into_offset_iter().collect();
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut i = 0;
    let mut chart_no = 0;
    while i < events.len() {
        match &events[i].0 {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if matches!(info.trim(), "chart" | "figures") =>
            {
                let is_chart = info.trim() == "chart";
                let block_start = events[i].1.start;
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
                let block_line = lines.line_of(block_start);
                let content_line = content_start
                    .map(|o| lines.line_of(o))
                    .unwrap_or(block_line + 1);
                if is_chart {
                    chart_no += 1;
                    let id = format!("{id_prefix}-{chart_no}");
                    if let Some(chart) =
                        chart_block(site, story, &text, content_line - 1, block_line, &id, diags)
                    {
                        out.push(Event::Html(CowStr::from(place(Embed::Chart(&chart)))));
                    }
                } else {
                    for (title, figures) in
                        figures_block(site, story, &text, content_line - 1, block_line, diags)
                    {
                        out.push(Event::Html(CowStr::from(place(Embed::Figures {
                            title,
                            figures,
                        }))));
                    }
                }
            }
            Event::Text(_) => {
                // Merge adjacent text so a reference split by the parser is seen whole.
                let start = events[i].1.start;
                let mut text = String::new();
                while i < events.len() {
                    match &events[i].0 {
                        Event::Text(t) => text.push_str(t),
                        _ => break,
                    }
                    i += 1;
                }
                let resolved = references(site, story, &text, start, &lines, diags);
                out.push(Event::Text(CowStr::from(resolved)));
                continue;
            }
            Event::Start(tag @ (Tag::Image { .. } | Tag::Link { .. })) if web => {
                let range = events[i].1.clone();
                let len = body[range.clone()]
                    .lines()
                    .next()
                    .map_or(1, |l| l.chars().count());
                links::check(site, story, tag, lines.span(range.start, len), diags);
                out.push(events[i].0.clone());
            }
            Event::Html(h) | Event::InlineHtml(h) if !web && !site.config.unsafe_html => {
                // Raw HTML is shown as text unless the site opts in with `unsafe_html: true`.
                out.push(Event::Text(h.clone()));
            }
            // A story shown inside a page under its own <h2> title: its headings move down a level.
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if nested => out.push(Event::Start(Tag::Heading {
                level: deeper(*level),
                id: id.clone(),
                classes: classes.clone(),
                attrs: attrs.clone(),
            })),
            Event::End(TagEnd::Heading(level)) if nested => {
                out.push(Event::End(TagEnd::Heading(deeper(*level))))
            }
            e => out.push(e.clone()),
        }
        i += 1;
    }
    out
}

fn deeper(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Maps byte offsets in a story body to 1-based lines and columns of the file.
struct LineIndex<'a> {
    body: &'a str,
    starts: Vec<usize>,
    offset: usize,
}

impl<'a> LineIndex<'a> {
    fn new(body: &'a str, offset: usize) -> Self {
        let mut starts = vec![0];
        starts.extend(body.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            body,
            starts,
            offset,
        }
    }

    fn line_of(&self, byte: usize) -> usize {
        self.starts.partition_point(|s| *s <= byte) + self.offset
    }

    fn span(&self, byte: usize, len: usize) -> Span {
        let idx = self.starts.partition_point(|s| *s <= byte).max(1) - 1;
        let col = self
            .body
            .get(self.starts[idx]..byte)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Span::new(idx + 1 + self.offset, col, len)
    }
}

/// Replaces every `{{ path }}` in a text run with the figure it names.
fn references(
    site: &Site,
    story: &Story,
    text: &str,
    start: usize,
    lines: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &after[..close];
        let whole = &rest[open..open + 2 + close + 2];
        match figures::resolve(site, story.region, inner) {
            Ok(v) => out.push_str(&v),
            Err(e) => {
                // Find the reference in the source to point at it; the run may hold escapes.
                let src_at = story
                    .body()
                    .get(start..)
                    .and_then(|s| s.find(whole))
                    .map(|o| start + o)
                    .unwrap_or(start);
                let span = lines.span(src_at, whole.chars().count());
                let mut d = Diagnostic::error(&story.file, span, format!("unknown figure reference `{}`: {}", inner.trim(), e.message))
                    .hint("figure references are written `{{ section.key.field }}` or `{{ region_id:section.key.field }}`; see the README's reference");
                if let Some(exp) = e.expected {
                    d = d.expected(exp);
                }
                diags.push(d);
                out.push_str(whole);
            }
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

const OPTIONS: &[&str] = &[
    "kind", "regions", "title", "height", "years", "source", "name",
];

/// Reads a chart block's options and builds the chart; problems name the block's lines.
fn chart_block(
    site: &Site,
    story: &Story,
    text: &str,
    line_offset: usize,
    block_line: usize,
    id: &str,
    diags: &mut Diagnostics,
) -> Option<BuiltChart> {
    let file = &story.file;
    let node = match yaml::parse(file, text, line_offset) {
        Ok(n) => n,
        Err(d) => {
            diags.push(*d);
            return None;
        }
    };
    let block_span = Span::new(block_line, 1, 8);
    let mut d = Decoder::new(file, diags);
    let f = d.fields(&node, "a chart block", OPTIONS)?;
    let kind = match f
        .get("kind")
        .and_then(|n| d.text(n, "`kind`").map(|t| (t, n.span)))
    {
        Some((k, span)) => match ChartKind::parse(&k) {
            Some(kind) => Some(kind),
            None => {
                let names = ChartKind::names();
                d.diags.push(
                    Diagnostic::error(file, span, format!("unknown chart kind `{k}`"))
                        .expected(format!("one of {}", one_of(&names)))
                        .maybe_hint(
                            did_you_mean(&k, names.iter().copied())
                                .map(|m| format!("did you mean `{m}`?")),
                        ),
                );
                None
            }
        },
        None => {
            d.missing(block_span, "kind", "this chart block", "kind: poverty-rate");
            None
        }
    };
    let regions = block_regions(site, story, f.get("regions"), block_span, "chart", &mut d)?;
    let title = f.get("title").and_then(|n| d.text(n, "`title`"));
    let height = f.get("height").and_then(|n| {
        d.quantity(n, "`height`", |t| {
            match t.trim().trim_end_matches("px").parse::<u32>() {
                Ok(h) if (200..=1200).contains(&h) => Ok(h),
                _ => Err(crate::quantity::QuantityError {
                    message: format!("`{t}` is not a chart height"),
                    expected: "a height in pixels from 200 to 1200".into(),
                    hint: None,
                }),
            }
        })
    });
    let years = f
        .get("years")
        .and_then(|n| d.period(n, "`years`"))
        .map(|p| (p.start, p.end));
    let source = f.get("source").and_then(|n| d.text(n, "`source`"));
    let name = f.get("name").and_then(|n| d.text(n, "`name`"));
    let kind = kind?;
    let req = ChartRequest {
        kind,
        regions,
        title,
        height,
        years,
        source,
        name,
        ranked: false,
        limit: None,
    };
    match charts::build(site, &req, id) {
        Ok(c) => Some(c),
        Err(why) => {
            d.diags.push(
                Diagnostic::error(
                    file,
                    block_span,
                    format!(
                        "this `{}` chart block has nothing to draw: {why}",
                        kind.name()
                    ),
                )
                .hint(format!(
                    "a `{}` chart needs {}; add them to region.yaml or remove the block",
                    kind.name(),
                    kind.needs()
                )),
            );
            None
        }
    }
}

/// Reads a `figures` block: the key figure cards of one or more regions.
fn figures_block(
    site: &Site,
    story: &Story,
    text: &str,
    line_offset: usize,
    block_line: usize,
    diags: &mut Diagnostics,
) -> Vec<(String, Vec<KeyFigure>)> {
    let file = &story.file;
    let node = match yaml::parse(file, text, line_offset) {
        Ok(n) => n,
        Err(d) => {
            diags.push(*d);
            return Vec::new();
        }
    };
    let block_span = Span::new(block_line, 1, 10); // the opening ```figures fence
    let mut d = Decoder::new(file, diags);
    let Some(f) = d.fields(&node, "a figures block", &["regions", "title"]) else {
        return Vec::new();
    };
    let Some(regions) = block_regions(site, story, f.get("regions"), block_span, "figures", &mut d)
    else {
        return Vec::new();
    };
    let title = f.get("title").and_then(|n| d.text(n, "`title`"));
    let mut out = Vec::new();
    for i in regions {
        let r = &site.regions[i];
        let own = summary::region_figures(r);
        let figures = if own.is_empty() {
            summary::rollup_figures(site, i)
        } else {
            own
        };
        if figures.is_empty() {
            d.diags.push(
                Diagnostic::error(
                    file,
                    block_span,
                    format!(
                        "this figures block has nothing to show: {} has no figures",
                        r.name
                    ),
                )
                .hint("name a region with data in `regions:`, or remove the block"),
            );
            continue;
        }
        out.push((
            title
                .clone()
                .unwrap_or_else(|| format!("{}主要数据", r.name)),
            figures,
        ));
    }
    out
}

/// The regions a block names (ids checked), or the story's own region.
fn block_regions(
    site: &Site,
    story: &Story,
    node: Option<&yaml::Node>,
    block_span: Span,
    what: &str,
    d: &mut Decoder<'_>,
) -> Option<Vec<usize>> {
    let file = d.file;
    let mut regions = Vec::new();
    match node {
        Some(n) => {
            let items: Vec<&yaml::Node> = match &n.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![n],
            };
            for item in items {
                let Some(id) = d.text(item, "a region id") else {
                    continue;
                };
                match site.region_index(&id) {
                    Some(i) => regions.push(i),
                    None => {
                        let ids: Vec<&str> = site.regions.iter().map(|r| r.id.as_str()).collect();
                        d.diags.push(
                            Diagnostic::error(
                                file,
                                item.span,
                                format!("unknown region `{id}` in a {what} block"),
                            )
                            .expected("a region id: the name of a folder under content/regions")
                            .maybe_hint(
                                did_you_mean(&id, ids.iter().copied())
                                    .map(|m| format!("did you mean `{m}`?")),
                            ),
                        );
                        return None;
                    }
                }
            }
        }
        None => match story.region {
            Some(r) => regions.push(r),
            None => {
                d.diags.push(
                    Diagnostic::error(file, block_span, format!("this {what} block names no `regions`, and the story belongs to no region"))
                        .hint("add e.g. `regions: [kezuohouqi, baiyinqu]`"),
                );
                return None;
            }
        },
    }
    Some(regions)
}
