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
    let time = m
        .time
        .map_or_else(|| "00:00".to_string(), |t| t.to_string());
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

/// Links a 网站地图 page holds before a region's part of it gets a page of its own: a
/// national site's one list would be megabytes.
pub const MAP_PAGE_LINKS: usize = 400;

/// A region in the 网站地图: its page, its stories and the regions under it; or, when
/// its part is too large to list here, the address of its own 网站地图 page.
#[derive(Serialize)]
struct MapNode {
    name: String,
    url: String,
    stories: Vec<Link>,
    children: Vec<MapNode>,
    /// Its own 网站地图 page (`sitemap/<id>/index.html`), listing what is left out here.
    part_url: Option<String>,
}

/// How the 网站地图 lists regions: the links under each region (itself, its stories and
/// everything under it), so that a region holding more than [`MAP_PAGE_LINKS`] is
/// listed on a page of its own, and its parent's page links to it.
struct MapPlan<'a> {
    site: &'a Site,
    links: Vec<usize>,
}

impl<'a> MapPlan<'a> {
    fn new(site: &'a Site) -> Self {
        fn count(site: &Site, i: usize, links: &mut [usize]) -> usize {
            let under: usize = (site.region(i).children.iter())
                .map(|c| count(site, *c, links))
                .sum();
            links[i] = 1 + site.stories_in(Some(i)).len() + under;
            links[i]
        }
        let mut links = vec![0; site.regions().len()];
        for r in site.roots() {
            count(site, r, &mut links);
        }
        MapPlan { site, links }
    }

    /// Region `i` with its stories and the regions under it, each whole where it fits a
    /// page, else a link to its own page (noted in `parts`).
    fn open(&self, i: usize, parts: &mut Vec<usize>) -> MapNode {
        let site = self.site;
        let stories = site.stories_in(Some(i)).iter().map(|k| site.story(*k));
        MapNode {
            stories: links(site, stories.filter(|s| !s.is_region_index())),
            children: (site.region(i).children.iter())
                .map(|c| self.node(*c, parts))
                .collect(),
            ..self.head(i)
        }
    }

    /// Region `i` as its parent's page lists it.
    fn node(&self, i: usize, parts: &mut Vec<usize>) -> MapNode {
        if self.links[i] <= MAP_PAGE_LINKS {
            return self.open(i, parts);
        }
        parts.push(i);
        MapNode {
            part_url: Some(part_path(self.site, i)),
            ..self.head(i)
        }
    }

    fn head(&self, i: usize) -> MapNode {
        MapNode {
            name: self.site.region(i).name.clone(),
            url: self.site.region_path(i),
            stories: Vec::new(),
            children: Vec::new(),
            part_url: None,
        }
    }
}

/// The 网站地图 page of region `i`'s part of a large site.
fn part_path(site: &Site, i: usize) -> String {
    format!("sitemap/{}/index.html", site.region(i).id)
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

/// The 网站地图: every section and page of the site, for a government site; a large
/// site's regions each get a page of their own part where one page would not hold them.
pub(super) fn site_map(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    if site.config.gov.is_none() {
        return Vec::new();
    }
    let plan = MapPlan::new(site);
    let mut parts = Vec::new();
    // The top regions are always opened: the first page shows the levels under them.
    let regions: Vec<MapNode> = site.roots().map(|i| plan.open(i, &mut parts)).collect();
    let news = links(site, site.stories_in(None).iter().map(|k| site.story(*k)));
    let mut ctx = Context::new();
    ctx.insert("regions", &regions);
    // A long news list is the news page's own: the map links to it.
    ctx.insert(
        "news",
        &news[..if news.len() > MAP_PAGE_LINKS {
            0
        } else {
            news.len()
        }],
    );
    ctx.insert("has_news", &!news.is_empty());
    ctx.insert("booklet_url", "booklet/index.html");
    let mut out: Vec<OutputFile> = map_page(env, SITE_MAP_PATH, None, ctx, d)
        .into_iter()
        .collect();
    // Each part's page may split off parts of its own.
    while let Some(i) = parts.pop() {
        let node = plan.open(i, &mut parts);
        let mut ctx = Context::new();
        ctx.insert("part", &node);
        let title = format!("{} · {}", site.region(i).name, env.ui.site_map);
        out.extend(map_page(env, &part_path(site, i), Some(&title), ctx, d));
    }
    out
}

/// One 网站地图 page at `path`: the whole map's (`title` None) or a part's.
fn map_page(
    env: &Env<'_>,
    path: &str,
    title: Option<&str>,
    mut ctx: Context,
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    let column = Column {
        name: env.ui.site_map,
        kind: ColumnType::SiteMap,
        description: env.ui.site_map,
    };
    ctx.insert(
        "gov_meta",
        &meta_tags(&env.site.config, Some(&column), None),
    );
    ctx.insert("map_url", SITE_MAP_PATH);
    page(
        env,
        "sitemap.html",
        path,
        title.unwrap_or(env.ui.site_map),
        ctx,
        d,
    )
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
