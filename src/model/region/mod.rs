//! A region's profile and figures, as typed values with the place each was written.

mod parse;
mod rows;

pub use rows::{time_key, NO_TIME};
pub use rows::{
    CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch,
    Provenance, TargetRow,
};

use super::decode::Decoder;
use super::kinds::{key, Section, Sheet};
use crate::diagnostics::{Diagnostic, SourceFile, Span};
use crate::load::yaml::Node;
use crate::quantity::AsOf;
use std::path::PathBuf;

/// One region (province, prefecture, county…) and all its figures.
#[derive(Debug, Clone)]
pub struct Region {
    /// Folder name, unique across the site; the page is `regions/<id>/`.
    pub id: String,
    /// The `region.yaml` file.
    pub file: SourceFile,
    /// Folder relative to the site root.
    pub dir: PathBuf,
    /// Index of the parent region in `Site::regions`.
    pub parent: Option<usize>,
    /// Indexes of child regions, in folder order.
    pub children: Vec<usize>,
    /// Depth in the tree: 0 for a top-level region.
    pub depth: usize,
    /// Its file had errors, so some of its values were refused: figures that depend on
    /// them are not checked or reported again (the errors in the file are the cause).
    pub has_errors: bool,
    /// Administrative division code (GB/T 2260, `623026`), when its data gives one.
    pub code: Option<String>,
    /// Short name (`科左后旗`).
    pub name: String,
    /// Full official name.
    pub full_name: Option<String>,
    /// Administrative level, shown as written (`旗`).
    pub level: Option<String>,
    /// The report the figures come from: every row's source unless it has its own `cite`.
    pub source: Option<String>,
    /// The date the figures were true, unless a row says otherwise.
    pub as_of: Option<AsOf>,
    /// Area and population.
    pub profile: Profile,
    /// Registered poor at year end.
    pub poverty: Vec<PovertyRow>,
    /// Lifted out of poverty over a period.
    pub lifted: Vec<LiftedRow>,
    /// Targets against actuals.
    pub targets: Vec<TargetRow>,
    /// Money put in.
    pub funds: Vec<FundRow>,
    /// Loans and mutual-aid funds: money lent, not put in.
    pub credit: Vec<CreditRow>,
    /// Single projects.
    pub projects: Vec<Project>,
    /// Counts of projects by status.
    pub project_batches: Vec<ProjectBatch>,
    /// Any other series.
    pub indicators: Vec<Indicator>,
}

/// The provenance a row's figures carry once its region's defaults are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sourced<'a> {
    /// Where the figures were published; None when neither the row nor its region says.
    pub source: Option<&'a str>,
    /// The date they were true.
    pub as_of: Option<AsOf>,
    /// The row's remark (`备注`), if it has one.
    pub note: Option<&'a str>,
}

impl Region {
    /// A row's provenance with the region's `source` and `as_of` filled in.
    pub fn sourced<'a>(&'a self, row: &'a Provenance) -> Sourced<'a> {
        Sourced {
            source: row.cite().or(self.source.as_deref()),
            as_of: row.date(self.as_of),
            note: row.note(),
        }
    }

    /// A row's time as shown in tables and cards: `2015年`, `2013—2015年`, or for an
    /// undated row its wording or date (`近三年来`, `截至2019年6月`).
    pub fn time_label(&self, when: Option<String>, row: &Provenance) -> String {
        when.unwrap_or_else(|| row.undated_label(self.as_of))
    }

    /// True when a row with no year or period (`dated` false) says nothing of when, not
    /// even by its region's date: its time label is then 未注明时间, which a sentence
    /// puts after the row's name and figure, never before them as if part of the name.
    pub fn says_no_time(&self, dated: bool, row: &Provenance) -> bool {
        !dated && row.wording().is_none() && row.date(self.as_of).is_none()
    }

    /// Every row of every section, in section order: where it is written, what it says
    /// of its provenance, and whether it has a year or period.
    pub fn rows(&self) -> impl Iterator<Item = RowRef<'_>> {
        let row = |section, at, prov, dated| RowRef {
            kind: Sheet::of(section),
            at,
            prov,
            dated,
        };
        use Section as S;
        let p = &self.poverty;
        p.iter()
            .map(move |x| row(S::Poverty, Some(x.at), &x.prov, true))
            .chain(
                self.lifted
                    .iter()
                    .map(move |x| row(S::Lifted, Some(x.at), &x.prov, x.when.is_some())),
            )
            .chain(
                self.targets
                    .iter()
                    .map(move |x| row(S::Targets, Some(x.at), &x.prov, x.year.is_some())),
            )
            .chain(
                self.funds
                    .iter()
                    .map(move |x| row(S::Funds, Some(x.at), &x.prov, x.when.is_some())),
            )
            .chain(
                self.credit
                    .iter()
                    .map(move |x| row(S::Credit, Some(x.at), &x.prov, x.when.is_some())),
            )
            .chain(
                self.projects
                    .iter()
                    .map(move |x| row(S::Projects, None, &x.prov, true)),
            )
            .chain(
                self.project_batches
                    .iter()
                    .map(move |x| row(S::ProjectBatches, Some(x.at), &x.prov, true)),
            )
            .chain(
                self.indicators
                    .iter()
                    .map(move |x| row(S::Indicators, Some(x.at), &x.prov, x.value.is_none())),
            )
    }

    /// Every row's provenance, in section order (for a whole page's or chart's source line).
    pub fn provenances(&self) -> impl Iterator<Item = &Provenance> {
        self.rows().map(|row| row.prov)
    }

    /// The provenance of its project figures: batches and single projects.
    pub fn project_provenances(&self) -> impl Iterator<Item = &Provenance> {
        let b = &self.project_batches;
        b.iter()
            .map(|x| &x.prov)
            .chain(self.projects.iter().map(|x| &x.prov))
    }
}

