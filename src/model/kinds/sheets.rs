//! The row kinds themselves: every sheet's name, columns, headers, aliases, time rule
//! and reference name, in the order `all.xlsx` writes them.

use super::key;
use super::{Column, Kind, Section, Sheet, Time};

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
        key::CODE,
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
        key::REGION,
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
    col(key::ID, "标识", &["网址名", "id"], Kind::Text),
];

/// The columns any data row may carry: where it was published and when it was true.
pub const PROVENANCE_COLUMNS: &[Column] = &[
    col(
        key::CITE,
        "数据来源",
        &["来源", "资料来源", "cite"],
        Kind::Text,
    ),
    col(
        key::AS_OF,
        "截至",
        &["截止", "截至日期", "截止日期", "统计时点", "as_of"],
        Kind::Date,
    ),
    col(
        key::WORDING,
        "时间用语",
        &["时间说法", "原文时间", "wording"],
        Kind::Text,
    ),
    col(key::NOTE, "备注", &["说明", "附注", "note"], Kind::Text),
];

/// A row's year.
pub const YEAR: Column = col(key::YEAR, "年份", &["年度", "年", "year"], Kind::Year);
/// A row's period.
pub const PERIOD: Column = col(
    key::PERIOD,
    "时期",
    &["期间", "时段", "period"],
    Kind::Period,
);

/// Every sheet, in the order `all.xlsx` writes them.
pub const SHEETS: &[Sheet] = &[
    Sheet {
        section: Section::Regions,
        name: "地区",
        key: "regions",
        reference: "profile",
        time: Time::None,
        aliases: &["地区表", "行政区划", "regions"],
        columns: &[
            col(
                key::LEVEL,
                "级别",
                &["层级", "行政级别", "level"],
                Kind::Text,
            ),
            col(
                key::FULL_NAME,
                "全称",
                &["地区全称", "full_name"],
                Kind::Text,
            ),
            col(
                key::PARENT,
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
                key::POPULATION,
                "人口",
                &["总人口", "户籍人口", "population"],
                Kind::Count,
            ),
            col(
                key::SOURCE,
                "数据来源",
                &["来源", "资料来源", "source"],
                Kind::Text,
            ),
            col(
                key::AS_OF,
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
        reference: "poverty",
        time: Time::Year,
        aliases: &["贫困", "建档立卡", "建档立卡贫困人口", "poverty"],
        columns: &[
            YEAR,
            col(
                key::HOUSEHOLDS,
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
                key::PEOPLE,
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
                key::RATE,
                "贫困发生率",
                &["发生率", "贫困人口发生率", "rate"],
                Kind::Rate,
            ),
        ],
        wide_figure: Some(key::PEOPLE),
    },
    Sheet {
        section: Section::Lifted,
        name: "减贫",
        key: "lifted",
        reference: "lifted",
        time: Time::Period,
        aliases: &["脱贫", "减贫人口", "脱贫人口", "lifted"],
        columns: &[
            PERIOD,
            YEAR,
            col(
                key::HOUSEHOLDS,
                "脱贫户数",
                &["减贫户数", "脱贫户", "当年脱贫户数", "户数", "households"],
                Kind::Count,
            ),
            col(
                key::PEOPLE,
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
        wide_figure: Some(key::PEOPLE),
    },
    Sheet {
        section: Section::Targets,
        name: "目标",
        key: "targets",
        reference: "targets",
        time: Time::Year,
        aliases: &["目标任务", "任务", "targets"],
        columns: &[
            YEAR,
            col(key::NAME, "指标", &["项目", "任务", "name"], Kind::Text),
            col(key::UNIT, "单位", &["计量单位", "unit"], Kind::Text),
            col(
                key::TARGET,
                "目标",
                &["目标数", "计划", "计划数", "target"],
                Kind::Figure,
            ),
            col(
                key::ACTUAL,
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
        reference: "funds",
        time: Time::Either,
        aliases: &["资金", "扶贫资金", "投入", "funds"],
        columns: &[
            YEAR,
            PERIOD,
            col(
                key::SOURCE,
                "资金来源",
                &["来源渠道", "资金类别", "资金名称", "source"],
                Kind::Text,
            ),
            col(
                key::AMOUNT,
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
                key::TO_POOR_VILLAGES,
                "投向贫困村",
                &["投入贫困村", "贫困村", "to_poor_villages"],
                Kind::Money,
            ),
            col(
                key::PROJECTS,
                "项目数",
                &["项目个数", "建设项目", "projects"],
                Kind::Count,
            ),
        ],
        wide_figure: Some(key::AMOUNT),
    },
    Sheet {
        section: Section::Credit,
        name: "贷款",
        key: "credit",
        reference: "credit",
        time: Time::Either,
        aliases: &["信贷", "扶贫贷款", "小额信贷", "credit"],
        columns: &[
            YEAR,
            PERIOD,
            col(
                key::KIND,
                "类别",
                &["贷款类别", "贷款种类", "种类", "kind"],
                Kind::Text,
            ),
            col(
                key::AMOUNT,
                "金额",
                &["贷款金额", "规模", "amount"],
                Kind::Money,
            ),
            col(
                key::DRAWN,
                "已发放",
                &["发放", "发放金额", "累计发放", "drawn"],
                Kind::Money,
            ),
            col(
                key::DRAWN_WORDING,
                "已发放时间用语",
                &["发放时间用语", "drawn_wording"],
                Kind::Text,
            ),
            col(
                key::HOUSEHOLDS,
                "户数",
                &["惠及户数", "households"],
                Kind::Count,
            ),
            col(key::PEOPLE, "人数", &["惠及人数", "people"], Kind::Count),
        ],
        wide_figure: Some(key::AMOUNT),
    },
    Sheet {
        section: Section::Projects,
        name: "项目",
        key: "projects",
        reference: "projects",
        time: Time::None,
        aliases: &["扶贫项目", "项目清单", "项目建设", "项目进展", "projects"],
        columns: &[
            col(key::NAME, "项目名称", &["名称", "项目", "name"], Kind::Text),
            col(
                key::CATEGORY,
                "类别",
                &["项目类别", "类型", "项目类型", "category"],
                Kind::Text,
            ),
            col(
                key::STATUS,
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
                key::INVESTMENT,
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
        reference: "batches",
        time: Time::None,
        aliases: &["批次", "project_batches"],
        columns: &[
            col(key::BATCH, "批次", &["项目批次", "batch"], Kind::Text),
            col(
                key::INVESTMENT,
                "总投资",
                &["投资", "计划投资", "investment"],
                Kind::Money,
            ),
            col(
                key::PLANNED_INVESTMENT,
                "拟投资",
                &["拟投资额", "planned_investment"],
                Kind::Money,
            ),
            col(
                key::INVESTED_SO_FAR,
                "已完成投资",
                &["完成投资", "invested_so_far"],
                Kind::Money,
            ),
            col(
                key::FINANCED_BY,
                "贷款来源",
                &["所用贷款", "financed_by"],
                Kind::Text,
            ),
            col(key::TOTAL, "项目总数", &["项目数", "total"], Kind::Count),
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
        reference: "indicators",
        time: Time::Series,
        aliases: &["其他指标", "indicators"],
        columns: &[
            col(key::NAME, "指标", &["指标名称", "名称", "name"], Kind::Text),
            col(key::UNIT, "单位", &["计量单位", "unit"], Kind::Text),
            YEAR,
            col(key::VALUE, "数值", &["数量", "值", "value"], Kind::Figure),
            col(key::TARGET, "目标", &["目标值", "target"], Kind::Figure),
        ],
        wide_figure: Some(key::VALUE),
    },
];
