//! `feed.xml` (Atom, stories newest first), `sitemap.xml` (only with `base_url`: a sitemap
//! needs absolute addresses) and `robots.txt`.

use super::OutputFile;
use crate::diagnostics::Diagnostics;
use crate::model::Site;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Stories in the feed, at most.
const FEED_LIMIT: usize = 50;

/// The note printed when the sitemap is skipped.
pub fn no_sitemap_note() -> crate::messages::Msg {
    crate::messages::catalog::output::no_sitemap()
}

/// Feed, sitemap and robots.txt for the site.
pub fn files(site: &Site, pages: &[&Path], _diags: &mut Diagnostics) -> Vec<OutputFile> {
    let base = site.config.base_url.as_deref().map(|b| {
        let b = b.trim_end_matches('/');
        format!("{b}/")
    });
    let mut out = vec![OutputFile {
        path: PathBuf::from("feed.xml"),
        bytes: feed(site, base.as_deref()).into_bytes().into(),
    }];
    let mut robots = String::from("User-agent: *\nAllow: /\n");
    if let Some(b) = &base {
        out.push(OutputFile {
            path: PathBuf::from("sitemap.xml"),
            bytes: sitemap(b, pages).into_bytes().into(),
        });
        let _ = writeln!(robots, "Sitemap: {b}sitemap.xml");
    }
    out.push(OutputFile {
        path: PathBuf::from("robots.txt"),
        bytes: robots.into_bytes().into(),
    });
    out
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

fn feed(site: &Site, base: Option<&str>) -> String {
    let c = &site.config;
    let mut stories: Vec<&crate::model::Story> = site
        .stories()
        .iter()
        .filter(|s| !s.is_region_index() || s.meta.date.is_some())
        .collect();
    stories.sort_by(crate::model::Story::newest_first);
    stories.truncate(FEED_LIMIT);
    // Deterministic: the feed's time is its newest story's date, never the clock.
    let stamp = |d: Option<crate::model::story::Date>| {
        d.map(|d| format!("{d}T00:00:00+08:00"))
            .unwrap_or_else(|| "2000-01-01T00:00:00+08:00".into())
    };
    let updated = stamp(stories.iter().filter_map(|s| s.meta.date).max());
    // Without a base_url links stay relative: they resolve against the feed's own address,
    // which is the site's root.
    let href = |path: &str| format!("{}{}", base.unwrap_or(""), path);
    let id = |path: &str| match base {
        Some(b) => format!("{b}{path}"),
        None => format!("tag:xiaokang,2020:{path}"),
    };
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        x,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        c.language.tag()
    );
    let _ = writeln!(x, "  <title>{}</title>", xml_escape(&c.title));
    if let Some(s) = &c.subtitle {
        let _ = writeln!(x, "  <subtitle>{}</subtitle>", xml_escape(s));
    }
    let _ = writeln!(x, "  <id>{}</id>", xml_escape(&id("")));
    let _ = writeln!(x, "  <updated>{updated}</updated>");
    let _ = writeln!(
        x,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        xml_escape(&href("index.html"))
    );
    if base.is_some() {
        let _ = writeln!(
            x,
            "  <link rel=\"self\" href=\"{}\"/>",
            xml_escape(&href("feed.xml"))
        );
    }
    let author = c.publisher.clone().unwrap_or_else(|| c.title.clone());
    let _ = writeln!(x, "  <author><name>{}</name></author>", xml_escape(&author));
    let _ = writeln!(x, "  <generator>xiaokang</generator>");
    for s in stories {
        let path = site.story_path(s);
        let _ = writeln!(x, "  <entry>");
        let _ = writeln!(x, "    <title>{}</title>", xml_escape(&s.meta.title));
        let _ = writeln!(x, "    <id>{}</id>", xml_escape(&id(&path)));
        let _ = writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml_escape(&href(&path))
        );
        let _ = writeln!(x, "    <updated>{}</updated>", stamp(s.meta.date));
        if let Some(a) = &s.meta.author {
            let _ = writeln!(x, "    <author><name>{}</name></author>", xml_escape(a));
        }
        if let Some(r) = s.region {
            let _ = writeln!(
                x,
                "    <category term=\"{}\" label=\"{}\"/>",
                xml_escape(site.region_id(r)),
                xml_escape(&site.region(r).name)
            );
        }
        for t in &s.meta.tags {
            let _ = writeln!(x, "    <category term=\"{}\"/>", xml_escape(t));
        }
        if let Some(sum) = &s.meta.summary {
            let _ = writeln!(x, "    <summary>{}</summary>", xml_escape(sum));
        }
        let _ = writeln!(x, "  </entry>");
    }
    x.push_str("</feed>\n");
    x
}

fn sitemap(base: &str, pages: &[&Path]) -> String {
    let mut urls: Vec<String> = pages
        .iter()
        .filter_map(|p| p.to_str())
        .filter(|p| p.ends_with(".html") && *p != "404.html")
        // The 公众号 articles' pages are for the site's editors, not for searchers.
        .filter(|p| !Path::new(p).starts_with(super::wechat::FOLDER))
        .map(|p| p.replace('\\', "/"))
        .collect();
    urls.push("search/index.html".into());
    urls.sort();
    urls.dedup();
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for u in urls {
        let loc = format!("{base}{}", u.strip_suffix("index.html").unwrap_or(&u));
        let _ = writeln!(x, "  <url><loc>{}</loc></url>", xml_escape(&loc));
    }
    x.push_str("</urlset>\n");
    x
}
