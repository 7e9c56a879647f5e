//! Where an article's links point: a 公众号 article cannot link, so each link becomes a
//! note with an address a reader can type or follow from the 阅读原文 page.

/// Where the article's links point: the story page's path in the site, and the site's
/// public address when it has one.
pub struct Place<'a> {
    /// The story page's path (`news/a/index.html`).
    pub page: &'a str,
    /// `base_url`.
    pub base: Option<&'a str>,
}

/// Where a link of the story page goes, as a reader of the article can follow it: an
/// address on another site as written; one of this site from its public address when
/// it has one (`base_url`), else as its path in the site.
pub fn address(dest: &str, place: &Place<'_>) -> String {
    let dest = dest.trim();
    let scheme = dest
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && !s.contains(['/', '?', '#']));
    if scheme || dest.starts_with("//") {
        return dest.to_string();
    }
    let mut parts: Vec<&str> = place.page.split('/').collect();
    parts.pop();
    let (path, rest) = match dest.find(['?', '#']) {
        Some(i) => dest.split_at(i),
        None => (dest, ""),
    };
    if path.is_empty() {
        parts.push(place.page.rsplit('/').next().unwrap_or_default());
    } else if path.starts_with('/') {
        parts.clear();
    }
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let site_path = format!("{}{rest}", parts.join("/"));
    match place.base {
        Some(b) => format!("{}/{site_path}", b.trim_end_matches('/')),
        None => site_path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_addresses_a_reader_can_follow() {
        let place = Place {
            page: "news/a/index.html",
            base: Some("https://x.gov.cn/"),
        };
        assert_eq!(
            address("../../booklet/index.html", &place),
            "https://x.gov.cn/booklet/index.html"
        );
        assert_eq!(
            address("#fn1", &place),
            "https://x.gov.cn/news/a/index.html#fn1"
        );
        assert_eq!(address("https://a.cn/b", &place), "https://a.cn/b");
        let local = Place {
            page: "regions/luqu/a/index.html",
            base: None,
        };
        assert_eq!(address("../index.html", &local), "regions/luqu/index.html");
    }
}
