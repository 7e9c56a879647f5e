//! What a chart shows, decided by `compute` and drawn by this module.
//!
//! Every figure here is already computed from the exact model: `value` is only
//! for geometry (bar heights, point positions), `label` is the exact figure as
//! the site prints it everywhere else, so a chart can never disagree with a table.

/// A chart ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Stable id, unique within a page: used for SVG element ids (`<title id=…>`).
    pub id: String,
    /// Heading shown above the chart and written into the SVG `<title>`.
    pub title: String,
    /// One sentence written from the data, for the SVG `<desc>` and screen readers.
    pub description: String,
    /// Drawing height in px.
    pub height: u32,
    /// Drawing width in px: [`super::WIDTH`] on pages; narrower where a chart is shown
    /// as an image on a phone (a 公众号 article), so its labels stay legible.
    pub width: u32,
    /// What is drawn.
    pub body: ChartBody,
}

/// The drawable content of a chart.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartBody {
    /// One line per series over whole years (poverty-rate).
    Lines(LineChart),
    /// Vertical bars per category, stacked by segment (funds, projects, targets).
    StackedBars(StackedBarChart),
    /// Bars side by side within each category, one per series (poor households and people).
    GroupedBars(GroupedBarChart),
}

/// A horizontal reference line across the plot, e.g. a target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Position on the y axis, in the chart's unit.
    pub value: f64,
    /// Printed at the line's right end ("目标100%").
    pub label: String,
}

/// A line drawn over bars, one point per bar (a cumulative total).
#[derive(Debug, Clone, PartialEq)]
pub struct Overlay {
    /// Legend name ("累计").
    pub name: String,
    /// One value per bar, in the chart's unit, with its exact label.
    pub points: Vec<Segment>,
    /// The first point's figure is printed already (a running total starts at the first
    /// bar's total): it gets its tooltip but no label of its own.
    pub first_unlabelled: bool,
}

/// Lines over years.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// Unit of the y axis, written beside it ("%").
    pub y_unit: String,
    /// One line per series (usually per region).
    pub series: Vec<LineSeries>,
    /// A target drawn as a dashed horizontal line, if any.
    pub target: Option<Reference>,
}

/// One line.
#[derive(Debug, Clone, PartialEq)]
pub struct LineSeries {
    /// Legend name (a region name, up to ~14 CJK characters).
    pub name: String,
    /// Points in year order; years may be far apart (2014 and 2018 only).
    pub points: Vec<LinePoint>,
}

/// One labelled point.
#[derive(Debug, Clone, PartialEq)]
pub struct LinePoint {
    /// Whole year on the x axis.
    pub year: i32,
    /// Position on the y axis, in `y_unit`.
    pub value: f64,
    /// The exact figure to print beside the point ("1.23%").
    pub label: String,
}

/// Stacked bars.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedBarChart {
    /// Unit of the y axis ("万元", "亿元", "个").
    pub y_unit: String,
    /// Legend entries, in stacking order from the bottom; each bar has one
    /// segment per entry (value 0 where it has none).
    pub segment_names: Vec<String>,
    /// One bar per category, left to right.
    pub bars: Vec<Bar>,
    /// A dashed horizontal line (100% of target), if any.
    pub reference: Option<Reference>,
    /// A line over the bars (cumulative total), if any; its axis is the same as the bars'.
    pub overlay: Option<Overlay>,
}

/// Bars side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupedBarChart {
    /// Unit of the y axis ("人", "户").
    pub y_unit: String,
    /// Legend entries; each group has one value per entry, drawn left to right.
    pub series_names: Vec<String>,
    /// One group per category, left to right.
    pub groups: Vec<Group>,
}

/// One category of a grouped bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Category label under the group ("2014", "2014—2018").
    pub label: String,
    /// A second line under the label ("减贫合计"); may be empty.
    pub note: String,
    /// True for a multi-year period (drawn hatched, like stacked period bars).
    pub is_period: bool,
    /// One value per series, in `series_names` order; a value with an empty label and
    /// value 0 means "not published" and leaves an empty slot.
    pub values: Vec<Segment>,
}

/// One bar of a stacked bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Category label under the bar: a year ("2015"), a period ("2013—2015"),
    /// a batch ("第一、二批") or a category ("光伏").
    pub label: String,
    /// A second line under the label, e.g. "三年合计" for a period bar; may be empty.
    pub note: String,
    /// True when the bar stands for a multi-year period rather than one year:
    /// drawn hatched/outlined so a period total is not read as one year.
    pub is_period: bool,
    /// Segments in the order of `segment_names`.
    pub segments: Vec<Segment>,
    /// Printed above the bar: the total, or a share ("完成35.5%").
    pub top_label: String,
}

/// One stacked segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Height in `y_unit`.
    pub value: f64,
    /// The exact figure ("4.34亿元", "27个"); drawn inside the segment where it fits.
    pub label: String,
}

