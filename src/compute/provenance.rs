//! Source lines: `数据来源：…；截至2019年12月31日` under every chart, table and card.

use crate::model::region::{Provenance, Region, Sourced};
use crate::quantity::AsOf;
use std::collections::{BTreeSet, HashMap};

/// A roll-up naming more sources than this says 各县（区）公布数据 instead of listing them.
const MAX_LISTED: usize = 3;

/// The provenance of some figures: the distinct sources and dates they carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenances {
    /// Sources in the order first met (the line lists them so).
    sources: Vec<String>,
    /// Where each source is in `sources`: a site-wide total meets thousands of them.
    index: HashMap<String, usize>,
    dates: BTreeSet<AsOf>,
    unsourced: bool,
}

impl Provenances {
    /// Adds one row's provenance (with its region's defaults applied); returns the index
    /// of its source among [`Provenances::source`]'s, and whether the line changed.
    pub fn add(&mut self, s: Sourced<'_>) -> (Option<usize>, bool) {
        let mut changed = false;
        let index = match s.source {
            Some(src) => Some(match self.index.get(src) {
                Some(i) => *i,
                None => {
                    self.sources.push(src.to_string());
                    self.index.insert(src.to_string(), self.sources.len() - 1);
                    changed = true;
                    self.sources.len() - 1
                }
            }),
            None => {
                changed |= !self.unsourced;
                self.unsourced = true;
                None
            }
        };
        if let Some(d) = s.as_of {
            changed |= self.dates.insert(d);
        }
        (index, changed)
    }

    /// A source by the index [`Provenances::add`] gave it.
    pub fn source(&self, index: usize) -> &str {
        &self.sources[index]
    }

    /// Adds a row of region `r`.
    pub fn add_row(&mut self, r: &Region, row: &Provenance) {
        self.add(r.sourced(row));
    }

    /// Adds every row of a region.
    pub fn add_region(&mut self, r: &Region) {
        let rows: Vec<&Provenance> = r.provenances().collect();
        if rows.is_empty() {
            self.add(r.sourced(&Provenance::default()));
        }
        for p in rows {
            self.add_row(r, p);
        }
    }

    /// The provenance of rows drawn from several regions.
    pub fn of<'a>(rows: impl IntoIterator<Item = (&'a Region, &'a Provenance)>) -> Self {
        let mut p = Provenances::default();
        for (r, row) in rows {
            p.add_row(r, row);
        }
        p
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.dates.is_empty() && !self.unsourced
    }

    /// The line under a chart, table or card: `数据来源：《…》；截至2018年12月5日`.
    pub fn line(&self) -> String {
        self.line_listing(MAX_LISTED)
    }

    /// The line under a roll-up's card, which has little room: several sources are
    /// `各县（区）公布数据`, each named under the county's own figures.
    pub fn rollup_line(&self) -> String {
        self.line_listing(1)
    }

    fn line_listing(&self, most: usize) -> String {
        if self.is_empty() {
            return String::new();
        }
        let mut out = String::from("数据来源：");
        if self.sources.len() > most {
            out.push_str("各县（区）公布数据");
        } else if self.sources.is_empty() {
            out.push_str("未注明");
        } else {
            out.push_str(&self.sources.join("；"));
            if self.unsourced {
                out.push_str("；部分数据未注明来源");
            }
        }
        if !self.dates.is_empty() && self.dates.len() <= MAX_LISTED {
            let dates: Vec<String> = self.dates.iter().map(AsOf::to_string).collect();
            out.push_str(&format!("；截至{}", dates.join("、")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sourced<'a>(src: Option<&'a str>, as_of: Option<&str>) -> Sourced<'a> {
        Sourced {
            source: src,
            as_of: as_of.map(|d| AsOf::parse(d).unwrap()),
            note: None,
        }
    }

    #[test]
    fn one_source_with_its_date() {
        let mut p = Provenances::default();
        p.add(sourced(Some("某县扶贫办《总结》"), Some("2019-12-31")));
        p.add(sourced(Some("某县扶贫办《总结》"), Some("2019-12-31")));
        assert_eq!(p.line(), "数据来源：某县扶贫办《总结》；截至2019年12月31日");
    }

    #[test]
    fn mixed_sources_are_listed_and_many_are_summarised() {
        let mut p = Provenances::default();
        p.add(sourced(Some("甲报"), None));
        p.add(sourced(Some("乙报"), Some("2018")));
        assert_eq!(p.line(), "数据来源：甲报；乙报；截至2018年");
        assert_eq!(p.rollup_line(), "数据来源：各县（区）公布数据；截至2018年");
        for s in ["丙报", "丁报"] {
            p.add(sourced(Some(s), None));
        }
        assert_eq!(p.line(), "数据来源：各县（区）公布数据；截至2018年");
    }

    #[test]
    fn no_source_says_so() {
        let mut p = Provenances::default();
        p.add(sourced(None, None));
        assert_eq!(p.line(), "数据来源：未注明");
        p.add(sourced(Some("甲报"), None));
        assert_eq!(p.line(), "数据来源：甲报；部分数据未注明来源");
    }
}
