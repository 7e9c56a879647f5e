//! Messages of `src/compute` (figures, charts) and `src/chart`.

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/compute/figures.rs
    /// "there is no region `…`"
    message no_region(id) {
        zh_cn: "没有标识为 `{id}` 的地区",
        zh_tw: "沒有標識為 `{id}` 的地區",
        en: "there is no region `{id}`",
    }
    /// "there is no region `…` (did you mean `…`?)"
    message no_region_did_you_mean(id, name) {
        zh_cn: "没有标识为 `{id}` 的地区（是不是想写 `{name}`？）",
        zh_tw: "沒有標識為 `{id}` 的地區（是不是想寫 `{name}`？）",
        en: "there is no region `{id}` (did you mean `{name}`?)",
    }
    /// "`…` names no region, and this story belongs to none"
    message names_no_region(reference) {
        zh_cn: "`{reference}` 没有指明地区，而这篇文章不属于任何地区",
        zh_tw: "`{reference}` 沒有指明地區，而這篇文章不屬於任何地區",
        en: "`{reference}` names no region, and this story belongs to none",
    }
    /// "`region_id:path`, e.g. `kezuohouqi:poverty.2018.rate`"
    detail region_path_example() {
        zh_cn: "`地区id:路径`，例如 `kezuohouqi:poverty.2018.rate`",
        zh_tw: "`地區id:路徑`，例如 `kezuohouqi:poverty.2018.rate`",
        en: "`region_id:path`, e.g. `kezuohouqi:poverty.2018.rate`",
    }
    /// "… (in `…` of …)"
    detail in_region_path(message, path, region) {
        zh_cn: "{message}（{region}的 `{path}`）",
        zh_tw: "{message}（{region}的 `{path}`）",
        en: "{message} (in `{path}` of {region})",
    }
    /// "no `full_name` is given"
    message no_full_name() {
        zh_cn: "数据里没有写 `full_name`",
        zh_tw: "資料裡沒有寫 `full_name`",
        en: "no `full_name` is given",
    }
    /// "no `level` is given"
    message no_level() {
        zh_cn: "数据里没有写 `level`",
        zh_tw: "資料裡沒有寫 `level`",
        en: "no `level` is given",
    }
    /// "`…` is not a section of the data"
    message not_a_section(name) {
        zh_cn: "`{name}` 不是数据中的栏目",
        zh_tw: "`{name}` 不是資料中的欄目",
        en: "`{name}` is not a section of the data",
    }
    /// "the reference is empty"
    message reference_empty() {
        zh_cn: "引用是空的",
        zh_tw: "引用是空的",
        en: "the reference is empty",
    }
    /// "… is not given in the data"
    message not_given(what) {
        zh_cn: "数据里没有给出{what}",
        zh_tw: "資料裡沒有給出{what}",
        en: "{what} is not given in the data",
    }
    /// A figure named by its key.
    detail fig_key(key) {
        zh_cn: "`{key}` 的数值",
        zh_tw: "`{key}` 的數值",
        en: "`{key}`",
    }
    /// "the area"
    detail fig_area() {
        zh_cn: "面积",
        zh_tw: "面積",
        en: "the area",
    }
    /// "the population"
    detail fig_population() {
        zh_cn: "人口",
        zh_tw: "人口",
        en: "the population",
    }
    /// "households"
    detail fig_households() {
        zh_cn: "户数",
        zh_tw: "戶數",
        en: "households",
    }
    /// "people"
    detail fig_people() {
        zh_cn: "人数",
        zh_tw: "人數",
        en: "people",
    }
    /// "the rate"
    detail fig_rate() {
        zh_cn: "贫困发生率",
        zh_tw: "貧困發生率",
        en: "the rate",
    }
    /// "the target"
    detail fig_target() {
        zh_cn: "目标值",
        zh_tw: "目標值",
        en: "the target",
    }
    /// "the actual figure"
    detail fig_actual() {
        zh_cn: "实际完成数",
        zh_tw: "實際完成數",
        en: "the actual figure",
    }
    /// "money"
    detail fig_money() {
        zh_cn: "资金",
        zh_tw: "資金",
        en: "money",
    }
    /// "the number of projects"
    detail fig_project_count_of_fund() {
        zh_cn: "项目个数",
        zh_tw: "項目個數",
        en: "the number of projects",
    }
    /// "a loan `amount`"
    detail fig_a_loan_amount() {
        zh_cn: "贷款 `amount`",
        zh_tw: "貸款 `amount`",
        en: "a loan `amount`",
    }
    /// "the loan `amount`"
    detail fig_the_loan_amount() {
        zh_cn: "这笔贷款的 `amount`",
        zh_tw: "這筆貸款的 `amount`",
        en: "the loan `amount`",
    }
    /// "the investment"
    detail fig_investment() {
        zh_cn: "投资额",
        zh_tw: "投資額",
        en: "the investment",
    }
    /// "a project count"
    detail fig_a_project_count() {
        zh_cn: "项目数",
        zh_tw: "項目數",
        en: "a project count",
    }
    /// "the indicator's target"
    detail fig_indicator_target() {
        zh_cn: "这个指标的目标值",
        zh_tw: "這個指標的目標值",
        en: "the indicator's target",
    }
    /// "the indicator's `value`"
    detail fig_indicator_value() {
        zh_cn: "这个指标的 `value`",
        zh_tw: "這個指標的 `value`",
        en: "the indicator's `value`",
    }
    /// "`…` is not a … figure"
    message not_a_figure_of(field, section) {
        zh_cn: "`{field}` 不是{section}的数值",
        zh_tw: "`{field}` 不是{section}的數值",
        en: "`{field}` is not a {section} figure",
    }
    /// "profile"
    detail sec_profile() {
        zh_cn: "概况",
        zh_tw: "概況",
        en: "profile",
    }
    /// "poverty"
    detail sec_poverty() {
        zh_cn: "贫困人口",
        zh_tw: "貧困人口",
        en: "poverty",
    }
    /// "lifted"
    detail sec_lifted() {
        zh_cn: "脱贫",
        zh_tw: "脫貧",
        en: "lifted",
    }
    /// "target"
    detail sec_target() {
        zh_cn: "目标",
        zh_tw: "目標",
        en: "target",
    }
    /// "fund"
    detail sec_fund() {
        zh_cn: "资金投入",
        zh_tw: "資金投入",
        en: "fund",
    }
    /// "credit"
    detail sec_credit() {
        zh_cn: "贷款",
        zh_tw: "貸款",
        en: "credit",
    }
    /// "batch"
    detail sec_batch() {
        zh_cn: "项目批次",
        zh_tw: "項目批次",
        en: "batch",
    }
    /// "project"
    detail sec_project() {
        zh_cn: "项目",
        zh_tw: "項目",
        en: "project",
    }
    /// "`rate_drop` needs at least two `poverty` rows with a `rate`"
    message rate_drop_needs_two() {
        zh_cn: "`rate_drop` 至少需要两行带 `rate` 的 `poverty` 数据",
        zh_tw: "`rate_drop` 至少需要兩行帶 `rate` 的 `poverty` 資料",
        en: "`rate_drop` needs at least two `poverty` rows with a `rate`",
    }
    /// "a poverty figure is written `poverty.<year>.<field>`"
    message poverty_ref_form() {
        zh_cn: "贫困数据的引用写法是 `poverty.<年份>.<字段>`",
        zh_tw: "貧困資料的引用寫法是 `poverty.<年份>.<欄位>`",
        en: "a poverty figure is written `poverty.<year>.<field>`",
    }
    /// "there is no `poverty` row for `…`"
    message no_poverty_row(year) {
        zh_cn: "没有 `{year}` 年的 `poverty` 数据行",
        zh_tw: "沒有 `{year}` 年的 `poverty` 資料列",
        en: "there is no `poverty` row for `{year}`",
    }
    /// "nothing: this region has no such data"
    detail nothing_no_such_data() {
        zh_cn: "无：这个地区没有这类数据",
        zh_tw: "無：這個地區沒有這類資料",
        en: "nothing: this region has no such data",
    }
    /// "a lifted figure is written `lifted.<when>.<field>` (<when>: its period or year, wording or `as_of` date), or `lifted.<field>` when the region has one `lifted` row"
    message lifted_ref_form() {
        zh_cn: "脱贫数据的引用写法是 `lifted.<时间>.<字段>`（<时间>：时期或年份、原文说法或 `as_of` 日期）；地区只有一行 `lifted` 时也可写 `lifted.<字段>`",
        zh_tw: "脫貧資料的引用寫法是 `lifted.<時間>.<欄位>`（<時間>：時期或年份、原文說法或 `as_of` 日期）；地區只有一列 `lifted` 時也可寫 `lifted.<欄位>`",
        en: "a lifted figure is written `lifted.<when>.<field>` (<when>: its period or year, wording or `as_of` date), or `lifted.<field>` when the region has one `lifted` row",
    }
    /// "`…` names … `lifted` rows"
    message when_names_n_lifted(when, n) {
        zh_cn: "`{when}` 对应 {n} 行 `lifted` 数据",
        zh_tw: "`{when}` 對應 {n} 列 `lifted` 資料",
        en: "`{when}` names {n} `lifted` rows",
    }
    /// "this region has … `lifted` rows: say which, `lifted.<when>.…`"
    message region_has_n_lifted(n, field) {
        zh_cn: "这个地区有 {n} 行 `lifted` 数据：请写明是哪一行，`lifted.<时间>.{field}`",
        zh_tw: "這個地區有 {n} 列 `lifted` 資料：請寫明是哪一列，`lifted.<時間>.{field}`",
        en: "this region has {n} `lifted` rows: say which, `lifted.<when>.{field}`",
    }
    /// "there is no `lifted` row for `…`"
    message no_lifted_row_for(when) {
        zh_cn: "没有 `{when}` 的 `lifted` 数据行",
        zh_tw: "沒有 `{when}` 的 `lifted` 資料列",
        en: "there is no `lifted` row for `{when}`",
    }
    /// "there is no `lifted` row"
    message no_lifted_row() {
        zh_cn: "没有 `lifted` 数据行",
        zh_tw: "沒有 `lifted` 資料列",
        en: "there is no `lifted` row",
    }
    /// "a target is written `targets.<when>.<name>.target` or `.actual` (<when>: its year, wording or `as_of` date), or `targets.<name>.target` when only one target has that name"
    message target_ref_form() {
        zh_cn: "目标的引用写法是 `targets.<时间>.<名称>.target` 或 `.actual`（<时间>：年份、原文说法或 `as_of` 日期）；只有一个目标叫这个名称时也可写 `targets.<名称>.target`",
        zh_tw: "目標的引用寫法是 `targets.<時間>.<名稱>.target` 或 `.actual`（<時間>：年份、原文說法或 `as_of` 日期）；只有一個目標叫這個名稱時也可寫 `targets.<名稱>.target`",
        en: "a target is written `targets.<when>.<name>.target` or `.actual` (<when>: its year, wording or `as_of` date), or `targets.<name>.target` when only one target has that name",
    }
    /// "target `…` for … is given … times"
    message target_for_given_n(name, when, n) {
        zh_cn: "{when} 的目标 `{name}` 写了 {n} 次",
        zh_tw: "{when} 的目標 `{name}` 寫了 {n} 次",
        en: "target `{name}` for {when} is given {n} times",
    }
    /// "target `…` is given … times: say which, `targets.<when>.….…`"
    message target_given_n(name, n, field) {
        zh_cn: "目标 `{name}` 写了 {n} 次：请写明是哪一个，`targets.<时间>.{name}.{field}`",
        zh_tw: "目標 `{name}` 寫了 {n} 次：請寫明是哪一個，`targets.<時間>.{name}.{field}`",
        en: "target `{name}` is given {n} times: say which, `targets.<when>.{name}.{field}`",
    }
    /// "there is no target `…` for …"
    message no_target_for(name, when) {
        zh_cn: "没有 {when} 的目标 `{name}`",
        zh_tw: "沒有 {when} 的目標 `{name}`",
        en: "there is no target `{name}` for {when}",
    }
    /// "there is no target `…`"
    message no_target(name) {
        zh_cn: "没有目标 `{name}`",
        zh_tw: "沒有目標 `{name}`",
        en: "there is no target `{name}`",
    }
    /// "the … are undated with different time words, so they have no total"
    message undated_no_total(rows) {
        zh_cn: "这些{rows}没有年份，时间说法又各不相同，所以没有合计",
        zh_tw: "這些{rows}沒有年份，時間說法又各不相同，所以沒有合計",
        en: "the {rows} are undated with different time words, so they have no total",
    }
    /// "funds"
    detail rows_funds() {
        zh_cn: "资金",
        zh_tw: "資金",
        en: "funds",
    }
    /// "loans"
    detail rows_loans() {
        zh_cn: "贷款",
        zh_tw: "貸款",
        en: "loans",
    }
    /// "one fund, `funds.<when>.<source>.amount`"
    detail one_fund_example() {
        zh_cn: "单笔资金，`funds.<时间>.<来源>.amount`",
        zh_tw: "單筆資金，`funds.<時間>.<來源>.amount`",
        en: "one fund, `funds.<when>.<source>.amount`",
    }
    /// "one loan, `credit.<when>.<kind>.amount`"
    detail one_loan_example() {
        zh_cn: "单笔贷款，`credit.<时间>.<类别>.amount`",
        zh_tw: "單筆貸款，`credit.<時間>.<類別>.amount`",
        en: "one loan, `credit.<when>.<kind>.amount`",
    }
    /// "a fund figure is written `funds.<when>.<source>.<field>` (<when>: its year or period, wording or `as_of` date), or `funds.<source>.<field>` when only one row has that source"
    message fund_ref_form() {
        zh_cn: "资金数据的引用写法是 `funds.<时间>.<来源>.<字段>`（<时间>：年份或时期、原文说法或 `as_of` 日期）；只有一行是这个来源时也可写 `funds.<来源>.<字段>`",
        zh_tw: "資金資料的引用寫法是 `funds.<時間>.<來源>.<欄位>`（<時間>：年份或時期、原文說法或 `as_of` 日期）；只有一列是這個來源時也可寫 `funds.<來源>.<欄位>`",
        en: "a fund figure is written `funds.<when>.<source>.<field>` (<when>: its year or period, wording or `as_of` date), or `funds.<source>.<field>` when only one row has that source",
    }
    /// "`…` names … funds `…`"
    message when_names_n_funds(when, n, source) {
        zh_cn: "`{when}` 对应 {n} 笔 `{source}`",
        zh_tw: "`{when}` 對應 {n} 筆 `{source}`",
        en: "`{when}` names {n} funds `{source}`",
    }
    /// "there are … funds `…`: say which, `funds.<when>.….…`"
    message n_funds(n, source, field) {
        zh_cn: "有 {n} 笔 `{source}`：请写明是哪一笔，`funds.<时间>.{source}.{field}`",
        zh_tw: "有 {n} 筆 `{source}`：請寫明是哪一筆，`funds.<時間>.{source}.{field}`",
        en: "there are {n} funds `{source}`: say which, `funds.<when>.{source}.{field}`",
    }
    /// "there is no fund `…` for `…`"
    message no_fund_for(source, when) {
        zh_cn: "没有 `{when}` 的 `{source}`",
        zh_tw: "沒有 `{when}` 的 `{source}`",
        en: "there is no fund `{source}` for `{when}`",
    }
    /// "there is no fund `…`"
    message no_fund(source) {
        zh_cn: "没有资金来源 `{source}`",
        zh_tw: "沒有資金來源 `{source}`",
        en: "there is no fund `{source}`",
    }
    /// "a credit figure is written `credit.<when>.<kind>.<field>` (<when>: its year or period, wording or `as_of` date), or `credit.<kind>.<field>` when only one row has that kind"
    message credit_ref_form() {
        zh_cn: "贷款数据的引用写法是 `credit.<时间>.<类别>.<字段>`（<时间>：年份或时期、原文说法或 `as_of` 日期）；只有一行是这个类别时也可写 `credit.<类别>.<字段>`",
        zh_tw: "貸款資料的引用寫法是 `credit.<時間>.<類別>.<欄位>`（<時間>：年份或時期、原文說法或 `as_of` 日期）；只有一列是這個類別時也可寫 `credit.<類別>.<欄位>`",
        en: "a credit figure is written `credit.<when>.<kind>.<field>` (<when>: its year or period, wording or `as_of` date), or `credit.<kind>.<field>` when only one row has that kind",
    }
    /// "`…` names … credit rows `…`"
    message when_names_n_credit(when, n, kind) {
        zh_cn: "`{when}` 对应 {n} 行贷款 `{kind}`",
        zh_tw: "`{when}` 對應 {n} 列貸款 `{kind}`",
        en: "`{when}` names {n} credit rows `{kind}`",
    }
    /// "there are … credit rows `…`: say which, `credit.<when>.….…`"
    message n_credit(n, kind, field) {
        zh_cn: "有 {n} 行贷款 `{kind}`：请写明是哪一行，`credit.<时间>.{kind}.{field}`",
        zh_tw: "有 {n} 列貸款 `{kind}`：請寫明是哪一列，`credit.<時間>.{kind}.{field}`",
        en: "there are {n} credit rows `{kind}`: say which, `credit.<when>.{kind}.{field}`",
    }
    /// "there is no credit `…` for `…`"
    message no_credit_for(kind, when) {
        zh_cn: "没有 `{when}` 的贷款 `{kind}`",
        zh_tw: "沒有 `{when}` 的貸款 `{kind}`",
        en: "there is no credit `{kind}` for `{when}`",
    }
    /// "there is no credit `…`"
    message no_credit(kind) {
        zh_cn: "没有贷款类别 `{kind}`",
        zh_tw: "沒有貸款類別 `{kind}`",
        en: "there is no credit `{kind}`",
    }
    /// "a batch figure is written `batches.<batch>.<field>`"
    message batch_ref_form() {
        zh_cn: "项目批次的引用写法是 `batches.<批次>.<字段>`",
        zh_tw: "項目批次的引用寫法是 `batches.<批次>.<欄位>`",
        en: "a batch figure is written `batches.<batch>.<field>`",
    }
    /// "there is no batch `…`"
    message no_batch(batch) {
        zh_cn: "没有批次 `{batch}`",
        zh_tw: "沒有批次 `{batch}`",
        en: "there is no batch `{batch}`",
    }
    /// "a project figure is written `projects.count` or `projects.<status>`"
    message project_ref_form() {
        zh_cn: "项目数的引用写法是 `projects.count` 或 `projects.<状态>`",
        zh_tw: "項目數的引用寫法是 `projects.count` 或 `projects.<狀態>`",
        en: "a project figure is written `projects.count` or `projects.<status>`",
    }
    /// "an indicator is written `indicators.<name>.<year>`, `.value` (its undated value) or `.target`"
    message indicator_ref_form() {
        zh_cn: "指标的引用写法是 `indicators.<名称>.<年份>`、`.value`（不分年份的值）或 `.target`",
        zh_tw: "指標的引用寫法是 `indicators.<名稱>.<年份>`、`.value`（不分年份的值）或 `.target`",
        en: "an indicator is written `indicators.<name>.<year>`, `.value` (its undated value) or `.target`",
    }
    /// "there is no indicator `…`"
    message no_indicator(name) {
        zh_cn: "没有指标 `{name}`",
        zh_tw: "沒有指標 `{name}`",
        en: "there is no indicator `{name}`",
    }
    /// "indicator `…` has values by year, not one undated `value`"
    message indicator_by_year(name) {
        zh_cn: "指标 `{name}` 是按年份给的数值，没有不分年份的 `value`",
        zh_tw: "指標 `{name}` 是按年份給的數值，沒有不分年份的 `value`",
        en: "indicator `{name}` has values by year, not one undated `value`",
    }
    /// "indicator `…` has no value for `…`"
    message indicator_no_value_for(name, key) {
        zh_cn: "指标 `{name}` 没有 `{key}` 的数值",
        zh_tw: "指標 `{name}` 沒有 `{key}` 的數值",
        en: "indicator `{name}` has no value for `{key}`",
    }
    // --- src/compute/charts/, src/compute/draw.rs, src/compute/page.rs
    /// "… has no … to draw a `…` chart"
    message chart_no_data(region, needs, kind) {
        zh_cn: "{region}没有{needs}，画不了 `{kind}` 图表",
        zh_tw: "{region}沒有{needs}，畫不了 `{kind}` 圖表",
        en: "{region} has no {needs} to draw a `{kind}` chart",
    }
    /// "… has no … to compare"
    message chart_nothing_to_compare(region, needs) {
        zh_cn: "{region}没有{needs}，无法比较",
        zh_tw: "{region}沒有{needs}，無法比較",
        en: "{region} has no {needs} to compare",
    }
    /// "the funds of … are undated with different time words: they have no totals to compare"
    message funds_no_totals_to_compare(regions) {
        zh_cn: "{regions}的资金没有年份，时间说法又各不相同，没有可比较的合计",
        zh_tw: "{regions}的資金沒有年份，時間說法又各不相同，沒有可比較的合計",
        en: "the funds of {regions} are undated with different time words: they have no totals to compare",
    }
    /// "… has no `indicators`"
    message no_indicators(region) {
        zh_cn: "{region}没有 `indicators`",
        zh_tw: "{region}沒有 `indicators`",
        en: "{region} has no `indicators`",
    }
    /// "… has several indicators; say which with `name:` (…)"
    message several_indicators(region, names) {
        zh_cn: "{region}有好几个指标，请用 `name:` 指明是哪一个（{names}）",
        zh_tw: "{region}有好幾個指標，請用 `name:` 指明是哪一個（{names}）",
        en: "{region} has several indicators; say which with `name:` ({names})",
    }
    /// "`…` is counted in `…` in one region and `…` in another; they cannot share an axis"
    message indicator_units_differ(name, unit, other) {
        zh_cn: "`{name}` 在一个地区以 `{unit}` 计，在另一个地区以 `{other}` 计，不能共用一个坐标轴",
        zh_tw: "`{name}` 在一個地區以 `{unit}` 計，在另一個地區以 `{other}` 計，不能共用一個座標軸",
        en: "`{name}` is counted in `{unit}` in one region and `{other}` in another; they cannot share an axis",
    }
    /// "indicator `…` of … has no values in the chosen years"
    message indicator_no_values_in_years(name, region) {
        zh_cn: "{region}的指标 `{name}` 在所选年份没有数值",
        zh_tw: "{region}的指標 `{name}` 在所選年份沒有數值",
        en: "indicator `{name}` of {region} has no values in the chosen years",
    }
    /// "no region to draw"
    message no_region_to_draw() {
        zh_cn: "没有可画的地区",
        zh_tw: "沒有可畫的地區",
        en: "no region to draw",
    }
    /// "a `…` chart shows one region; write one chart block per region"
    message chart_shows_one_region(kind) {
        zh_cn: "`{kind}` 图表只画一个地区；请每个地区写一个图表块",
        zh_tw: "`{kind}` 圖表只畫一個地區；請每個地區寫一個圖表區塊",
        en: "a `{kind}` chart shows one region; write one chart block per region",
    }
    /// "none of the regions has … to draw a summed `poor-population` chart"
    message none_has_for_summed(needs) {
        zh_cn: "这些地区都没有{needs}，画不了合计的 `poor-population` 图表",
        zh_tw: "這些地區都沒有{needs}，畫不了合計的 `poor-population` 圖表",
        en: "none of the regions has {needs} to draw a summed `poor-population` chart",
    }
    /// "no region has … to draw a `rate-decline` chart"
    message no_region_has_for_decline(needs) {
        zh_cn: "没有哪个地区有{needs}，画不了 `rate-decline` 图表",
        zh_tw: "沒有哪個地區有{needs}，畫不了 `rate-decline` 圖表",
        en: "no region has {needs} to draw a `rate-decline` chart",
    }
    /// "`poverty` rows with a `rate`"
    detail needs_poverty_rate() {
        zh_cn: "带 `rate` 的 `poverty` 数据行",
        zh_tw: "帶 `rate` 的 `poverty` 資料列",
        en: "`poverty` rows with a `rate`",
    }
    /// "`poverty` rows with `households` or `people`, or `lifted` rows"
    detail needs_poor_population() {
        zh_cn: "带 `households` 或 `people` 的 `poverty` 数据行，或 `lifted` 数据行",
        zh_tw: "帶 `households` 或 `people` 的 `poverty` 資料列，或 `lifted` 資料列",
        en: "`poverty` rows with `households` or `people`, or `lifted` rows",
    }
    /// "`funds` rows"
    detail needs_funds() {
        zh_cn: "`funds` 数据行",
        zh_tw: "`funds` 資料列",
        en: "`funds` rows",
    }
    /// "`credit` rows with an `amount`"
    detail needs_credit() {
        zh_cn: "带 `amount` 的 `credit` 数据行",
        zh_tw: "帶 `amount` 的 `credit` 資料列",
        en: "`credit` rows with an `amount`",
    }
    /// "`project_batches` or `projects`"
    detail needs_projects() {
        zh_cn: "`project_batches` 或 `projects`",
        zh_tw: "`project_batches` 或 `projects`",
        en: "`project_batches` or `projects`",
    }
    /// "`targets` rows with both `target` and `actual`"
    detail needs_targets() {
        zh_cn: "同时有 `target` 和 `actual` 的 `targets` 数据行",
        zh_tw: "同時有 `target` 和 `actual` 的 `targets` 資料列",
        en: "`targets` rows with both `target` and `actual`",
    }
    /// "an `indicators` row (name it with `name:`)"
    detail needs_indicator() {
        zh_cn: "一行 `indicators` 数据（用 `name:` 指明）",
        zh_tw: "一列 `indicators` 資料（用 `name:` 指明）",
        en: "an `indicators` row (name it with `name:`)",
    }
    /// "two or more `poverty` rows with a `rate`"
    detail needs_rate_decline() {
        zh_cn: "两行或更多带 `rate` 的 `poverty` 数据",
        zh_tw: "兩列或更多帶 `rate` 的 `poverty` 資料",
        en: "two or more `poverty` rows with a `rate`",
    }
    /// "chart `…` could not be drawn: …"
    message chart_not_drawn(title, error) {
        zh_cn: "图表“{title}”画不出来：{error}",
        zh_tw: "圖表「{title}」畫不出來：{error}",
        en: "chart `{title}` could not be drawn: {error}",
    }
    /// "chart `…`: …"
    message chart_failed(id, reason) {
        zh_cn: "图表 `{id}`：{reason}",
        zh_tw: "圖表 `{id}`：{reason}",
        en: "chart `{id}`: {reason}",
    }
    /// A funds chart of one source the region lacks.
    message no_fund_to_draw(region, source) {
        zh_cn: "{region}没有资金来源 `{source}`，画不了图表",
        zh_tw: "{region}沒有資金來源 `{source}`，畫不了圖表",
        en: "{region} has no fund `{source}` to draw",
    }
    /// A chart block names an indicator the region does not have.
    message no_such_indicator(region, name, names) {
        zh_cn: "{region}没有指标 `{name}`；它有：{names}",
        zh_tw: "{region}沒有指標 `{name}`；它有：{names}",
        en: "{region} has no indicator `{name}`; it has {names}",
    }
}
