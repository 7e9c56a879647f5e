//! Which charts each page shows: a region's own charts, a parent's comparisons of
//! the regions under it, and the home page's comparisons of every county.

use super::charts::{ChartKind, ChartRequest, REGISTRY};
use crate::model::Site;

/// A chart a page will show, with its stable element id and file name.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedChart {
    /// What to draw.
    pub req: ChartRequest,
    /// Element id, unique on the page.
    pub id: String,
    /// File stem under `charts/` (`kezuohouqi/poverty-rate`).
    pub stem: String,
    /// Which group of the page it belongs to.
    pub scope: Scope,
}

/// Whose figures a chart shows, so a page never mixes a region's own figures with its children's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The region's own figures.
    Own,
    /// The regions under it, compared.
    Children,
}

/// Leaf regions under `i` (or `i` itself when it has no children) with data for `kind`.
pub fn leaves_with(site: &Site, i: usize, kind: ChartKind) -> Vec<usize> {
    let r = site.region(i);
    if r.children.is_empty() {
        return if kind.has_data(r) {
            vec![i]
        } else {
            Vec::new()
        };
    }
    r.children
        .iter()
        .flat_map(|c| leaves_with(site, *c, kind))
        .collect()
}

/// The charts of region `i`'s page.
pub fn region_charts(site: &Site, i: usize) -> Vec<PlannedChart> {
    let r = site.region(i);
    let mut out = Vec::new();
    // The registry's own kinds, in its order.
    let own = REGISTRY.iter().filter(|d| d.own).map(|d| d.kind);
    for kind in own.filter(|k| k.has_data(r)) {
        out.push(PlannedChart {
            req: ChartRequest::simple(kind, vec![i]),
            id: format!("{}-{}", r.id, kind.name()),
            stem: format!("{}/{}", r.id, kind.name()),
            scope: Scope::Own,
        });
    }
    // A series needs two years or a target to say more than the table does.
    for (n, ind) in r
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, x)| x.values.len() > 1 || x.target.is_some())
    {
        let mut req = ChartRequest::simple(ChartKind::Indicator, vec![i]);
        req.name = Some(ind.name.clone());
        out.push(PlannedChart {
            req,
            id: format!("{}-indicator-{}", r.id, n + 1),
            stem: format!("{}/indicator-{}", r.id, n + 1),
            scope: Scope::Own,
        });
    }
    if !r.children.is_empty() {
        // Stocks add up by year: the counties' poor population summed (one county: its series).
        let leaves = leaves_with(site, i, ChartKind::PoorPopulation);
        if leaves
            .iter()
            .any(|l| site.region(*l).poverty.iter().any(|p| p.people.is_some()))
        {
            let title = match leaves.as_slice() {
                [one] => format!("{}贫困人口（下辖{}）", r.name, site.region(*one).name),
                _ => format!("{}下辖地区贫困人口合计", r.name),
            };
            let mut req = ChartRequest::simple(ChartKind::PoorPopulation, leaves);
            req.title = Some(title);
            out.push(PlannedChart {
                req,
                id: format!("{}-children-poor-population", r.id),
                stem: format!("{}/children-poor-population", r.id),
                scope: Scope::Children,
            });
        }
        for (kind, what) in [
            (ChartKind::PovertyRate, "贫困发生率"),
            (ChartKind::Funds, "资金投入"),
            (ChartKind::Projects, "项目进展"),
        ] {
            let leaves = leaves_with(site, i, kind);
            // One region is not a comparison; its own page has its chart.
            if leaves.len() < 2 {
                continue;
            }
            // Past a handful of lines a line chart is a tangle: rank the falls instead.
            let (kind, what) = if kind == ChartKind::PovertyRate && leaves.len() > MAX_LINES {
                (ChartKind::RateDecline, "贫困发生率降幅")
            } else {
                (kind, what)
            };
            let title = ranked_title(&format!("{}下辖地区{}对比", r.name, what), leaves.len());
            out.push(PlannedChart {
                req: comparison(kind, leaves, title),
                id: format!("{}-children-{}", r.id, kind.name()),
                stem: format!("{}/children-{}", r.id, kind.name()),
                scope: Scope::Children,
            });
        }
    }
    out
}

/// Most lines a comparison draws as a line chart.
pub const MAX_LINES: usize = 8;

/// Most regions a ranking shows: the top ten, as rankings are published.
pub const MAX_RANKED: usize = 10;

/// A ranked comparison of `regions`, cut to the first [`MAX_RANKED`].
fn comparison(kind: ChartKind, regions: Vec<usize>, title: String) -> ChartRequest {
    let mut req = ChartRequest::simple(kind, regions);
    req.title = Some(title);
    req.ranked = true;
    req.limit = Some(MAX_RANKED);
    req
}

/// `title`, saying when a ranking shows only its top regions.
fn ranked_title(title: &str, compared: usize) -> String {
    if compared > MAX_RANKED {
        format!("{title}（前{MAX_RANKED}位，共{compared}个地区）")
    } else {
        title.to_string()
    }
}

/// The home page's comparisons of every leaf region.
pub fn home_charts(site: &Site) -> Vec<PlannedChart> {
    let leaves: Vec<usize> = site.leaves().collect();
    let mut out = Vec::new();
    for (kind, title) in [
        (ChartKind::PovertyRate, "各地区贫困发生率"),
        (ChartKind::RateDecline, "各地区贫困发生率降幅"),
        (ChartKind::Funds, "各地区资金投入排名"),
        (ChartKind::Projects, "各地区项目完成率"),
    ] {
        let with: Vec<usize> = leaves
            .iter()
            .copied()
            .filter(|i| kind.has_data(site.region(*i)))
            .collect();
        // The falls chart beside it ranks what too many lines would tangle.
        if with.len() < 2 || (kind == ChartKind::PovertyRate && with.len() > MAX_LINES) {
            continue;
        }
        let title = ranked_title(title, with.len());
        out.push(PlannedChart {
            req: comparison(kind, with, title),
            id: format!("site-{}", kind.name()),
            stem: format!("site/{}", kind.name()),
            scope: Scope::Children,
        });
    }
    out
}

/// Leaf regions under `i` that have any figures at all.
pub fn leaves_with_any(site: &Site, i: usize) -> Vec<usize> {
    let r = site.region(i);
    if r.children.is_empty() {
        return if ChartKind::all().any(|k| k.has_data(r)) || !r.lifted.is_empty() {
            vec![i]
        } else {
            Vec::new()
        };
    }
    r.children
        .iter()
        .flat_map(|c| leaves_with_any(site, *c))
        .collect()
}

/// The regions the booklet holds, in section order (`booklet.regions` in site.yaml);
/// `None` when it names a region the site lacks (reported by `validate`).
pub fn booklet_regions(site: &Site) -> Option<Vec<usize>> {
    use crate::model::site_config::{BookletOrder, RegionSelection};
    let cfg = &site.config.booklet;
    let tree = 0..site.region_count();
    Some(match &cfg.regions {
        RegionSelection::All => tree.collect(),
        RegionSelection::Subtree(id, _) => {
            let root = site.region_index(id)?;
            tree.filter(|i| *i == root || site.ancestors(*i).contains(&root))
                .collect()
        }
        RegionSelection::List(ids) => {
            let mut listed = Vec::new();
            for (id, _) in ids {
                let i = site.region_index(id)?;
                if !listed.contains(&i) {
                    listed.push(i);
                }
            }
            match cfg.order {
                BookletOrder::Listed => listed,
                BookletOrder::Tree => tree.filter(|i| listed.contains(i)).collect(),
            }
        }
    })
}
