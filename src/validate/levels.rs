//! Levels that disagree: a region's own totals against the sum of the regions under it.
//! Statistical tables give a prefecture's or province's figure beside its counties' rows;
//! when the two differ beyond what the qualifiers allow, one of them is stale or a row is
//! missing, and the site would publish both. A warning, not an error: the report may
//! count differently (a county split off, re-identified households).

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::messages::catalog::data;
use crate::model::kinds::{key, Section};
use crate::model::region::{time_key, LiftedRow, PovertyRow, Region};
use crate::model::Site;
use crate::quantity::{Count, Exact, Money, Stated, Total};
use rust_decimal::Decimal;

/// Compares every region that has children with the sum of its children's figures.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    let regions = site.regions();
    for parent in regions.iter().filter(|r| !r.has_errors) {
        let children: Vec<&Region> = parent.children.iter().map(|&i| &regions[i]).collect();
        // A child whose file had errors lacks the figures refused there: its sum is partial,
        // and the errors already say what to fix.
        if children.is_empty() || children.iter().any(|c| c.has_errors) {
            continue;
        }
        let level = Level {
            parent,
            children: &children,
        };
        level.poverty(diags);
        level.lifted(diags);
        level.funds(diags);
    }
}

/// A region and the regions directly under it.
struct Level<'a> {
    parent: &'a Region,
    children: &'a [&'a Region],
}

/// A row's figure and where the row is written.
type Found<T> = (Stated<T>, Span);

/// A poverty or lifted field: its key, unit word and reader.
type CountField<R> = (&'static str, &'static str, fn(&R) -> Option<Stated<Count>>);

const POVERTY_FIELDS: [CountField<PovertyRow>; 2] = [
    (key::PEOPLE, "人", |p| p.people),
    (key::HOUSEHOLDS, "户", |p| p.households),
];

const LIFTED_FIELDS: [CountField<LiftedRow>; 2] = [
    (key::PEOPLE, "人", |l| l.people),
    (key::HOUSEHOLDS, "户", |l| l.households),
];

/// What a warning says of one figure: its section, field and time, as the message names them.
struct Named {
    section: &'static str,
    field: &'static str,
    when: String,
    at: Span,
    figure: String,
    sum: String,
    /// Where the first child's row is written.
    first_at: Span,
}

