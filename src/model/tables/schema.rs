//! The sheets a table may hold and their columns: the one list that reading
//! `content/tables/` and writing `data/all.xlsx` share.
//!
//! A column is known by its canonical Chinese header (what `all.xlsx` writes), by the
//! `region.yaml` key it fills (English headers) and by the aliases clerks use. A unit may
//! follow a header in brackets (`金额（万元）`); the kind of a column says which units it
//! takes and how precisely a binary float in it is read.

/// Which part of a region a sheet fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// `地区`: the regions themselves (level, full name, parent, profile, source); its
    /// `地区` column is the region's name.
    Regions,
    /// `贫困人口`: `poverty`.
    Poverty,
    /// `减贫`: `lifted`.
    Lifted,
    /// `目标`: `targets`.
    Targets,
    /// `资金投入`: `funds`.
    Funds,
    /// `贷款`: `credit`.
    Credit,
    /// `项目`: `projects`.
    Projects,
    /// `项目批次`: `project_batches`.
    ProjectBatches,
    /// `指标`: `indicators`.
    Indicators,
}

/// What a column holds: decides the units it takes and the rounding of binary floats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text, as written (trailing spaces trimmed).
    Text,
    /// A 6-digit administrative division code (GB/T 2260).
    Code,
    /// A year (`2015`, `2015年`).
    Year,
    /// A period (`2014-2018`).
    Period,
    /// A date (`2019-06-30`; a date cell or Excel serial number becomes one).
    Date,
    /// Money: exact to the fen; default unit 元.
    Money,
    /// People, households, projects: whole numbers in their unit.
    Count,
    /// A percentage 0–100 (a cell formatted as a percentage is multiplied by 100).
    Rate,
    /// A plain decimal (area in km²).
    Decimal,
    /// A project status (`completed`, `已完工`).
    Status,
    /// An indicator's value: its precision follows the row's `单位`.
    Figure,
}

/// One column of a sheet.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The `region.yaml` key it fills (`households`), or for the columns that place a row
    /// (`code`, `region`, `id`, `parent`) the name the reader knows them by.
    pub key: &'static str,
    /// The canonical Chinese header, as `all.xlsx` writes it.
    pub header: &'static str,
    /// Other headers read as this column (English keys are always read).
    pub aliases: &'static [&'static str],
    /// What it holds.
    pub kind: Kind,
}

/// One kind of sheet.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    /// The part of a region it fills.
    pub section: Section,
    /// The canonical sheet (or CSV file) name.
    pub name: &'static str,
    /// The `region.yaml` key of the section (`poverty`); for `地区`, `regions`.
    pub key: &'static str,
    /// Other sheet names read as this sheet.
    pub aliases: &'static [&'static str],
    /// Its own columns, in the order `all.xlsx` writes them, after the region columns.
    pub columns: &'static [Column],
    /// In the wide form (a column per year), the figure a year column holds when no
    /// header above it names one: a `资金投入` sheet's year columns hold amounts.
    pub wide_figure: Option<&'static str>,
}

const fn col(
    key: &'static str,
    header: &'static str,
    aliases: &'static [&'static str],
    kind: Kind,
) -> Column {
    Column {
        key,
        header,
        aliases,
        kind,
    }
}

/// The columns that say which region a row is about, first in every sheet.
pub const REGION_COLUMNS: &[Column] = &[
    col(
        "code",
        "行政区划代码",
        &[
            "区划代码",
            "代码",
            "行政代码",
            "地区代码",
            "行政区划编码",
            "区划编码",
            "code",
        ],
        Kind::Code,
    ),
    col(
        "region",
        "地区",
        &[
            "地区名称",
            "县区",
            "县（区）",
            "县(市、区)",
            "县（市、区）",
            "县（市）",
            "县(市)",
            "县市",
            "县市区",
            "县（市区）",
            "市（州）",
            "市州",
            "乡镇",
            "乡（镇）",
            "乡镇（街道）",
            "region",
        ],
        Kind::Text,
    ),
    col("id", "标识", &["网址名", "id"], Kind::Text),
];

/// The columns any data row may carry: where it was published and when it was true.
pub const PROVENANCE_COLUMNS: &[Column] = &[
    col(
        "cite",
        "数据来源",
        &["来源", "资料来源", "cite"],
        Kind::Text,
    ),
    col(
        "as_of",
        "截至",
        &["截止", "截至日期", "截止日期", "统计时点", "as_of"],
        Kind::Date,
    ),
    col(
        "wording",
        "时间用语",
        &["时间说法", "原文时间", "wording"],
        Kind::Text,
    ),
    col("note", "备注", &["说明", "附注", "note"], Kind::Text),
];

