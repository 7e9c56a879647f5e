//! The chart kinds and what each is, listed once in [`REGISTRY`]: the plan, chart
//! blocks, messages, the snapshot test and the manuals' check all read it, so adding a
//! kind is one entry there plus its drawing code in [`super::build`].

use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;

/// The chart kinds a site can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    /// Incidence rate by year, one line per region.
    PovertyRate,
    /// Poor households and people by year, with the lifted-out totals.
    PoorPopulation,
    /// Investment by year or period and source, with the cumulative total.
    Funds,
    /// Loans and mutual-aid funds by kind (never added into funds).
    Credit,
    /// Projects by status per batch or category.
    Projects,
    /// Targets against actuals.
    Targets,
    /// A named indicator series against its target.
    Indicator,
    /// How far each region's poverty rate fell, in percentage points (comparisons).
    RateDecline,
}

/// What one chart kind is: its name, the data it needs and where it is drawn.
#[derive(Debug)]
pub struct ChartDesc {
    /// The kind.
    pub kind: ChartKind,
    /// The name used in chart blocks, file names and the manuals.
    pub name: &'static str,
    /// Drawn on a region's page from the region's own figures when it has data.
    /// (An indicator is not: the plan draws one chart per indicator instead.)
    pub own: bool,
    /// The data section the kind draws from, for "no data" messages.
    pub needs: fn() -> Msg,
    /// Whether a region has data for this kind.
    pub has_data: fn(&Region) -> bool,
    /// The region's key-figure cards show this kind's figures: its own chart that would
    /// show one figure is left out, where a kind not carded makes that figure a card.
    pub carded: bool,
    /// How the snapshot test (tests/chart_snapshots.rs) asks for it.
    pub snapshot: Snapshot,
}

/// How the snapshot test draws a kind from its fixture site.
#[derive(Debug)]
pub struct Snapshot {
    /// Options of its chart block after `kind:` (an indicator needs its `name:`).
    pub options: &'static str,
    /// Its chart's number on the snapshot page. The chart's element id (`snap-N`) is
    /// drawn into the reviewed SVG, so a new kind takes the next number and leaves the
    /// others' snapshots as they are.
    pub place: usize,
}

/// Every kind, in page order; entry `i` is the kind whose discriminant is `i`.
pub const REGISTRY: &[ChartDesc] = &[
    ChartDesc {
        kind: ChartKind::PovertyRate,
        name: "poverty-rate",
        own: true,
        needs: msg::needs_poverty_rate,
        has_data: |r| r.poverty.iter().any(|p| p.rate.is_some()),
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 1,
        },
    },
    ChartDesc {
        kind: ChartKind::PoorPopulation,
        name: "poor-population",
        own: true,
        needs: msg::needs_poor_population,
        has_data: |r| {
            r.poverty
                .iter()
                .any(|p| p.households.is_some() || p.people.is_some())
                || !r.lifted.is_empty()
        },
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 2,
        },
    },
    ChartDesc {
        kind: ChartKind::Funds,
        name: "funds",
        own: true,
        needs: msg::needs_funds,
        has_data: |r| !r.funds.is_empty(),
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 3,
        },
    },
    ChartDesc {
        kind: ChartKind::Credit,
        name: "credit",
        own: true,
        needs: msg::needs_credit,
        has_data: |r| r.credit.iter().any(|c| c.amount.is_some()),
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 8,
        },
    },
    ChartDesc {
        kind: ChartKind::Projects,
        name: "projects",
        own: true,
        needs: msg::needs_projects,
        has_data: |r| !r.project_batches.is_empty() || !r.projects.is_empty(),
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 4,
        },
    },
    ChartDesc {
        kind: ChartKind::Targets,
        name: "targets",
        own: true,
        needs: msg::needs_targets,
        has_data: |r| {
            r.targets
                .iter()
                .any(|t| t.target.is_some() && t.actual.is_some())
        },
        carded: true,
        snapshot: Snapshot {
            options: "",
            place: 5,
        },
    },
    ChartDesc {
        kind: ChartKind::Indicator,
        name: "indicator",
        own: false,
        needs: msg::needs_indicator,
        has_data: |r| !r.indicators.is_empty(),
        carded: false,
        snapshot: Snapshot {
            options: "name: 自来水普及率",
            place: 6,
        },
    },
    ChartDesc {
        kind: ChartKind::RateDecline,
        name: "rate-decline",
        own: false,
        needs: msg::needs_rate_decline,
        has_data: |r| r.poverty.iter().filter(|p| p.rate.is_some()).count() > 1,
        carded: false,
        snapshot: Snapshot {
            options: "",
            place: 7,
        },
    },
];

// `ChartKind::desc` indexes the registry by discriminant: an entry out of place (or
// one left out before the last) is a build error, not a wrong chart. A last kind left
// out has no name to ask for it by.
const _: () = {
    let mut i = 0;
    while i < REGISTRY.len() {
        assert!(
            REGISTRY[i].kind as usize == i,
            "REGISTRY is not in ChartKind's order"
        );
        i += 1;
    }
};

impl ChartKind {
    /// Every kind, in page order.
    pub fn all() -> impl Iterator<Item = ChartKind> {
        REGISTRY.iter().map(|d| d.kind)
    }

    /// The kind's registry entry.
    pub fn desc(self) -> &'static ChartDesc {
        &REGISTRY[self as usize]
    }

    /// The name used in chart blocks and file names.
    pub fn name(self) -> &'static str {
        self.desc().name
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<ChartKind> {
        REGISTRY.iter().find(|d| d.name == s).map(|d| d.kind)
    }

    /// Every kind's name, for messages.
    pub fn names() -> Vec<&'static str> {
        REGISTRY.iter().map(|d| d.name).collect()
    }

    /// The data section a kind draws from, for "no data" messages.
    pub fn needs(self) -> Msg {
        (self.desc().needs)()
    }

    /// Whether a region has data for this kind.
    pub fn has_data(self, r: &Region) -> bool {
        (self.desc().has_data)(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_snapshot_places_are_unique() {
        let mut names: Vec<_> = ChartKind::names();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), REGISTRY.len());
        let mut places: Vec<_> = REGISTRY.iter().map(|d| d.snapshot.place).collect();
        places.sort_unstable();
        assert_eq!(places, (1..=REGISTRY.len()).collect::<Vec<_>>());
    }
}
