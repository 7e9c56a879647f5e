//! A resolved story as HTML: its Markdown events, raw HTML sanitized (unless the site
//! opts out with `unsafe_html: true`) and each block placed as the caller lays it out.

use super::sanitize;
use crate::compute::story::{embed_token, Embed, ResolvedStory};
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

/// Rewrites a link or image address for a page other than the story's own; `None` keeps it.
pub type Rebase<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The story's HTML. `nested`: it sits under its page's own heading, so its headings move
/// down a level. `rebase`: addresses are rewritten for the page it is shown on. Each block
/// becomes what `place` returns for it.
pub fn html(
    story: &ResolvedStory,
    nested: bool,
    unsafe_html: bool,
    rebase: Option<Rebase<'_>>,
    place: &mut dyn FnMut(&Embed) -> String,
) -> String {
    let events = story.events.iter().map(|e| {
        let mut e = match e {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if nested => Event::Start(Tag::Heading {
                level: deeper(*level),
                id: id.clone(),
                classes: classes.clone(),
                attrs: attrs.clone(),
            }),
            Event::End(TagEnd::Heading(level)) if nested => {
                Event::End(TagEnd::Heading(deeper(*level)))
            }
            e => e.clone(),
        };
        if let (Some(r), Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })) =
            (rebase, &mut e)
        {
            if let Some(to) = r(dest_url) {
                *dest_url = to.into();
            }
        }
        e
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    // Blocks stand as tokens while the story is sanitized, so their markup (inline SVG)
    // is not touched; then each token is replaced by its block.
    if !unsafe_html {
        html = sanitize::sanitize(&html);
    }
    for (n, e) in story.embeds.iter().enumerate() {
        html = html.replacen(&embed_token(n), &place(e), 1);
    }
    html
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