/// One row of a section, as checks and source lines see it.
#[derive(Debug, Clone, Copy)]
pub struct RowRef<'a> {
    /// Its row kind (its `key` is the section's: `funds`).
    pub kind: &'static Sheet,
    /// Where it is written (single projects record no place).
    pub at: Option<Span>,
    /// What it says of where and when.
    pub prov: &'a Provenance,
    /// False for a row with no year or period (an indicator's `value` included).
    pub dated: bool,
}

/// Decodes `region.yaml`; problems go to the decoder's diagnostics.
pub fn decode(d: &mut Decoder<'_>, root: &Node, id: &str, dir: PathBuf) -> Option<Region> {
    let f = d.fields(root, "region.yaml", Sheet::of(Section::Regions).yaml_keys())?;
    let name = match f.get(key::NAME) {
        Some(n) => d.text(n, parse::q(key::NAME)),
        None => {
            d.missing(
                f.span,
                key::NAME,
                crate::messages::catalog::data::this_region(),
                "name: 碌曲县",
            );
            None
        }
    };
    let mut region = Region {
        id: id.to_string(),
        file: d.file.clone(),
        dir,
        parent: None,
        children: Vec::new(),
        depth: 0,
        has_errors: false,
        code: f.get(key::CODE).and_then(|n| code(d, n)),
        name: name.clone().unwrap_or_else(|| id.to_string()),
        full_name: f
            .get(key::FULL_NAME)
            .and_then(|n| d.text(n, parse::q(key::FULL_NAME))),
        level: f
            .get(key::LEVEL)
            .and_then(|n| d.text(n, parse::q(key::LEVEL))),
        source: f
            .get(key::SOURCE)
            .and_then(|n| d.text(n, parse::q(key::SOURCE))),
        as_of: f
            .get(key::AS_OF)
            .and_then(|n| d.as_of(n, parse::q(key::AS_OF))),
        profile: f
            .get(key::PROFILE)
            .map(|n| parse::profile(d, n))
            .unwrap_or_default(),
        poverty: parse::rows(d, &f, Section::Poverty.key(), parse::poverty_row),
        lifted: parse::rows(d, &f, Section::Lifted.key(), parse::lifted_row),
        targets: parse::rows(d, &f, Section::Targets.key(), parse::target_row),
        funds: parse::rows(d, &f, Section::Funds.key(), parse::fund_row),
        credit: parse::rows(d, &f, Section::Credit.key(), parse::credit_row),
        projects: parse::rows(d, &f, Section::Projects.key(), parse::project),
        project_batches: parse::rows(d, &f, Section::ProjectBatches.key(), parse::batch),
        indicators: parse::rows(d, &f, Section::Indicators.key(), parse::indicator),
    };
    region.poverty.sort_by_key(|r| r.year);
    undated_need_a_time(d, &region);
    Some(region)
}

/// A `code:`, in GB/T 2260's shape.
fn code(d: &mut Decoder<'_>, n: &Node) -> Option<String> {
    let text = d.text(n, parse::q(key::CODE))?;
    match crate::model::tables::code_shape(&text) {
        Ok(()) => Some(text),
        Err(problem) => {
            use crate::messages::catalog::tables as msg;
            d.diags.push(
                Diagnostic::error(d.file, n.span, msg::bad_code(text, problem))
                    .expected(msg::code_expected()),
            );
            None
        }
    }
}

/// A row with no year or period must say when in some other way: its own `as_of` or
/// `wording`, or the region's `as_of`, or that its report gives none (`as_of: 未注明`).
/// Otherwise the figure would float free of time without anyone having said so.
fn undated_need_a_time(d: &mut Decoder<'_>, r: &Region) {
    if r.as_of.is_some() {
        return;
    }
    let undated = r
        .rows()
        .filter(|row| !row.dated && row.prov.undated_key().is_none());
    for row in undated {
        let Some(at) = row.at else { continue };
        let example = row.kind.time.example();
        d.diags.push(
            Diagnostic::error(
                d.file,
                at,
                crate::messages::catalog::data::row_has_no_time(row.kind.key),
            )
            .expected(crate::messages::catalog::data::row_time_expected())
            .hint(crate::messages::catalog::data::row_time_hint(example)),
        );
    }
}

#[cfg(test)]
mod tests;