const YEAR: Column = col("year", "年份", &["年度", "年", "year"], Kind::Year);
const PERIOD: Column = col("period", "时期", &["期间", "时段", "period"], Kind::Period);

/// Every sheet, in the order `all.xlsx` writes them.
pub const SHEETS: &[Sheet] = &[
    Sheet {
        section: Section::Regions,
        name: "地区",
        key: "regions",
        aliases: &["地区表", "行政区划", "regions"],
        columns: &[
            col("level", "级别", &["层级", "行政级别", "level"], Kind::Text),
            col("full_name", "全称", &["地区全称", "full_name"], Kind::Text),
            col(
                "parent",
                "上级",
                &["上级地区", "上级代码", "所属", "parent"],
                Kind::Text,
            ),
            col(
                "area_km2",
                "面积",
                &["总面积", "辖区面积", "area_km2"],
                Kind::Decimal,
            ),
            col(
                "population",
                "人口",
                &["总人口", "户籍人口", "population"],
                Kind::Count,
            ),
            col(
                "source",
                "数据来源",
                &["来源", "资料来源", "source"],
                Kind::Text,
            ),
            col(
                "as_of",
                "截至",
                &["截止", "截至日期", "截止日期", "as_of"],
                Kind::Date,
            ),
        ],
        wide_figure: None,
    },
    Sheet {
        section: Section::Poverty,
        name: "贫困人口",
        key: "poverty",
        aliases: &["贫困", "建档立卡", "建档立卡贫困人口", "poverty"],
        columns: &[
            YEAR,
            col(
                "households",
                "贫困户数",
                &[
                    "建档立卡贫困户",
                    "建档立卡贫困户数",
                    "贫困户",
                    "户数",
                    "年末贫困户数",
                    "households",
                ],
                Kind::Count,
            ),
            col(
                "people",
                "贫困人口",
                &[
                    "建档立卡贫困人口",
                    "建档立卡贫困人口数",
                    "贫困人口数",
                    "贫困人数",
                    "人数",
                    "年末贫困人口",
                    "people",
                ],
                Kind::Count,
            ),
            col(
                "rate",
                "贫困发生率",
                &["发生率", "贫困人口发生率", "rate"],
                Kind::Rate,
            ),
        ],
        wide_figure: Some("people"),
    },
    Sheet {
        section: Section::Lifted,
        name: "减贫",
        key: "lifted",
        aliases: &["脱贫", "减贫人口", "脱贫人口", "lifted"],
        columns: &[
            PERIOD,
            YEAR,
            col(
                "households",
                "脱贫户数",
                &["减贫户数", "脱贫户", "当年脱贫户数", "户数", "households"],
                Kind::Count,
            ),
            col(
                "people",
                "脱贫人口",
                &[
                    "减贫人口",
                    "减贫人数",
                    "脱贫人数",
                    "当年脱贫人口",
                    "人数",
                    "people",
                ],
                Kind::Count,
            ),
        ],
        wide_figure: Some("people"),
    },
    Sheet {
        section: Section::Targets,
        name: "目标",
        key: "targets",
        aliases: &["目标任务", "任务", "targets"],
        columns: &[
            YEAR,
            col("name", "指标", &["项目", "任务", "name"], Kind::Text),
            col("unit", "单位", &["计量单位", "unit"], Kind::Text),
            col(
                "target",
                "目标",
                &["目标数", "计划", "计划数", "target"],
                Kind::Figure,
            ),
            col(
                "actual",
                "完成",
                &["完成数", "实际", "实际完成", "actual"],
                Kind::Figure,
            ),
        ],
        wide_figure: None,
    },
    Sheet {
        section: Section::Funds,
        name: "资金投入",
        key: "funds",
        aliases: &["资金", "扶贫资金", "投入", "funds"],
        columns: &[
            YEAR,
            PERIOD,
            col(
                "source",
                "资金来源",
                &["来源渠道", "资金类别", "资金名称", "source"],
                Kind::Text,
            ),
            col(
                "amount",
                "金额",
                &[
                    "投入金额",
                    "资金",
                    "投入",
                    "资金投入",
                    "投入资金",
                    "资金规模",
                    "amount",
                ],
                Kind::Money,
            ),
            col(
                "to_poor_villages",
                "投向贫困村",
                &["投入贫困村", "贫困村", "to_poor_villages"],
                Kind::Money,
            ),
            col(
                "projects",
                "项目数",
                &["项目个数", "建设项目", "projects"],
                Kind::Count,
            ),
        ],
        wide_figure: Some("amount"),
    },
    Sheet {
        section: Section::Credit,
        name: "贷款",
        key: "credit",
        aliases: &["信贷", "扶贫贷款", "小额信贷", "credit"],
        columns: &[
            YEAR,
            PERIOD,
            col(
                "kind",
                "类别",
                &["贷款类别", "贷款种类", "种类", "kind"],
                Kind::Text,
            ),
            col(
                "amount",
                "金额",
                &["贷款金额", "规模", "amount"],
                Kind::Money,
            ),
            col(
                "drawn",
                "已发放",
                &["发放", "发放金额", "累计发放", "drawn"],
                Kind::Money,
            ),
            col(
                "households",
                "户数",
                &["惠及户数", "households"],
                Kind::Count,
            ),
            col("people", "人数", &["惠及人数", "people"], Kind::Count),
        ],
        wide_figure: Some("amount"),
    },
    Sheet {
        section: Section::Projects,
        name: "项目",
        key: "projects",
        aliases: &["扶贫项目", "项目清单", "项目建设", "项目进展", "projects"],
        columns: &[
            col("name", "项目名称", &["名称", "项目", "name"], Kind::Text),
            col(
                "category",
                "类别",
                &["项目类别", "类型", "项目类型", "category"],
                Kind::Text,
            ),
            col(
                "status",
                "状态",
                &[
                    "进度",
                    "建设状态",
                    "进展情况",
                    "进展",
                    "项目进展",
                    "建设进度",
                    "实施进度",
                    "status",
                ],
                Kind::Status,
            ),
            col(
                "investment",
                "总投资",
                &[
                    "投资",
                    "总投资额",
                    "项目总投资",
                    "投资额",
                    "计划投资",
                    "investment",
                ],
                Kind::Money,
            ),
        ],
        wide_figure: None,
    },
    Sheet {
        section: Section::ProjectBatches,
        name: "项目批次",
        key: "project_batches",
        aliases: &["批次", "project_batches"],
        columns: &[
            col("batch", "批次", &["项目批次", "batch"], Kind::Text),
            col(
                "investment",
                "总投资",
                &["投资", "计划投资", "investment"],
                Kind::Money,
            ),
            col(
                "invested_so_far",
                "已完成投资",
                &["完成投资", "invested_so_far"],
                Kind::Money,
            ),
            col("total", "项目总数", &["项目数", "total"], Kind::Count),
            col(
                "status.completed",
                "已完工",
                &["完工", "completed"],
                Kind::Count,
            ),
            col(
                "status.in_progress",
                "在建",
                &["建设中", "in_progress"],
                Kind::Count,
            ),
            col(
                "status.tendering",
                "招投标",
                &["招标", "tendering"],
                Kind::Count,
            ),
            col(
                "status.planning",
                "前期",
                &["前期工作", "planning"],
                Kind::Count,
            ),
        ],
        wide_figure: None,
    },
    Sheet {
        section: Section::Indicators,
        name: "指标",
        key: "indicators",
        aliases: &["其他指标", "indicators"],
        columns: &[
            col("name", "指标", &["指标名称", "名称", "name"], Kind::Text),
            col("unit", "单位", &["计量单位", "unit"], Kind::Text),
            YEAR,
            col("value", "数值", &["数量", "值", "value"], Kind::Figure),
            col("target", "目标", &["目标值", "target"], Kind::Figure),
        ],
        wide_figure: Some("value"),
    },
];

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

    /// The sheet of a section.
    pub fn of(section: Section) -> &'static Sheet {
        SHEETS
            .iter()
            .find(|s| s.section == section)
            .expect("every section has a sheet")
    }

    /// Every column a header of this sheet may name: region, own, provenance.
    pub fn all_columns(&self) -> impl Iterator<Item = &'static Column> + '_ {
        let provenance: &'static [Column] = if self.section == Section::Regions {
            &[]
        } else {
            PROVENANCE_COLUMNS
        };
        REGION_COLUMNS
            .iter()
            .chain(self.columns.iter())
            .chain(provenance.iter())
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
