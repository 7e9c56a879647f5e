//! Checking a story's local links and images against the built site.
//!
//! A relative path is resolved the way the browser will resolve it: from the folder of the
//! page the story ends up on (`regions/<id>/<slug>/index.html`, the region page for a
//! region's `index.md`, `news/<slug>/index.html`, or `index.html` for `_index.md`). Images
//! and attachments must then be files of `content/static/` (copied to `static/`), and links
//! must be pages the build writes. An image from another host is reported unless the
//! site allows its host (`image_hosts`). Other web addresses, `#anchors`, `mailto:` and
//! absolute paths (`/…`, the server's business) are left alone.

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::messages::catalog::story as msg;
use crate::model::{Site, Story};
use pulldown_cmark::Tag;
use std::path::Path;

/// Reports a local link or image of `story` that the built site will not have.
pub fn check(site: &Site, story: &Story, tag: &Tag<'_>, span: Span, diags: &mut Diagnostics) {
    let is_image = matches!(tag, Tag::Image { .. });
    let (url, what) = match tag {
        Tag::Image { dest_url, .. } => (dest_url.as_ref(), msg::what_image()),
        Tag::Link { dest_url, .. } => (dest_url.as_ref(), msg::what_link()),
        _ => return,
    };
    if is_image && !site.config.may_load(url) {
        offsite_image(story, url, span, diags);
        return;
    }
    let Some(path) = local_path(url) else {
        return;
    };
    let page = site.story_path(story);
    let up = "../".repeat(page.matches('/').count());
    let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    let Some(target) = resolve(dir, &path) else {
        diags.push(
            Diagnostic::error(&story.file, span, msg::points_outside(&what, url))
                .expected(msg::path_inside_site(&page))
                .hint(msg::put_in_static(&up)),
        );
        return;
    };
    if exists(site, &target) {
        return;
    }
    let name = Path::new(&target)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let same_name = site
        .static_files
        .iter()
        .find(|f| f.file_name().is_some_and(|n| n.to_string_lossy() == name));
    let message = match target.strip_prefix("static/") {
        Some(rel) => msg::no_static_file(&what, url, rel),
        None => msg::not_in_site(&what, url, &target),
    };
    let hint = match same_name {
        Some(f) => msg::same_name_static(&up, slashed(f), &page),
        None if is_image => msg::put_image_in_static(&up, &name, &page),
        None => msg::paths_seen_from(&page, &up),
    };
    diags.push(
        Diagnostic::error(&story.file, span, message)
            .expected(msg::static_file_or_page())
            .hint(hint),
    );
}

/// Warns of an image from another host that the site does not allow (`image_hosts`): the
/// page will show a link to it instead, so that no page loads anything from elsewhere.
pub fn offsite_image(story: &Story, url: &str, span: Span, diags: &mut Diagnostics) {
    let host = crate::url::offsite_host(url).unwrap_or_default();
    diags.push(
        Diagnostic::warning(&story.file, span, msg::offsite_image(url, &host))
            .expected(msg::static_file_or_allowed_host())
            .hint(msg::offsite_image_hint(&host)),
    );
}

/// A relative link of `story` as seen from `page` (a site path such as `booklet/index.html`)
/// instead of the story's own page; `None` when `url` is not a local relative link.
pub fn rebased(site: &Site, story: &Story, url: &str, page: &str) -> Option<String> {
    local_path(url)?;
    let path = url.trim();
    let (path, rest) = match path.find(['#', '?']) {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    let own = site.story_path(story);
    let dir = own.rsplit_once('/').map_or("", |(d, _)| d);
    let target = resolve(dir, path)?;
    let up = "../".repeat(page.matches('/').count());
    Some(format!("{up}{target}{rest}"))
}

/// The path part of a relative URL, percent-decoded; `None` for anything not a local file.
fn local_path(url: &str) -> Option<String> {
    let url = url.trim();
    let path = url.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.starts_with('/') || path.starts_with('\\') {
        return None;
    }
    // A scheme (`https:`, `mailto:`, `data:`, `javascript:` – the sanitizer's business).
    if let Some(colon) = path.find(':') {
        if !path[..colon].contains('/') {
            return None;
        }
    }
    // A bad escape is literal text, as a browser asks the server for it.
    Some(crate::url::percent_decode_lossy(path))
}

/// `path` joined to `dir` with `.` and `..` worked out; `None` when it climbs out of the site.
fn resolve(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in path.split(['/', '\\']) {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if path.ends_with('/') || out.is_empty() {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str("index.html");
    }
    Some(out)
}

/// Does the build write `target` (or, for a folder, its `index.html`)?
fn exists(site: &Site, target: &str) -> bool {
    let is_page = |t: &str| -> bool {
        let parts: Vec<&str> = t.split('/').collect();
        match parts.as_slice() {
            ["index.html" | "404.html" | "feed.xml" | "sitemap.xml"] => true,
            ["charts" | "booklet" | "search", ..] => true, // generated; checked by their builders
            ["static", rest @ ..] => {
                let rel = rest.join("/");
                rel == "style.css" || site.static_files.iter().any(|f| slashed(f) == rel)
            }
            ["data", file] => file.rsplit_once('.').is_some_and(|(id, ext)| {
                matches!(ext, "json" | "csv") && site.region_index(id).is_some()
            }),
            ["regions", id, "index.html"] => site.region_index(id).is_some(),
            ["regions", id, slug, "index.html"] => site
                .stories()
                .iter()
                .any(|s| s.region.is_some_and(|r| site.region_id(r) == *id) && s.slug == *slug),
            ["news", "index.html"] => true,
            ["news", slug, "index.html"] => site
                .stories()
                .iter()
                .any(|s| s.region.is_none() && s.slug == *slug),
            _ => false,
        }
    };
    is_page(target) || is_page(&format!("{target}/index.html"))
}

fn slashed(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_a_browser() {
        assert_eq!(
            resolve("regions/xian/gushi", "../../../static/a.png").as_deref(),
            Some("static/a.png")
        );
        assert_eq!(resolve("regions/xian", "../../../a.png"), None);
        assert_eq!(
            resolve("regions/xian", "gushi/").as_deref(),
            Some("regions/xian/gushi/index.html")
        );
        assert_eq!(resolve("", "./").as_deref(), Some("index.html"));
    }

    #[test]
    fn only_local_paths_are_checked() {
        for url in [
            "https://example.gov.cn/a.png",
            "mailto:a@b.cn",
            "#fn1",
            "/static/a.png",
            "//cdn/x.png",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(local_path(url), None, "{url}");
        }
        assert_eq!(
            local_path("../static/%E7%85%A7%E7%89%87.jpg?v=1#top").as_deref(),
            Some("../static/照片.jpg")
        );
        assert_eq!(local_path("a%2").as_deref(), Some("a%2"));
        assert_eq!(local_path("%").as_deref(), Some("%"));
    }
}
