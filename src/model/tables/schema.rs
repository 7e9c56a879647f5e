//! Finding a sheet and a column by what a table calls them. The sheets and their columns
//! are the row kinds of [`crate::model::kinds`], the one description that reading
//! `content/tables/` and writing `data/all.xlsx` share: a column is known by its canonical
//! Chinese header (what `all.xlsx` writes), by the `region.yaml` key it fills (English
//! headers) and by the aliases clerks use.

pub use crate::model::kinds::{
    Column, Kind, Section, Sheet, PROVENANCE_COLUMNS, REGION_COLUMNS, SHEETS,
};

impl Sheet {
    /// The sheet a sheet or CSV file name stands for: its canonical name, an alias or its
    /// `region.yaml` key, compared without spaces; else the longest Chinese name the
    /// name holds (`2019年资金投入.csv` is a `资金投入` sheet).
    pub fn named(name: &str) -> Option<&'static Sheet> {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        let exact = SHEETS
            .iter()
            .find(|s| s.name == name || s.key == name || s.aliases.contains(&name.as_str()));
        // Canonical names, and aliases of three characters or more: `资金` in `资金投放`
        // is not enough to say it holds funds.
        exact.or_else(|| {
            let names = SHEETS.iter().flat_map(|s| {
                let aliases = s.aliases.iter().filter(|a| a.chars().count() >= 3);
                std::iter::once(&s.name)
                    .chain(aliases)
                    .map(move |n| (*n, s))
            });
            names
                .filter(|(n, _)| !n.is_ascii() && name.contains(n))
                .max_by_key(|(n, _)| n.chars().count())
                .map(|(_, s)| s)
        })
    }

    /// The column a header names (its canonical header, key or alias), if any.
    pub fn column(&self, header: &str) -> Option<&'static Column> {
        // Own columns first: in `贫困人口`, `人数` is people; `指标` is the row's name.
        self.columns
            .iter()
            .chain(REGION_COLUMNS.iter())
            .chain(if self.section == Section::Regions {
                [].iter()
            } else {
                PROVENANCE_COLUMNS.iter()
            })
            .find(|c| {
                c.header == header
                    || c.key == header
                    || c.aliases
                        .iter()
                        .any(|a| *a == header || same_brackets(a, header))
            })
    }
}

/// True when an alias and a header differ only in full- and half-width brackets
/// (`县（市）`, `县(市)`).
fn same_brackets(alias: &str, header: &str) -> bool {
    alias.contains(['（', '）']) && alias.replace('（', "(").replace('）', ")") == header
}

/// Every sheet name the reader knows, for "did you mean".
pub fn sheet_names() -> impl Iterator<Item = &'static str> {
    SHEETS.iter().map(|s| s.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_names_one_column_per_sheet() {
        for sheet in SHEETS {
            let mut seen: Vec<&str> = Vec::new();
            for c in sheet.all_columns() {
                for h in std::iter::once(&c.header).chain(c.aliases) {
                    // The region sheet's own `数据来源`/`截至` are the region's source and date.
                    assert!(!seen.contains(h), "{}: `{h}` names two columns", sheet.name);
                    seen.push(h);
                }
            }
        }
    }

    #[test]
    fn sheets_are_found_by_name_alias_and_key() {
        assert_eq!(
            Sheet::named("资金投入").map(|s| s.section),
            Some(Section::Funds)
        );
        assert_eq!(
            Sheet::named(" 扶贫资金 ").map(|s| s.section),
            Some(Section::Funds)
        );
        assert_eq!(
            Sheet::named("poverty").map(|s| s.section),
            Some(Section::Poverty)
        );
        assert!(Sheet::named("Sheet1").is_none());
        assert_eq!(
            Sheet::named("2019年资金投入").map(|s| s.section),
            Some(Section::Funds)
        );
        assert_eq!(
            Sheet::named("各县贫困人口").map(|s| s.section),
            Some(Section::Poverty)
        );
    }
}