impl Level<'_> {
    /// The figure `find` reads from every child, or None when a child lacks it: a sum over
    /// some of the children says nothing about the parent's total.
    fn every_child<T>(&self, find: impl Fn(&Region) -> Option<Found<T>>) -> Option<Vec<Found<T>>> {
        self.children.iter().map(|c| find(c)).collect()
    }

    fn poverty(&self, diags: &mut Diagnostics) {
        for row in &self.parent.poverty {
            for (field, unit, get) in POVERTY_FIELDS {
                let Some(figure) = get(row) else { continue };
                let kids = self.every_child(|c| {
                    let r = c.poverty.iter().find(|p| p.year == row.year)?;
                    get(r).map(|f| (f, r.at))
                });
                let Some(kids) = kids else { continue };
                self.counts(
                    (Section::Poverty.key(), field, unit),
                    row.year.to_string(),
                    row.at,
                    figure,
                    &kids,
                    diags,
                );
            }
        }
    }

    fn lifted(&self, diags: &mut Diagnostics) {
        let key = |l: &LiftedRow| time_key(l.when.map(|p| p.key()), &l.prov);
        for row in &self.parent.lifted {
            let when = key(row);
            for (field, unit, get) in LIFTED_FIELDS {
                let Some(figure) = get(row) else { continue };
                let kids = self.every_child(|c| {
                    let r = c.lifted.iter().find(|l| key(l) == when)?;
                    get(r).map(|f| (f, r.at))
                });
                let Some(kids) = kids else { continue };
                self.counts(
                    (Section::Lifted.key(), field, unit),
                    when.clone(),
                    row.at,
                    figure,
                    &kids,
                    diags,
                );
            }
        }
    }

    fn funds(&self, diags: &mut Diagnostics) {
        let key = |f: &crate::model::region::FundRow| time_key(f.when.map(|w| w.key()), &f.prov);
        for row in &self.parent.funds {
            let when = key(row);
            let kids = self.every_child(|c| {
                let r = c
                    .funds
                    .iter()
                    .find(|f| f.source == row.source && key(f) == when)?;
                Some((r.amount, r.at))
            });
            let Some(kids) = kids else { continue };
            if !disagree(&row.amount, &kids) {
                continue;
            }
            let sum = Total::<Money>::of(kids.iter().map(|(f, _)| f));
            self.warn(
                Named {
                    section: Section::Funds.key(),
                    field: key::AMOUNT,
                    when: format!("{when} {}", row.source),
                    at: row.at,
                    figure: row.amount.to_string(),
                    sum: sum.exact_text(),
                    first_at: kids[0].1,
                },
                diags,
            );
        }
    }

    /// Warns when a count of the parent's disagrees with its children's.
    fn counts(
        &self,
        (section, field, unit): (&'static str, &'static str, &str),
        when: String,
        at: Span,
        figure: Stated<Count>,
        kids: &[Found<Count>],
        diags: &mut Diagnostics,
    ) {
        if !disagree(&figure, kids) {
            return;
        }
        let sum = Total::<Count>::of(kids.iter().map(|(f, _)| f));
        self.warn(
            Named {
                section,
                field,
                when,
                at,
                figure: figure.with_unit(unit),
                sum: sum.with_unit(unit),
                first_at: kids[0].1,
            },
            diags,
        );
    }

    fn warn(&self, n: Named, diags: &mut Diagnostics) {
        let first = self.children[0];
        diags.push(
            Diagnostic::warning(
                &self.parent.file,
                n.at,
                data::levels_disagree(
                    n.section,
                    n.field,
                    n.when,
                    n.figure,
                    self.children.len(),
                    n.sum.clone(),
                ),
            )
            .expected(data::levels_sum_expected(
                n.sum,
                first.name.clone(),
                first.file.place(n.first_at),
            ))
            .hint(data::levels_disagree_hint()),
        );
    }
}

