//! The keys of a region's figures, as `region.yaml` spells them and English headers
//! name them: the one spelling every reader and writer uses (parser, tables, references,
//! open data, `all.xlsx`).

/// A region's administrative division code.
pub const CODE: &str = "code";
/// A region's short name.
pub const NAME: &str = "name";
/// A region's full official name.
pub const FULL_NAME: &str = "full_name";
/// A region's administrative level.
pub const LEVEL: &str = "level";
/// A region's report, or a fund's channel.
pub const SOURCE: &str = "source";
/// The date figures were true.
pub const AS_OF: &str = "as_of";
/// A region's area and population.
pub const PROFILE: &str = "profile";
/// A table column's region name.
pub const REGION: &str = "region";
/// A table column's region folder name.
pub const ID: &str = "id";
/// A table column's parent region.
pub const PARENT: &str = "parent";
/// Area in km².
pub const AREA_KM2: &str = "area_km2";
/// Population.
pub const POPULATION: &str = "population";

/// Where a row was published, when not its region's source.
pub const CITE: &str = "cite";
/// How the report put a row's time.
pub const WORDING: &str = "wording";
/// A row's remark.
pub const NOTE: &str = "note";

/// A row's year.
pub const YEAR: &str = "year";
/// A row's period.
pub const PERIOD: &str = "period";
/// An indicator's values by year (in `region.yaml`; a table has a row per year).
pub const VALUES: &str = "values";

/// Households.
pub const HOUSEHOLDS: &str = "households";
/// People.
pub const PEOPLE: &str = "people";
/// Poverty incidence.
pub const RATE: &str = "rate";
/// A unit word.
pub const UNIT: &str = "unit";
/// A goal.
pub const TARGET: &str = "target";
/// A result.
pub const ACTUAL: &str = "actual";
/// Money of a fund or loan.
pub const AMOUNT: &str = "amount";
/// Part of a fund spent in poor villages.
pub const TO_POOR_VILLAGES: &str = "to_poor_villages";
/// Projects a fund paid for.
pub const PROJECTS: &str = "projects";
/// A loan's kind.
pub const KIND: &str = "kind";
/// The part of a loan disbursed so far.
pub const DRAWN: &str = "drawn";
/// How the report put the time of a loan's `drawn` when not as of the row's (`累计`).
pub const DRAWN_WORDING: &str = "drawn_wording";
/// A project's category.
pub const CATEGORY: &str = "category";
/// A project's status, or a batch's counts by status.
pub const STATUS: &str = "status";
/// A project's or batch's investment.
pub const INVESTMENT: &str = "investment";
/// A batch's name.
pub const BATCH: &str = "batch";
/// A batch's investment the report says is only planned (`拟投资`).
pub const PLANNED_INVESTMENT: &str = "planned_investment";
/// The `credit` row (its `kind`) a batch's investment is spent from.
pub const FINANCED_BY: &str = "financed_by";
/// A batch's investment so far.
pub const INVESTED_SO_FAR: &str = "invested_so_far";
/// A batch's stated number of projects.
pub const TOTAL: &str = "total";
/// An indicator's undated value.
pub const VALUE: &str = "value";

/// The unit a count of this key is written and read in (`households` → 户, a batch's
/// `total` or `status.completed` → 个); `None` for a key that holds no count.
pub fn count_unit(key: &str) -> Option<&'static str> {
    match key {
        HOUSEHOLDS => Some("户"),
        PEOPLE | POPULATION => Some("人"),
        PROJECTS | TOTAL => Some("个"),
        k if k.starts_with("status.") => Some("个"),
        _ => None,
    }
}

/// A count's unit for writing it next to its number (`households` → 户); empty for a key
/// that holds no count, which a test of the row kinds rules out for count columns.
pub fn unit_of(key: &str) -> &'static str {
    count_unit(key).unwrap_or_default()
}
