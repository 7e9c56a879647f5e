//! A resolved story as HTML: its Markdown events, raw HTML sanitized (unless the site
//! opts out with `unsafe_html: true`) and each block placed as the caller lays it out.

use super::sanitize;
use crate::compute::story::{embed_token, Embed, ResolvedStory};
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

/// Rewrites a link or image address for a page other than the story's own; `None` keeps it.
pub type Rebase<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The story's HTML. `nested`: it sits under its page's own heading, so its headings move
/// down a level. `clean`: raw HTML is sanitized, images kept only from the site and these
/// hosts (`image_hosts`); `None` keeps it as written (`unsafe_html: true`). `rebase`:
/// addresses are rewritten for the page it is shown on.
/// `external`: when links that leave the site are marked, the words screen readers say
/// after one (`（外部链接）`). Each block becomes what `place` returns for it.
pub fn html(
    story: &ResolvedStory,
    nested: bool,
    clean: Option<&[String]>,
    rebase: Option<Rebase<'_>>,
    external: Option<&str>,
    place: &mut dyn FnMut(&Embed) -> String,
) -> String {
    // Whether the link open at this point leaves the site (links do not nest).
    let mut leaving = false;
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
        if let Some(words) = external {
            match &e {
                Event::Start(Tag::Link {
                    dest_url, title, ..
                }) if leaves_site(dest_url) => {
                    leaving = true;
                    return Event::Html(external_start(dest_url, title).into());
                }
                Event::End(TagEnd::Link) if leaving => {
                    leaving = false;
                    let end = format!(
                        "<span class=\"visually-hidden\">{}</span></a>",
                        escape(words)
                    );
                    return Event::Html(end.into());
                }
                _ => {}
            }
        }
        e
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    // Blocks stand as tokens while the story is sanitized, so their markup (inline SVG)
    // is not touched; then each token is replaced by its block.
    if let Some(hosts) = clean {
        html = sanitize::sanitize(&html, hosts);
    }
    for (n, e) in story.embeds.iter().enumerate() {
        html = html.replacen(&embed_token(n), &place(e), 1);
    }
    html
}

/// Is `url` on another host (`https://…`, `//…`)? `mailto:` and the like open no page.
pub fn leaves_site(url: &str) -> bool {
    crate::url::offsite_host(url).is_some()
}

/// The opening tag of a link that leaves the site: `rel="external"` gives it its icon
/// (style.css), `noopener` keeps the page it opens from reaching back.
fn external_start(url: &str, title: &str) -> String {
    let title = if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", escape(title))
    };
    format!(
        "<a href=\"{}\" rel=\"external noopener\"{title}>",
        escape(url)
    )
}

/// `s` as HTML text or a quoted attribute's value.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