/// True when no values the qualifiers allow could make the children's figures add up to
/// the parent's: `8300余` holds 8350 but not 9000, an exact 100 not 99.
fn disagree<T: Exact>(parent: &Stated<T>, kids: &[Found<T>]) -> bool {
    let (p_lo, p_hi) = parent.reading();
    let mut s_lo = Decimal::ZERO;
    let mut s_hi = Some(Decimal::ZERO);
    for (f, _) in kids {
        let (lo, hi) = f.reading();
        s_lo += lo;
        s_hi = s_hi.zip(hi).map(|(a, b)| a + b);
    }
    p_hi.is_some_and(|h| h < s_lo) || s_hi.is_some_and(|h| h < p_lo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode::Decoder;
    use crate::model::region::decode;
    use crate::model::site_config::SiteConfig;
    use std::path::PathBuf;

    /// A region decoded from `region.yaml` text at `content/regions/<dir>/region.yaml`.
    fn region(dir: &str, yaml: &str) -> Region {
        let file =
            crate::diagnostics::SourceFile::new(format!("content/regions/{dir}/region.yaml"), yaml);
        let node = crate::load::yaml::parse(&file, yaml, 0).unwrap();
        let mut diags = Diagnostics::new();
        let id = dir.rsplit('/').next().unwrap();
        let r = decode(
            &mut Decoder::new(&file, &mut diags),
            &node,
            id,
            PathBuf::from(dir),
        );
        assert!(!diags.has_errors(), "{diags}");
        r.unwrap()
    }

    /// A site of a province `sheng` and its counties, linked as the loader links them.
    fn site(parent: &str, counties: &[&str]) -> Site {
        let mut regions = vec![region("sheng", parent)];
        for (i, yaml) in counties.iter().enumerate() {
            let mut r = region(&format!("sheng/xian{}", i + 1), yaml);
            r.parent = Some(0);
            r.depth = 1;
            regions.push(r);
            regions[0].children.push(i + 1);
        }
        Site::new(
            PathBuf::new(),
            SiteConfig::default(),
            regions,
            Vec::new(),
            None,
            Vec::new(),
        )
    }

    /// The findings as printed in English.
    fn warnings(parent: &str, counties: &[&str]) -> Vec<String> {
        let mut diags = Diagnostics::new();
        check(&site(parent, counties), &mut diags);
        assert!(!diags.has_errors(), "{diags}");
        diags.iter().map(|d| d.to_string()).collect()
    }

    fn poverty(year: i32, people: &str) -> String {
        format!("name: 某地\npoverty:\n  - {{ year: {year}, people: {people} }}\n")
    }

    #[test]
    fn a_total_that_differs_from_its_counties_names_both() {
        let w = warnings(
            &poverty(2018, "100"),
            &[&poverty(2018, "60"), &poverty(2018, "39")],
        );
        assert_eq!(w.len(), 1, "{w:?}");
        let w = &w[0];
        for needle in [
            "warning: `poverty` people for 2018 is 100人 here, but the regions under it (2) add up to 99人",
            "--> content/regions/sheng/region.yaml:3:5",
            "expected: 99人, the sum of the regions under it; the first of them is 某地, at content/regions/sheng/xian1/region.yaml:3:5",
            "hint: if a region under it is missing from the site",
        ] {
            assert!(w.contains(needle), "{needle:?} not in:\n{w}");
        }
    }

    #[test]
    fn matching_sums_say_nothing() {
        let w = warnings(
            &poverty(2018, "99"),
            &[&poverty(2018, "60"), &poverty(2018, "39")],
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn qualifiers_allow_what_they_say_and_no_more() {
        let kids = |a: &str, b: &str| [poverty(2014, a), poverty(2014, b)];
        // 8300余 holds 8350.
        let [a, b] = kids("5000", "3350");
        assert!(warnings(&poverty(2014, "8300余"), &[&a, &b]).is_empty());
        // …but not 9000.
        let [a, b] = kids("5000", "4000");
        let w = warnings(&poverty(2014, "8300余"), &[&a, &b]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("is 8300余人 here, but the regions under it (2) add up to 9000人"));
        // Qualified children: 5000余 + 3000余 may well be 8300余.
        let [a, b] = kids("5000余", "3000余");
        assert!(warnings(&poverty(2014, "8300余"), &[&a, &b]).is_empty());
        // 近 in a child bounds its sum from above: at most 7000, never 8300.
        let [a, b] = kids("近4000", "3000");
        assert_eq!(warnings(&poverty(2014, "8300余"), &[&a, &b]).len(), 1);
    }

    #[test]
    fn a_county_without_the_year_leaves_the_total_alone() {
        let w = warnings(
            &poverty(2018, "100"),
            &[&poverty(2018, "60"), &poverty(2017, "20")],
        );
        assert!(w.is_empty(), "{w:?}");
        // Nor does a county with the year but not the field.
        let no_people = "name: 某地\npoverty:\n  - { year: 2018, households: 5 }\n";
        let w = warnings(&poverty(2018, "100"), &[&poverty(2018, "60"), no_people]);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn lifted_and_funds_compare_by_their_keys() {
        let lifted = |n: &str| {
            format!("name: 某地\nlifted:\n  - {{ period: 2014-2018, households: {n} }}\n")
        };
        let w = warnings(&lifted("300"), &[&lifted("100"), &lifted("150")]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("`lifted` households for 2014-2018 is 300户 here, but the regions under it (2) add up to 250户"), "{}", w[0]);
        let funds = |src: &str, amount: &str| {
            format!("name: 某地\nfunds:\n  - {{ year: 2015, source: {src}, amount: {amount} }}\n")
        };
        let w = warnings(
            &funds("财政扶贫资金", "1亿元"),
            &[
                &funds("财政扶贫资金", "6000万元"),
                &funds("财政扶贫资金", "3000万元"),
            ],
        );
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("`funds` amount for 2015 财政扶贫资金 is 1亿元 here, but the regions under it (2) add up to 9000万元"), "{}", w[0]);
        // Another source is another figure: nothing to compare.
        let w = warnings(
            &funds("财政扶贫资金", "1亿元"),
            &[
                &funds("财政扶贫资金", "6000万元"),
                &funds("社会帮扶资金", "3000万元"),
            ],
        );
        assert!(w.is_empty(), "{w:?}");
    }
}