/// The one figure a chart shows when it shows only one: where (year or category) and
/// the figure as printed. A chart of one point says less than a key figure does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SingleValue {
    /// The year or category it belongs to (`2014`).
    pub at: String,
    /// The figure as printed (`11%`).
    pub label: String,
}

impl ChartSpec {
    /// The chart's one figure, when it has exactly one (one series, one point or bar).
    pub fn single_value(&self) -> Option<SingleValue> {
        // The one segment with a figure, when exactly one has one.
        fn only(segments: &[Segment]) -> Option<&Segment> {
            let mut shown = segments.iter().filter(|s| !s.label.is_empty());
            match (shown.next(), shown.next()) {
                (Some(s), None) => Some(s),
                _ => None,
            }
        }
        let (at, label) = match &self.body {
            // A target is a second figure: a point against its target is a chart.
            ChartBody::Lines(l) if l.target.is_some() => return None,
            ChartBody::Lines(l) => match l.series.as_slice() {
                [s] => match s.points.as_slice() {
                    [p] => (p.year.to_string(), &p.label),
                    _ => return None,
                },
                _ => return None,
            },
            ChartBody::StackedBars(b) => match b.bars.as_slice() {
                [bar] if b.overlay.is_none() && b.reference.is_none() => {
                    let drawn = bar.segments.iter().filter(|s| s.value != 0.0).count();
                    let figure = match only(&bar.segments) {
                        Some(s) => &s.label,
                        // A bar of one part printed once, above it (one fund).
                        None if drawn <= 1 && !bar.top_label.is_empty() => &bar.top_label,
                        None => return None,
                    };
                    (bar.label.clone(), figure)
                }
                _ => return None,
            },
            ChartBody::GroupedBars(g) => match g.groups.as_slice() {
                [group] => (group.label.clone(), &only(&group.values)?.label),
                _ => return None,
            },
        };
        Some(SingleValue {
            at,
            label: label.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(value: f64, label: &str) -> Segment {
        Segment {
            value,
            label: label.into(),
        }
    }

    fn spec(body: ChartBody) -> ChartSpec {
        ChartSpec {
            id: "x".into(),
            title: "贫困发生率".into(),
            description: String::new(),
            height: 300,
            width: crate::chart::WIDTH,
            body,
        }
    }

    #[test]
    fn a_chart_of_one_figure_says_which_and_where() {
        let point = |year, label: &str| LinePoint {
            year,
            value: 11.0,
            label: label.into(),
        };
        let lines = |points| {
            spec(ChartBody::Lines(LineChart {
                y_unit: "%".into(),
                series: vec![LineSeries {
                    name: "白银区".into(),
                    points,
                }],
                target: None,
            }))
        };
        assert_eq!(
            lines(vec![point(2014, "11%")]).single_value(),
            Some(SingleValue {
                at: "2014".into(),
                label: "11%".into()
            })
        );
        assert_eq!(
            lines(vec![point(2014, "11%"), point(2018, "1%")]).single_value(),
            None
        );
        let mut against_target = lines(vec![point(2015, "98%")]);
        if let ChartBody::Lines(l) = &mut against_target.body {
            l.target = Some(Reference {
                value: 100.0,
                label: "目标100%".into(),
            });
        }
        assert_eq!(against_target.single_value(), None);
        let bars = |segments| {
            spec(ChartBody::StackedBars(StackedBarChart {
                y_unit: "万元".into(),
                segment_names: vec!["a".into(), "b".into()],
                bars: vec![Bar {
                    label: "2015".into(),
                    note: String::new(),
                    is_period: false,
                    segments,
                    top_label: String::new(),
                }],
                reference: None,
                overlay: None,
            }))
        };
        // An empty segment is "not published", not a second figure.
        assert_eq!(
            bars(vec![seg(8231.0, "8231万元"), seg(0.0, "")])
                .single_value()
                .map(|v| v.label),
            Some("8231万元".to_string())
        );
        assert_eq!(
            bars(vec![seg(1.0, "1万元"), seg(2.0, "2万元")]).single_value(),
            None
        );
        // One part whose figure is printed once, above the bar.
        let mut one_fund = bars(vec![seg(8231.0, ""), seg(0.0, "")]);
        let mut two_funds = bars(vec![seg(8231.0, ""), seg(322.0, "")]);
        for (spec, top) in [(&mut one_fund, "8231万元"), (&mut two_funds, "8553万元")] {
            if let ChartBody::StackedBars(b) = &mut spec.body {
                b.bars[0].top_label = top.into();
            }
        }
        assert_eq!(
            one_fund.single_value().map(|v| v.label),
            Some("8231万元".to_string())
        );
        assert_eq!(two_funds.single_value(), None);
    }
}
