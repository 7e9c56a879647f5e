//! What a government site (`gov:` in site.yaml) adds to its pages: the footer's identity
//! and record links, the meta tags of the government website spec (网页元数据: SiteName,
//! ColumnType, ArticleTitle, PubDate …, read by the inspections' crawlers) and the
//! 网站地图 page. Other sites get none of it, so their pages stay as they were.

use super::*;
use crate::model::gov::{GovIdentity, IcpNumber};
use crate::model::SiteConfig;
use crate::render::context::{GovView, MetaTag};

/// Where the 网站地图 page is written.
pub const SITE_MAP_PATH: &str = "sitemap/index.html";

/// The footer's view of `c`'s identity, if it is a government site.
pub fn gov_view(c: &SiteConfig) -> Option<GovView> {
    let g = c.gov.as_ref()?;
    Some(GovView {
        sponsor: g.sponsor.clone(),
        operator: g.operator.clone().unwrap_or_default(),
        contact: g.contact.clone().unwrap_or_default(),
        site_code: g.site_code.as_str().to_string(),
        icp: g.icp.as_ref().map(|n| Link {
            title: n.as_str().to_string(),
            url: IcpNumber::RECORD_URL.to_string(),
        }),
        police: g.police.as_ref().map(|p| Link {
            title: p.as_str().to_string(),
            url: p.record_url(),
        }),
        site_map_url: SITE_MAP_PATH,
        conac_url: g
            .conac
            .as_ref()
            .map(|b| b.as_str().to_string())
            .unwrap_or_default(),
        error_report_url: if g.error_report {
            crate::model::gov::ERROR_REPORT_SCRIPT
        } else {
            ""
        },
    })
}

/// What a page is, in the spec's words for a column's type (ColumnType). They are the
/// inspections' vocabulary, so they stay Chinese whatever the site's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ColumnType {
    /// The home page.
    Home,
    /// A region's figures.
    Data,
    /// Stories and the news list.
    News,
    /// The search page and its list of every page.
    Search,
    /// The 网站地图.
    SiteMap,
}

impl ColumnType {
    fn word(self) -> &'static str {
        match self {
            ColumnType::Home => "首页",
            ColumnType::Data => "数据发布",
            ColumnType::News => "工作动态",
            ColumnType::Search => "搜索",
            ColumnType::SiteMap => "网站地图",
        }
    }
}

/// The column (栏目) a page belongs to.
pub(super) struct Column<'a> {
    /// Its name: the region's, 动态 …
    pub name: &'a str,
    /// What it is.
    pub kind: ColumnType,
    /// One line about it.
    pub description: &'a str,
}

/// A page that is one article: a story.
pub(super) struct Article<'a> {
    /// The story.
    pub story: &'a Story,
}

/// The spec's meta tags for a page of `column` (and `article`, on a story's page), in
/// the spec's order; none on a site without `gov:`.
pub(super) fn meta_tags(
    c: &SiteConfig,
    column: Option<&Column<'_>>,
    article: Option<&Article<'_>>,
) -> Vec<MetaTag> {
    let Some(g) = c.gov.as_ref() else {
        return Vec::new();
    };
    let mut tags = Vec::new();
    let mut tag = |name: &'static str, content: &str| {
        if !content.is_empty() {
            tags.push(MetaTag {
                name,
                content: content.to_string(),
            });
        }
    };
    tag("SiteName", &c.title);
    tag("SiteDomain", &domain(c.base_url.as_deref()));
    tag("SiteIDCode", g.site_code.as_str());
    if let Some(col) = column {
        tag("ColumnName", col.name);
        tag("ColumnDescription", col.description);
        tag("ColumnKeywords", col.name);
        tag("ColumnType", col.kind.word());
    }
    if let Some(a) = article {
        article_tags(g, a.story, &mut tag);
    }
    tags
}

/// The spec's meta tags of the booklet's HTML twin, titled `title`: the figures of
/// every region, published as data.
pub fn booklet_meta_tags(c: &SiteConfig, title: &str) -> Vec<MetaTag> {
    let column = Column {
        name: title,
        kind: ColumnType::Data,
        description: c.subtitle.as_deref().unwrap_or(title),
    };
    meta_tags(c, Some(&column), None)
}

/// The content page's tags of a story.
fn article_tags(g: &GovIdentity, s: &Story, tag: &mut impl FnMut(&'static str, &str)) {
    let m = &s.meta;
    tag("ArticleTitle", &m.title);
    // The spec's form is `YYYY-MM-DD HH:MM`; a story that gives its day only is dated
    // at the day's start.
    let time = m.time.map_or_else(|| "00:00".to_string(), |t| t.to_string());
    let date = m.date.map(|d| format!("{d} {time}")).unwrap_or_default();
    tag("PubDate", &date);
    // A story that names no source was published by the site's own office.
    tag("ContentSource", m.source.as_deref().unwrap_or(&g.sponsor));
    tag("Keywords", &m.tags.join(","));
    tag("Author", m.author.as_deref().unwrap_or_default());
    tag("Description", m.summary.as_deref().unwrap_or_default());
}

/// The host of `base_url` (`https://fupin.example.gov.cn/x/` → `fupin.example.gov.cn`).
fn domain(base_url: Option<&str>) -> String {
    let Some(b) = base_url else {
        return String::new();
    };
    let rest = b.split_once("://").map_or(b, |(_, r)| r);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// A region in the 网站地图: its page, its stories and the regions under it.
#[derive(Serialize)]
struct MapNode {
    name: String,
    url: String,
    stories: Vec<Link>,
    children: Vec<MapNode>,
}

fn map_node(site: &Site, i: usize) -> MapNode {
    let stories = site.stories_in(Some(i)).iter().map(|k| site.story(*k));
    MapNode {
        name: site.region(i).name.clone(),
        url: site.region_path(i),
        stories: links(site, stories.filter(|s| !s.is_region_index())),
        children: site
            .region(i)
            .children
            .iter()
            .map(|c| map_node(site, *c))
            .collect(),
    }
}

fn links<'a>(site: &'a Site, stories: impl Iterator<Item = &'a Story>) -> Vec<Link> {
    sorted_items(site, stories)
        .into_iter()
        .map(|s| Link {
            title: s.title,
            url: s.url,
        })
        .collect()
}

/// The 网站地图: every section and page of the site, for a government site.
pub(super) fn site_map(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    if site.config.gov.is_none() {
        return Vec::new();
    }
    let news = links(site, site.stories_in(None).iter().map(|k| site.story(*k)));
    let mut ctx = Context::new();
    ctx.insert(
        "regions",
        &site.roots().map(|i| map_node(site, i)).collect::<Vec<_>>(),
    );
    ctx.insert("news", &news);
    ctx.insert("booklet_url", "booklet/index.html");
    let column = Column {
        name: env.ui.site_map,
        kind: ColumnType::SiteMap,
        description: env.ui.site_map,
    };
    ctx.insert("gov_meta", &meta_tags(&site.config, Some(&column), None));
    page(env, "sitemap.html", SITE_MAP_PATH, env.ui.site_map, ctx, d)
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_domain_is_the_base_urls_host() {
        assert_eq!(domain(Some("https://a.gov.cn/fupin/")), "a.gov.cn");
        assert_eq!(domain(Some("http://a.gov.cn")), "a.gov.cn");
        assert_eq!(domain(None), "");
    }
}
