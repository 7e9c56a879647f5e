//! Messages about the site's data: reading files (`load`), YAML shapes and keys
//! (`model`), written quantities (`quantity`) and the checks on figures (`validate`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/model/decode.rs
    /// A row of a section, as the subject of a message.
    detail in_row(section) {
        zh_cn: "`{section}` 的一行",
        zh_tw: "`{section}` 的一行",
        en: "a `{section}` row",
    }
    /// A YAML node that is nothing.
    detail kind_nothing() {
        zh_cn: "空值",
        zh_tw: "空值",
        en: "nothing",
    }
    /// A YAML node that is one value.
    detail kind_scalar() {
        zh_cn: "单个值",
        zh_tw: "單個值",
        en: "a single value",
    }
    /// A YAML node that is a list.
    detail kind_list() {
        zh_cn: "列表",
        zh_tw: "列表",
        en: "a list",
    }
    /// A YAML node that is a mapping.
    detail kind_mapping() {
        zh_cn: "键值映射",
        zh_tw: "鍵值映射",
        en: "a mapping of keys",
    }
    /// A mapping was expected.
    message not_a_mapping(what, found) {
        zh_cn: "{what}应当是键值映射（`键: 值`），这里是{found}",
        zh_tw: "{what}應當是鍵值映射（`鍵: 值`），這裡是{found}",
        en: "{what} should be a mapping of keys, found {found}",
    }
    /// The keys a mapping takes.
    detail keys_one_of(choices) {
        zh_cn: "键：{choices}",
        zh_tw: "鍵：{choices}",
        en: "keys {choices}",
    }
    /// A key that is a list or mapping.
    message key_not_plain(what) {
        zh_cn: "{what}中有一个键不是简单的名称",
        zh_tw: "{what}中有一個鍵不是簡單的名稱",
        en: "a key in {what} is not a plain name",
    }
    /// A key the section does not have.
    message unknown_key(key, what) {
        zh_cn: "{what}中没有 `{key}` 这个键",
        zh_tw: "{what}中沒有 `{key}` 這個鍵",
        en: "unknown key `{key}` in {what}",
    }
    /// A key written twice.
    message key_twice(key, what) {
        zh_cn: "{what}中 `{key}` 写了两次",
        zh_tw: "{what}中 `{key}` 寫了兩次",
        en: "key `{key}` is given twice in {what}",
    }
    /// How to fix a key written twice.
    detail key_twice_hint() {
        zh_cn: "保留其中一个；YAML 会不声不响地只用后一个",
        zh_tw: "保留其中一個；YAML 會不聲不響地只用後一個",
        en: "keep one of the two; YAML would silently use the last",
    }
    /// Text was expected.
    message not_text(what, found) {
        zh_cn: "{what}应当是文字，这里是{found}",
        zh_tw: "{what}應當是文字，這裡是{found}",
        en: "{what} should be text, found {found}",
    }
    /// A list was expected.
    message not_a_list(what, found) {
        zh_cn: "{what}应当是列表，这里是{found}",
        zh_tw: "{what}應當是列表，這裡是{found}",
        en: "{what} should be a list, found {found}",
    }
    /// What a list looks like.
    detail a_list_of_rows() {
        zh_cn: "列表：每行一条 `- {{ … }}`",
        zh_tw: "列表：每行一條 `- {{ … }}`",
        en: "a list: one `- {{ … }}` row per line",
    }
    /// How to write a list.
    detail start_rows_with_dash() {
        zh_cn: "每行以 `- ` 开头，例如 `- {{ year: 2014, people: 34261 }}`",
        zh_tw: "每行以 `- ` 開頭，例如 `- {{ year: 2014, people: 34261 }}`",
        en: "start each row with `- `, e.g. `- {{ year: 2014, people: 34261 }}`",
    }
    /// One figure was expected.
    message not_a_figure(what, found) {
        zh_cn: "{what}应当是单个数值，这里是{found}",
        zh_tw: "{what}應當是單個數值，這裡是{found}",
        en: "{what} should be a single figure, found {found}",
    }
    /// A value that failed its written form, with the reason.
    detail bad_value(what, reason) {
        zh_cn: "{what}：{reason}",
        zh_tw: "{what}：{reason}",
        en: "{what}: {reason}",
    }
    /// A plain number that is not one.
    message not_a_number(text) {
        zh_cn: "`{text}` 不是数字",
        zh_tw: "`{text}` 不是數字",
        en: "`{text}` is not a number",
    }
    /// What a plain number looks like.
    detail a_number_such_as() {
        zh_cn: "数字，例如 `11570`",
        zh_tw: "數字，例如 `11570`",
        en: "a number such as `11570`",
    }
    /// A yes/no switch that is neither.
    message not_a_flag(what, text) {
        zh_cn: "{what}应当是 `true`（是）或 `false`（否），这里是 `{text}`",
        zh_tw: "{what}應當是 `true`（是）或 `false`（否），這裡是 `{text}`",
        en: "{what} should be `true` or `false`, found `{text}`",
    }
    /// A required key that is missing.
    message missing_key(what, key) {
        zh_cn: "{what}缺少 `{key}`",
        zh_tw: "{what}缺少 `{key}`",
        en: "{what} has no `{key}`",
    }
    /// How to add a missing key.
    detail add_it_like(example) {
        zh_cn: "请补上，例如 `{example}`",
        zh_tw: "請補上，例如 `{example}`",
        en: "add it, e.g. `{example}`",
    }
    /// How to add a missing key that one of two others can stand in for.
    detail add_it_like_or(example, other) {
        zh_cn: "请补上，例如 `{example}`（或 `{other}`）",
        zh_tw: "請補上，例如 `{example}`（或 `{other}`）",
        en: "add it, e.g. `{example}` (or `{other}`)",
    }
    /// How to add an indicator's missing values: by year, or one value with no year.
    detail add_values_like(by_year, undated) {
        zh_cn: "请补上，例如 `{by_year}`（没有年份时写 `{undated}`）",
        zh_tw: "請補上，例如 `{by_year}`（沒有年份時寫 `{undated}`）",
        en: "add it, e.g. `{by_year}` (or, with no year, `{undated}`)",
    }
    // --- src/quantity/count.rs
    /// The written forms of a count.
    detail count_expected() {
        zh_cn: "整数，例如 `18858`、`1.41万`、`18858人` 或 `1375户`",
        zh_tw: "整數，例如 `18858`、`1.41万`、`18858人` 或 `1375户`",
        en: "a whole number such as `18858`, `1.41万`, `18858人` or `1375户`",
    }
    /// A count written in another unit than its figure's.
    message count_wrong_unit(text, got, want) {
        zh_cn: "`{text}` 的单位是{got}，但这个数值应以{want}计",
        zh_tw: "`{text}` 的單位是{got}，但這個數值應以{want}計",
        en: "`{text}` is counted in {got}, but this figure is counted in {want}",
    }
    /// How to fix a count in the wrong unit.
    detail count_wrong_unit_hint(body, want) {
        zh_cn: "请确认这个数值没有填错栏目，然后写成 `{body}{want}` 或 `{body}`",
        zh_tw: "請確認這個數值沒有填錯欄目，然後寫成 `{body}{want}` 或 `{body}`",
        en: "check that the figure is in the right column, then write it as `{body}{want}` or `{body}`",
    }
    /// A figure that is negative.
    message is_negative(text) {
        zh_cn: "`{text}` 是负数",
        zh_tw: "`{text}` 是負數",
        en: "`{text}` is negative",
    }
    /// A figure too large to hold.
    message is_too_large(text) {
        zh_cn: "`{text}` 太大了",
        zh_tw: "`{text}` 太大了",
        en: "`{text}` is too large",
    }
    /// A count that is not a number.
    message not_a_count(text) {
        zh_cn: "`{text}` 不是一个计数",
        zh_tw: "`{text}` 不是一個計數",
        en: "`{text}` is not a count",
    }
    /// A count written as money.
    detail count_looks_like_money() {
        zh_cn: "这看起来是金额；计数是人、户或项目的整数",
        zh_tw: "這看起來是金額；計數是人、戶或專案的整數",
        en: "this looks like money; counts are whole numbers of people, households or projects",
    }
    /// A count written as a rate.
    detail count_looks_like_rate() {
        zh_cn: "这看起来是百分比；是不是想用 `rate` 键？",
        zh_tw: "這看起來是百分比；是不是想用 `rate` 鍵？",
        en: "this looks like a rate; did you mean the `rate` key?",
    }
    /// A count written with 余 or 多.
    detail count_without_approx() {
        zh_cn: "数值不要带 余/多（例如 `8300`）；文章里可以写 8300余人",
        zh_tw: "數值不要帶 余/多（例如 `8300`）；文章裡可以寫 8300餘人",
        en: "write the figure without 余/多 (e.g. `8300`); the story can say 8300余人",
    }
    /// A count that is not whole after scaling.
    message count_not_whole(text, value) {
        zh_cn: "`{text}` 换算后是 {value}，不是整数",
        zh_tw: "`{text}` 換算後是 {value}，不是整數",
        en: "`{text}` is {value} after scaling, not a whole number",
    }
    /// How to fix a count that is not whole.
    detail count_must_be_whole() {
        zh_cn: "人数或户数必须是整数；请检查小数位",
        zh_tw: "人數或戶數必須是整數；請檢查小數位",
        en: "a count of people or households must be whole; check the decimal places",
    }
    // --- src/quantity/money.rs
    /// The written forms of an amount.
    detail money_expected() {
        zh_cn: "金额，例如 `8231万元`、`4.34亿元`、`820.384万元` 或 `43400000`",
        zh_tw: "金額，例如 `8231万元`、`4.34亿元`、`820.384万元` 或 `43400000`",
        en: "an amount such as `8231万元`, `4.34亿元`, `820.384万元` or `43400000`",
    }
    /// How to fix a negative amount.
    detail money_not_negative() {
        zh_cn: "投入的金额不会是负数；请去掉负号",
        zh_tw: "投入的金額不會是負數；請去掉負號",
        en: "amounts put in are never negative; remove the minus sign",
    }
    /// An amount too large to hold.
    message money_too_large(text) {
        zh_cn: "`{text}` 太大了，不像是一笔金额",
        zh_tw: "`{text}` 太大了，不像是一筆金額",
        en: "`{text}` is too large to be an amount of money",
    }
    /// An amount that is not one.
    message not_money(text) {
        zh_cn: "`{text}` 不是金额",
        zh_tw: "`{text}` 不是金額",
        en: "`{text}` is not an amount of money",
    }
    /// An amount written as a count.
    detail money_looks_like_count() {
        zh_cn: "这看起来是计数，不是金额；金额以 元、万元 或 亿元 结尾",
        zh_tw: "這看起來是計數，不是金額；金額以 元、万元 或 亿元 結尾",
        en: "this looks like a count, not money; amounts end in 元, 万元 or 亿元",
    }
    /// The units an amount is written in.
    detail money_units() {
        zh_cn: "金额请用 元、万元 或 亿元，例如 1200万元",
        zh_tw: "金額請用 元、万元 或 亿元，例如 1200万元",
        en: "write the amount in 元, 万元 or 亿元, e.g. 1200万元",
    }
    /// An amount written as a percentage.
    detail money_looks_like_rate() {
        zh_cn: "百分比不是金额；是不是应该填在别的键下？",
        zh_tw: "百分比不是金額；是不是應該填在別的鍵下？",
        en: "a percentage is not an amount; did you mean another key?",
    }
    // --- src/quantity/rate.rs
    /// The written forms of a rate.
    detail rate_expected() {
        zh_cn: "0 到 100 的百分比，例如 `11%`、`1.23%` 或 `11`",
        zh_tw: "0 到 100 的百分比，例如 `11%`、`1.23%` 或 `11`",
        en: "a percentage from 0 to 100 such as `11%`, `1.23%` or `11`",
    }
    /// A negative rate.
    message rate_negative(text) {
        zh_cn: "`{text}` 是负的百分比",
        zh_tw: "`{text}` 是負的百分比",
        en: "`{text}` is a negative percentage",
    }
    /// A rate that is not a percentage.
    message not_a_rate(text) {
        zh_cn: "`{text}` 不是百分比",
        zh_tw: "`{text}` 不是百分比",
        en: "`{text}` is not a percentage",
    }
    /// A rate written per mille.
    detail rate_per_mille() {
        zh_cn: "千分比请换成百分比：5‰ 就是 0.5%",
        zh_tw: "千分比請換成百分比：5‰ 就是 0.5%",
        en: "write per-mille as a percentage: 5‰ is 0.5%",
    }
    /// A rate written as a count.
    detail rate_looks_like_count() {
        zh_cn: "这看起来是计数；百分比的写法如 1.23%",
        zh_tw: "這看起來是計數；百分比的寫法如 1.23%",
        en: "this looks like a count; rates are written like 1.23%",
    }
    /// A rate above 100%.
    message rate_above_100(text) {
        zh_cn: "`{text}` 超过了 100%",
        zh_tw: "`{text}` 超過了 100%",
        en: "`{text}` is above 100%",
    }
    /// How to fix a rate above 100%.
    detail rate_share_of_100() {
        zh_cn: "百分比是占 100 的份额；请检查小数点是否点错了位置",
        zh_tw: "百分比是佔 100 的份額；請檢查小數點是否點錯了位置",
        en: "a rate is a share of 100; check for a misplaced decimal point",
    }
    // --- src/quantity/stated.rs
    /// A figure with more than one qualifier.
    message qualifiers_twice(text, words) {
        zh_cn: "`{text}` 带了 {words} 几个修饰词",
        zh_tw: "`{text}` 帶了 {words} 幾個修飾詞",
        en: "`{text}` has {words} qualifiers",
    }
    /// Two qualifiers, as one phrase.
    detail qualifier_and(a, b) {
        zh_cn: "{a} 和 {b}",
        zh_tw: "{a} 和 {b}",
        en: "{a} and {b}",
    }
    /// What a qualified figure looks like.
    detail one_qualifier() {
        zh_cn: "最多一个修饰词，例如 `8300余`、`近5000万元` 或 `80%以上`",
        zh_tw: "最多一個修飾詞，例如 `8300余`、`近5000万元` 或 `80%以上`",
        en: "one qualifier at most, e.g. `8300余`, `近5000万元` or `80%以上`",
    }
    /// How to fix a figure with several qualifiers.
    detail keep_reports_qualifier() {
        zh_cn: "保留报告里用的那一个",
        zh_tw: "保留報告裡用的那一個",
        en: "keep the one the report uses",
    }
    /// A qualifier with no number.
    message qualifier_no_number(text) {
        zh_cn: "`{text}` 只有修饰词，没有数字",
        zh_tw: "`{text}` 只有修飾詞，沒有數字",
        en: "`{text}` has a qualifier but no number",
    }
    /// A number with its qualifier.
    detail number_with_qualifier() {
        zh_cn: "带修饰词的数字，例如 `8300余`",
        zh_tw: "帶修飾詞的數字，例如 `8300余`",
        en: "a number with its qualifier, e.g. `8300余`",
    }
    // --- src/quantity/status.rs
    /// A project status that is none of them.
    message not_a_status(text) {
        zh_cn: "`{text}` 不是项目状态",
        zh_tw: "`{text}` 不是專案狀態",
        en: "`{text}` is not a project status",
    }
    /// The statuses, as the expected line.
    detail status_one_of(list) {
        zh_cn: "以下之一：{list}",
        zh_tw: "以下之一：{list}",
        en: "one of {list}",
    }
    // --- src/quantity/time.rs
    /// The written form of a year.
    detail year_expected() {
        zh_cn: "年份，例如 `2015`",
        zh_tw: "年份，例如 `2015`",
        en: "a year such as `2015`",
    }
    /// The written form of a period.
    detail period_expected() {
        zh_cn: "时期，例如 `2014-2018`",
        zh_tw: "時期，例如 `2014-2018`",
        en: "a period such as `2014-2018`",
    }
    /// The written forms of a date.
    detail date_expected() {
        zh_cn: "日期，例如 `2019-12-31`、`2019-06` 或 `2019`",
        zh_tw: "日期，例如 `2019-12-31`、`2019-06` 或 `2019`",
        en: "a date such as `2019-12-31`, `2019-06` or `2019`",
    }
    /// A year outside 1949–2100.
    message implausible_year(text) {
        zh_cn: "`{text}` 不像是一个年份",
        zh_tw: "`{text}` 不像是一個年份",
        en: "`{text}` is not a plausible year",
    }
    /// How to write a year.
    detail four_digit_year() {
        zh_cn: "请写完整的四位年份，例如 2015",
        zh_tw: "請寫完整的四位年份，例如 2015",
        en: "write the full four-digit year, e.g. 2015",
    }
    /// A year that is not a number.
    message not_a_year(text) {
        zh_cn: "`{text}` 不是年份",
        zh_tw: "`{text}` 不是年份",
        en: "`{text}` is not a year",
    }
    /// A period written where a year belongs.
    detail use_period_key() {
        zh_cn: "这是一个时期；年份范围请用 `period` 键",
        zh_tw: "這是一個時期；年份範圍請用 `period` 鍵",
        en: "this is a period; use the `period` key for a range of years",
    }
    /// A period that is not one.
    message not_a_period(text) {
        zh_cn: "`{text}` 不是时期",
        zh_tw: "`{text}` 不是時期",
        en: "`{text}` is not a period",
    }
    /// A period that ends before it starts.
    message period_backwards(text) {
        zh_cn: "`{text}` 的结束年份早于开始年份",
        zh_tw: "`{text}` 的結束年份早於開始年份",
        en: "`{text}` ends before it starts",
    }
    /// How to write a backwards period.
    detail write_period_as(start, end) {
        zh_cn: "请写成 {start}-{end}",
        zh_tw: "請寫成 {start}-{end}",
        en: "write it as {start}-{end}",
    }
    /// A date that is not one.
    message not_a_date(text) {
        zh_cn: "`{text}` 不是日期",
        zh_tw: "`{text}` 不是日期",
        en: "`{text}` is not a date",
    }
    /// A date's year out of range.
    detail date_year_range() {
        zh_cn: "这里的数据年份在 1949 到 2100 之间；请写完整的四位年份",
        zh_tw: "這裡的資料年份在 1949 到 2100 之間；請寫完整的四位年份",
        en: "figures here are from 1949 to 2100; write the full four-digit year",
    }
    /// A month out of range.
    detail month_range() {
        zh_cn: "月份是 1 到 12",
        zh_tw: "月份是 1 到 12",
        en: "the month goes from 1 to 12",
    }
    /// A day past the end of its month.
    detail days_in_month(year, month, days) {
        zh_cn: "{year}年{month}月只有 {days} 天",
        zh_tw: "{year}年{month}月只有 {days} 天",
        en: "{year}年{month}月 has {days} days",
    }
    // --- src/validate.rs
    /// A region `booklet.regions` names that the site does not have.
    message booklet_region_unknown(id) {
        zh_cn: "`booklet.regions` 中写了 `{id}`，但本站没有这个地区",
        zh_tw: "`booklet.regions` 中寫了 `{id}`，但本站沒有這個地區",
        en: "`booklet.regions` names `{id}`, which is no region of this site",
    }
    /// What `booklet.regions` takes.
    detail booklet_regions_expected() {
        zh_cn: "`all`、一个地区标识（该地区及其下属全部地区），或地区标识 列表",
        zh_tw: "`all`、一個地區標識（該地區及其下屬全部地區），或地區標識 列表",
        en: "`all`, a region id (that region and all under it), or a list of region ids",
    }
    /// A project batch whose status counts do not add up to its total.
    message batch_counts_disagree(batch, total, counted) {
        zh_cn: "批次 `{batch}` 写的是 {total} 个项目，但各状态的数目加起来是 {counted}",
        zh_tw: "批次 `{batch}` 寫的是 {total} 個專案，但各狀態的數目加起來是 {counted}",
        en: "batch `{batch}` states {total} projects, but its status counts add up to {counted}",
    }
    /// Status counts that add up.
    detail batch_counts_expected(parts) {
        zh_cn: "各状态数目（{parts}）之和等于 `total`",
        zh_tw: "各狀態數目（{parts}）之和等於 `total`",
        en: "status counts ({parts}) adding up to `total`",
    }
    /// How to fix a batch that does not add up.
    detail batch_counts_hint() {
        zh_cn: "请改正总数或各状态数目，使两者一致；状态不明的项目可以归入 `planning`",
        zh_tw: "請改正總數或各狀態數目，使兩者一致；狀態不明的專案可以歸入 `planning`",
        en: "correct the total or the status counts so they agree; a project with no known status can go under `planning`",
    }
    /// A batch's `financed_by` that names no loan of its region.
    message financed_by_unknown(batch, name) {
        zh_cn: "项目批次 `{batch}` 的 `financed_by` 写的是 `{name}`，本地区没有哪一行 `credit` 的 `kind` 是它",
        zh_tw: "專案批次 `{batch}` 的 `financed_by` 寫的是 `{name}`，本地區沒有哪一行 `credit` 的 `kind` 是它",
        en: "batch `{batch}` is financed by `{name}`, which is no `credit` row's `kind` in this region",
    }
    /// What a batch's `financed_by` may name: its region's loans.
    detail financed_by_expected(kinds) {
        zh_cn: "本地区 `credit` 行的 `kind`：{kinds}",
        zh_tw: "本地區 `credit` 行的 `kind`：{kinds}",
        en: "the `kind` of a `credit` row of this region: {kinds}",
    }
    /// What a batch's `financed_by` needs when its region has no loans.
    detail financed_by_needs_a_loan(name) {
        zh_cn: "本地区一行 `kind: {name}` 的 `credit`",
        zh_tw: "本地區一行 `kind: {name}` 的 `credit`",
        en: "a `credit` row of this region with `kind: {name}`",
    }
    /// How to name a batch's loan.
    detail financed_by_hint() {
        zh_cn: "照这笔贷款在 `credit` 里的 `kind` 一字不差地写；这一批的投资出自这笔贷款，不会另算一笔",
        zh_tw: "照這筆貸款在 `credit` 裡的 `kind` 一字不差地寫；這一批的投資出自這筆貸款，不會另算一筆",
        en: "write the loan's `kind` exactly as its `credit` row does; the batch's investment is spent from that loan, never counted beside it",
    }
    /// A lower bound.
    detail at_least(n) {
        zh_cn: "至少 {n}",
        zh_tw: "至少 {n}",
        en: "at least {n}",
    }
    /// An upper bound.
    detail at_most(n) {
        zh_cn: "至多 {n}",
        zh_tw: "至多 {n}",
        en: "at most {n}",
    }
    /// Lifted figures that disagree with the poverty rows.
    message lifted_disagrees(key, period, lifted, start, end, diff, unit) {
        zh_cn: "{period} 的 `lifted` {key} 是 {lifted}，但 {start} 年和 {end} 年的 `poverty` 行相差 {diff}{unit}",
        zh_tw: "{period} 的 `lifted` {key} 是 {lifted}，但 {start} 年和 {end} 年的 `poverty` 行相差 {diff}{unit}",
        en: "`lifted` {key} for {period} is {lifted}, but the `poverty` rows of {start} and {end} differ by {diff}{unit}",
    }
    /// Why lifted figures may disagree.
    detail lifted_disagrees_hint() {
        zh_cn: "如果期间对贫困户做过动态调整，这可能是对的；否则请核对这两个数值",
        zh_tw: "如果期間對貧困戶做過動態調整，這可能是對的；否則請核對這兩個數值",
        en: "this can be right when households were re-identified (动态调整) during the period; otherwise check both figures",
    }
    /// A loan drawn beyond its amount.
    message drawn_above_amount(drawn, amount) {
        zh_cn: "`drawn`（{drawn}）超过了贷款的 `amount`（{amount}）",
        zh_tw: "`drawn`（{drawn}）超過了貸款的 `amount`（{amount}）",
        en: "`drawn` ({drawn}) is more than the loan's `amount` ({amount})",
    }
    /// How to fix a loan drawn beyond its amount.
    detail drawn_above_amount_hint() {
        zh_cn: "已发放的部分不能超过授信总额；请检查单位（万元还是亿元）",
        zh_tw: "已發放的部分不能超過授信總額；請檢查單位（万元還是亿元）",
        en: "the part disbursed cannot exceed what was granted; check the units (万元 or 亿元)",
    }
    /// A fund's share for poor villages beyond its amount.
    message villages_above_amount(part, amount) {
        zh_cn: "`to_poor_villages`（{part}）超过了这笔资金的 `amount`（{amount}）",
        zh_tw: "`to_poor_villages`（{part}）超過了這筆資金的 `amount`（{amount}）",
        en: "`to_poor_villages` ({part}) is more than the fund's `amount` ({amount})",
    }
    /// How to fix a share beyond its whole.
    detail villages_above_amount_hint() {
        zh_cn: "用于贫困村的部分不能超过总额；请检查单位（万元还是亿元）",
        zh_tw: "用於貧困村的部分不能超過總額；請檢查單位（万元還是亿元）",
        en: "the part spent in poor villages cannot exceed the whole; check the units (万元 or 亿元)",
    }
    /// More households than people.
    message more_households_than_people(year, households, people) {
        zh_cn: "{year}：有 {households} 户，却只有 {people} 人",
        zh_tw: "{year}：有 {households} 戶，卻只有 {people} 人",
        en: "{year}: {households} households but only {people} people",
    }
    /// How to fix more households than people.
    detail households_people_swapped() {
        zh_cn: "每户至少有一个人；`households` 和 `people` 是不是填反了？",
        zh_tw: "每戶至少有一個人；`households` 和 `people` 是不是填反了？",
        en: "every household has at least one person; are `households` and `people` swapped?",
    }
    /// How many more rows a warning is about.
    detail and_more_rows(n) {
        zh_cn: "（本文件中另有 {n} 行）",
        zh_tw: "（本檔案中另有 {n} 行）",
        en: " (and {n} more rows in this file)",
    }
    /// Figures with no source.
    message no_source(section, others) {
        zh_cn: "这一条 `{section}` 行的数值没有注明来源{others}",
        zh_tw: "這一條 `{section}` 行的數值沒有註明來源{others}",
        en: "the figures of this `{section}` row have no source{others}",
    }
    /// How to give figures a source.
    detail no_source_hint() {
        zh_cn: "在 region.yaml 开头加上 `source:`（数值出自哪份报告），或在这一行加上 `cite:`（这个数值在哪里发布过）",
        zh_tw: "在 region.yaml 開頭加上 `source:`（數值出自哪份報告），或在這一行加上 `cite:`（這個數值在哪裡發布過）",
        en: "add `source:` at the top of region.yaml (the report the figures come from), or `cite:` on the row (where this figure was published)",
    }
    /// How to give a table's figures a source.
    detail no_source_table_hint() {
        zh_cn: "在表中加一列 `数据来源`，或在表格上方或下方加一行 `资料来源：……`（整张表的数字都出自它）",
        zh_tw: "在表中加一欄 `数据来源`，或在表格上方或下方加一列 `资料来源：……`（整張表的數字都出自它）",
        en: "add a `数据来源` column, or a line `资料来源：…` above or below the table (the source of all its figures)",
    }
    /// A row given twice, and where it was first given (a YAML line or a table's cell).
    message given_twice(what, key, place) {
        zh_cn: "{what} `{key}` 写了两次（第一次写在 {place}）",
        zh_tw: "{what} `{key}` 寫了兩次（第一次寫在 {place}）",
        en: "{what} `{key}` is given twice (first at {place})",
    }
    /// How to fix a row given twice, for rows told apart by their year or period.
    detail one_row_per_year() {
        zh_cn: "每年只保留一行（合并或删掉另一行）",
        zh_tw: "每年只保留一行（合併或刪掉另一行）",
        en: "keep one row per year (merge or delete the other)",
    }
    /// How to fix a row given twice, for rows told apart by their name and time.
    detail one_row_per_name_and_time() {
        zh_cn: "同一时间、同一名称只保留一行（合并、删掉另一行，或改用不同的名称）",
        zh_tw: "同一時間、同一名稱只保留一行（合併、刪掉另一行，或改用不同的名稱）",
        en: "keep one row per name and time (merge, delete the other, or give them different names)",
    }
    /// How to fix a row given twice, for rows told apart by their name alone.
    detail one_row_per_name() {
        zh_cn: "同一名称只保留一行（合并、删掉另一行，或改用不同的名称）",
        zh_tw: "同一名稱只保留一行（合併、刪掉另一行，或改用不同的名稱）",
        en: "keep one row per name (merge, delete the other, or give them different names)",
    }
    /// A poverty row's year, as the subject of a message.
    detail dup_poverty_year() {
        zh_cn: "`poverty` 年份",
        zh_tw: "`poverty` 年份",
        en: "the `poverty` year",
    }
    /// A lifted row's period, as the subject of a message.
    detail dup_lifted_period() {
        zh_cn: "`lifted` 时期",
        zh_tw: "`lifted` 時期",
        en: "the `lifted` period",
    }
    /// A target, as the subject of a message.
    detail dup_target() {
        zh_cn: "目标",
        zh_tw: "目標",
        en: "the target",
    }
    /// A fund, as the subject of a message.
    detail dup_fund() {
        zh_cn: "资金",
        zh_tw: "資金",
        en: "the fund",
    }
    /// A credit row, as the subject of a message.
    detail dup_credit() {
        zh_cn: "信贷行",
        zh_tw: "信貸行",
        en: "the credit row",
    }
    /// A project batch, as the subject of a message.
    detail dup_batch() {
        zh_cn: "批次",
        zh_tw: "批次",
        en: "the batch",
    }
    /// An indicator, as the subject of a message.
    detail dup_indicator() {
        zh_cn: "指标",
        zh_tw: "指標",
        en: "the indicator",
    }
    // --- src/load/mod.rs
    /// An input file too large to read.
    message file_too_large(size, max) {
        zh_cn: "文件太大，不能作为输入：{size} MB（最多 {max} MB）",
        zh_tw: "檔案太大，不能作為輸入：{size} MB（最多 {max} MB）",
        en: "the file is too large to be an input: {size} MB (at most {max} MB)",
    }
    /// How to fix a file too large to read.
    detail file_too_large_hint() {
        zh_cn: "一个地区的数据或一篇文章只有几 KB；请拆分数据，或确认是不是选错了文件",
        zh_tw: "一個地區的資料或一篇文章只有幾 KB；請拆分資料，或確認是不是選錯了檔案",
        en: "a region's figures or a story are a few kilobytes; split the data, or check that this is the right file",
    }
    /// A file that could not be read, with the system's reason.
    message cannot_read_file(error) {
        zh_cn: "无法读取文件：{error}",
        zh_tw: "無法讀取檔案：{error}",
        en: "cannot read the file: {error}",
    }
    /// A file in another encoding than UTF-8.
    message not_utf8_guess(encoding) {
        zh_cn: "文件不是 UTF-8 文本：看起来是{encoding}",
        zh_tw: "檔案不是 UTF-8 文字：看起來是{encoding}",
        en: "the file is not UTF-8 text: it looks like {encoding}",
    }
    /// What an input's encoding must be.
    detail utf8_expected() {
        zh_cn: "UTF-8 文本（带不带 BOM 都可以）",
        zh_tw: "UTF-8 文字（帶不帶 BOM 都可以）",
        en: "UTF-8 text (with or without a BOM)",
    }
    /// How to convert a file to UTF-8.
    detail convert_with_iconv(from, name) {
        zh_cn: "用 `iconv -f {from} -t UTF-8 {name} > tmp && mv tmp {name}` 转换，或在编辑器里保存时选择“UTF-8”",
        zh_tw: "用 `iconv -f {from} -t UTF-8 {name} > tmp && mv tmp {name}` 轉換，或在編輯器裡儲存時選擇「UTF-8」",
        en: "convert it with `iconv -f {from} -t UTF-8 {name} > tmp && mv tmp {name}`, or choose \"UTF-8\" when saving in your editor",
    }
    /// A file in no encoding xiaokang recognises.
    message not_utf8_unknown() {
        zh_cn: "文件不是 UTF-8 文本，也不是 xiaokang 认得的中文编码",
        zh_tw: "檔案不是 UTF-8 文字，也不是 xiaokang 認得的中文編碼",
        en: "the file is not UTF-8 text, nor in a Chinese encoding xiaokang recognises",
    }
    /// How to save a file as UTF-8.
    detail save_as_utf8(name) {
        zh_cn: "请在编辑器里另存为 UTF-8；如果文件来自 Windows 编辑器，可以试试 `iconv -f GBK -t UTF-8 {name} > tmp && mv tmp {name}`",
        zh_tw: "請在編輯器裡另存為 UTF-8；如果檔案來自 Windows 編輯器，可以試試 `iconv -f GBK -t UTF-8 {name} > tmp && mv tmp {name}`",
        en: "save it as UTF-8 in your editor; if it came from a Windows editor, try `iconv -f GBK -t UTF-8 {name} > tmp && mv tmp {name}`",
    }
    /// A link that leads outside the site folder.
    message link_outside_root(target) {
        zh_cn: "这是指向 {target} 的链接，在网站文件夹之外；不会读取",
        zh_tw: "這是指向 {target} 的連結，在網站資料夾之外；不會讀取",
        en: "this is a link to {target}, outside the site folder; it is not read",
    }
    /// How to fix a link outside the site folder.
    detail copy_instead_of_link() {
        zh_cn: "请把文件复制到网站文件夹里，不要用链接",
        zh_tw: "請把檔案複製到網站資料夾裡，不要用連結",
        en: "copy the file into the site folder instead of linking to it",
    }
    /// A site with no content folder.
    message no_content_folder(root) {
        zh_cn: "{root} 里没有 `content/` 文件夹",
        zh_tw: "{root} 裡沒有 `content/` 資料夾",
        en: "there is no `content/` folder in {root}",
    }
    /// How to find or make a site.
    detail no_content_folder_hint() {
        zh_cn: "请在网站文件夹里运行 xiaokang、加上 `--root DIR`，或用 `xiaokang new DIR` 新建网站",
        zh_tw: "請在網站資料夾裡執行 xiaokang、加上 `--root DIR`，或用 `xiaokang new DIR` 新建網站",
        en: "run xiaokang in the site's folder, pass `--root DIR`, or create a site with `xiaokang new DIR`",
    }
    /// A site with no site.yaml.
    message no_site_yaml() {
        zh_cn: "缺少网站设置文件",
        zh_tw: "缺少網站設定檔案",
        en: "the site settings file is missing",
    }
    /// How to add site.yaml.
    detail no_site_yaml_hint() {
        zh_cn: "请新建 content/site.yaml，至少写上 `title: …`",
        zh_tw: "請新建 content/site.yaml，至少寫上 `title: …`",
        en: "create content/site.yaml with at least `title: …`",
    }
    /// A region folder with no region.yaml.
    message no_region_yaml() {
        zh_cn: "这个地区文件夹里没有 region.yaml",
        zh_tw: "這個地區資料夾裡沒有 region.yaml",
        en: "this region folder has no region.yaml",
    }
    /// How to fix a region folder with no region.yaml.
    detail no_region_yaml_hint() {
        zh_cn: "content/regions 下的每个文件夹都是一个地区：请加上 region.yaml，至少写上 `name: …`",
        zh_tw: "content/regions 下的每個資料夾都是一個地區：請加上 region.yaml，至少寫上 `name: …`",
        en: "every folder under content/regions is a region: add a region.yaml with at least `name: …`",
    }
    /// A folder that links back to one containing it.
    message folder_loop(ancestor) {
        zh_cn: "这个文件夹是指回 {ancestor} 的链接，而 {ancestor} 包含它；这个循环不会跟进",
        zh_tw: "這個資料夾是指回 {ancestor} 的連結，而 {ancestor} 包含它；這個迴圈不會跟進",
        en: "this folder is a link back to {ancestor}, which contains it; the loop is not followed",
    }
    /// How to fix a folder loop.
    detail folder_loop_hint() {
        zh_cn: "请删掉这个链接；地区文件夹要用真实的子文件夹来嵌套",
        zh_tw: "請刪掉這個連結；地區資料夾要用真實的子資料夾來分層",
        en: "remove the link; region folders nest by being real sub-folders",
    }
    /// A path that could not be read, with the system's reason.
    message cannot_read_this(error) {
        zh_cn: "无法读取：{error}",
        zh_tw: "無法讀取：{error}",
        en: "cannot read this: {error}",
    }
    /// How to fix a path that could not be read.
    detail check_exists_readable() {
        zh_cn: "请确认它存在（链接可能指向不存在的地方）并且可以读取",
        zh_tw: "請確認它存在（連結可能指向不存在的地方）並且可以讀取",
        en: "check that it exists (a link may point at nothing) and is readable",
    }
    // --- src/load/encoding.rs
    /// The GBK encoding, described.
    detail enc_gbk() {
        zh_cn: "GBK（GB2312/GB18030），中文 Windows 编辑器用的编码",
        zh_tw: "GBK（GB2312/GB18030），中文 Windows 編輯器用的編碼",
        en: "GBK (GB2312/GB18030), the encoding of Chinese Windows editors",
    }
    /// The GB18030 encoding, described.
    detail enc_gb18030() {
        zh_cn: "GB18030，Windows 编辑器用的一种中文编码",
        zh_tw: "GB18030，Windows 編輯器用的一種中文編碼",
        en: "GB18030, a Chinese encoding of Windows editors",
    }
    /// The Big5 encoding, described.
    detail enc_big5() {
        zh_cn: "Big5，繁体中文 Windows 编辑器用的编码",
        zh_tw: "Big5，繁體中文 Windows 編輯器用的編碼",
        en: "Big5, the encoding of Traditional Chinese Windows editors",
    }
    /// The UTF-16 encoding, described.
    detail enc_utf16() {
        zh_cn: "UTF-16（Windows 记事本里的“Unicode”）",
        zh_tw: "UTF-16（Windows 記事本裡的「Unicode」）",
        en: "UTF-16 (Windows Notepad's \"Unicode\")",
    }
    // --- src/load/theme.rs
    /// A theme with no folder.
    message theme_not_found(theme) {
        zh_cn: "找不到主题 `{theme}`：没有 themes/{theme} 文件夹",
        zh_tw: "找不到主題 `{theme}`：沒有 themes/{theme} 資料夾",
        en: "theme `{theme}` not found: there is no folder themes/{theme}",
    }
    /// How to choose a theme.
    detail theme_not_found_hint() {
        zh_cn: "请用 `theme: default`，或把主题的模板放在 themes/<name>/templates/ 里",
        zh_tw: "請用 `theme: default`，或把主題的模板放在 themes/<name>/templates/ 裡",
        en: "use `theme: default`, or put the theme's templates in themes/<name>/templates/",
    }
    /// A named file that could not be read.
    message cannot_read_path(path, error) {
        zh_cn: "无法读取 {path}：{error}",
        zh_tw: "無法讀取 {path}：{error}",
        en: "cannot read {path}: {error}",
    }
    /// A template that could not be read.
    message cannot_read_template(error) {
        zh_cn: "无法读取模板：{error}",
        zh_tw: "無法讀取模板：{error}",
        en: "cannot read the template: {error}",
    }
    // --- src/load/yaml.rs
    /// YAML that does not parse, with the parser's reason.
    message yaml_malformed(reason) {
        zh_cn: "YAML 格式不正确：{reason}",
        zh_tw: "YAML 格式不正確：{reason}",
        en: "the YAML is not well formed: {reason}",
    }
    /// What YAML here looks like.
    detail yaml_expected() {
        zh_cn: "按示例写的 YAML：`键: 值` 每行一个，列表写成 `- …` 或 `[ … ]`，每一行数据写成 `{{ 键: 值, … }}`",
        zh_tw: "按示例寫的 YAML：`鍵: 值` 每行一個，列表寫成 `- …` 或 `[ … ]`，每一行資料寫成 `{{ 鍵: 值, … }}`",
        en: "YAML as in the examples: `key: value` lines, lists as `- …` or `[ … ]`, rows as `{{ key: value, … }}`",
    }
    /// YAML indented with tabs.
    detail yaml_tabs() {
        zh_cn: "YAML 不允许用 Tab 缩进；请用空格缩进",
        zh_tw: "YAML 不允許用 Tab 縮排；請用空格縮排",
        en: "YAML does not allow tabs for indentation; indent with spaces",
    }
    /// A full-width colon after a key.
    detail yaml_fullwidth_colon() {
        zh_cn: "全角冒号 `：` 不能分隔键和值；请用 `:` 再加一个空格",
        zh_tw: "全形冒號 `：` 不能分隔鍵和值；請用 `:` 再加一個空格",
        en: "a full-width colon `：` does not separate a key from its value; use `:` followed by a space",
    }
    /// A full-width comma inside braces.
    detail yaml_fullwidth_comma() {
        zh_cn: "`{{ … }}` 里的各项要用 `,`（英文逗号）分隔，不能用 `，`",
        zh_tw: "`{{ … }}` 裡的各項要用 `,`（英文逗號）分隔，不能用 `，`",
        en: "inside `{{ … }}` separate entries with `,` (ASCII comma), not `，`",
    }
    /// Unbalanced braces on a line.
    detail yaml_unbalanced_braces() {
        zh_cn: "这一行的 `{{` 和 `}}` 没有配对",
        zh_tw: "這一行的 `{{` 和 `}}` 沒有配對",
        en: "a `{{` has no matching `}}` (or the other way round) on this line",
    }
    /// The usual causes of a YAML error.
    detail yaml_general_hint() {
        zh_cn: "请检查缩进，以及每个 `key:` 后面是否有空格；含有 `: ` 或 `#` 的值要加引号",
        zh_tw: "請檢查縮排，以及每個 `key:` 後面是否有空格；含有 `: ` 或 `#` 的值要加引號",
        en: "check the indentation and that every `key:` is followed by a space; values containing `: ` or `#` need quotes",
    }
    /// An alias to no anchor.
    message yaml_alias_undefined() {
        zh_cn: "这个别名引用的锚点没有定义",
        zh_tw: "這個別名引用的錨點沒有定義",
        en: "this alias refers to an anchor that is not defined",
    }
    /// YAML nested too deep.
    message yaml_too_deep(max) {
        zh_cn: "YAML 嵌套超过了 {max} 层",
        zh_tw: "YAML 巢狀超過了 {max} 層",
        en: "the YAML nests deeper than {max} levels",
    }
    /// How to fix YAML nested too deep.
    detail yaml_too_deep_hint() {
        zh_cn: "这里的数据文件最多四层；请检查缩进",
        zh_tw: "這裡的資料檔案最多四層；請檢查縮排",
        en: "data files here are at most four levels deep; check the indentation",
    }
    /// YAML that expands past a million values.
    message yaml_too_many_values() {
        zh_cn: "YAML 展开后超过一百万个值",
        zh_tw: "YAML 展開後超過一百萬個值",
        en: "the YAML expands to more than a million values",
    }
    /// How to fix YAML that expands too far.
    detail yaml_aliases_multiply() {
        zh_cn: "引用其他别名的别名（`*name`）会成倍展开；请把数据直接写出来",
        zh_tw: "引用其他別名的別名（`*name`）會成倍展開；請把資料直接寫出來",
        en: "aliases (`*name`) that repeat other aliases multiply; write the data out instead",
    }
    // --- src/model/mod.rs
    /// Two region folders with the same name.
    message region_id_twice(id, other) {
        zh_cn: "地区标识 `{id}` 用了两次：这里和 {other}",
        zh_tw: "地區標識 `{id}` 用了兩次：這裡和 {other}",
        en: "region id `{id}` is used twice: here and in {other}",
    }
    /// How to fix two region folders with the same name.
    detail region_id_twice_hint() {
        zh_cn: "地区的标识 就是它的文件夹名，在整个网站里必须唯一（它的页面是 regions/<标识>/）；请给其中一个文件夹改名",
        zh_tw: "地區的標識 就是它的資料夾名，在整個網站裡必須唯一（它的頁面是 regions/<標識>/）；請給其中一個資料夾改名",
        en: "a region's id is its folder name and must be unique across the site (its page is regions/<id>/); rename one folder",
    }
    // --- src/model/paths.rs
    /// A space, as a character a name holds.
    detail char_space() {
        zh_cn: "空格",
        zh_tw: "空格",
        en: "a space",
    }
    /// A full-width space, as a character a name holds.
    detail char_fullwidth_space() {
        zh_cn: "全角空格",
        zh_tw: "全形空格",
        en: "a full-width space",
    }
    /// Two items of a list, joined.
    detail list_pair(a, b) {
        zh_cn: "{a}、{b}",
        zh_tw: "{a}、{b}",
        en: "{a}, {b}",
    }
    /// A story's file name, as the subject of a message.
    detail story_file_name() {
        zh_cn: "文章文件",
        zh_tw: "文章檔案",
        en: "story file",
    }
    /// A region folder's name, as the subject of a message.
    detail region_folder_name() {
        zh_cn: "地区文件夹",
        zh_tw: "地區資料夾",
        en: "region folder",
    }
    /// A file or folder name that cannot be part of a web address.
    message name_not_web_safe(what, name, chars) {
        zh_cn: "{what}名 `{name}` 不能用在网址里：它含有 {chars}",
        zh_tw: "{what}名 `{name}` 不能用在網址裡：它含有 {chars}",
        en: "the {what} name `{name}` cannot be part of a web address: it holds {chars}",
    }
    /// What a name in a web address may hold.
    detail web_safe_name() {
        zh_cn: "不含空格，也不含 % # ? / \" ' < > \\ ^ ` {{ | }} 这些字符的名称",
        zh_tw: "不含空格，也不含 % # ? / \" ' < > \\ ^ ` {{ | }} 這些字元的名稱",
        en: "a name without spaces or any of % # ? / \" ' < > \\ ^ ` {{ | }}",
    }
    /// How to rename a story file.
    detail rename_story_file(clean) {
        zh_cn: "请给文件改名，例如 `{clean}.md`：文章的文件名就是它的网页地址（…/{clean}/）",
        zh_tw: "請給檔案改名，例如 `{clean}.md`：文章的檔名就是它的網址（…/{clean}/）",
        en: "rename the file, e.g. to `{clean}.md`: a story's file name is its page's address (…/{clean}/)",
    }
    /// How to rename a region folder.
    detail rename_region_folder(clean) {
        zh_cn: "请给文件夹改名，例如 `{clean}`：地区的文件夹名就是它的标识 和网页地址（regions/{clean}/）",
        zh_tw: "請給資料夾改名，例如 `{clean}`：地區的資料夾名就是它的標識 和網址（regions/{clean}/）",
        en: "rename the folder, e.g. to `{clean}`: a region's folder name is its id and its page's address (regions/{clean}/)",
    }
    // --- src/model/region/mod.rs
    /// A row that does not say when its figures were true.
    message row_has_no_time(section) {
        zh_cn: "这一条 `{section}` 行没有说明数值是什么时候的",
        zh_tw: "這一條 `{section}` 行沒有說明數值是什麼時候的",
        en: "this `{section}` row does not say when its figures were true",
    }
    /// The keys that say when a row's figures were true.
    detail row_time_expected() {
        zh_cn: "`year` 或 `period`，否则 `as_of` 或 `wording`",
        zh_tw: "`year` 或 `period`，否則 `as_of` 或 `wording`",
        en: "`year` or `period`, or else `as_of` or `wording`",
    }
    /// How to say when a row's figures were true.
    detail row_time_hint(example) {
        zh_cn: "请写上报告给出的时间（`{example}`）；如果报告没给，就照它的说法写，例如 `wording: 近三年来`，或写数值成立的日期：`as_of: 2019-06`；报告对这个数字完全没说时间的，写 `as_of: 未注明`",
        zh_tw: "請寫上報告給出的時間（`{example}`）；如果報告沒給，就照它的說法寫，例如 `wording: 近三年來`，或寫數值成立的日期：`as_of: 2019-06`；報告對這個數字完全沒說時間的，寫 `as_of: 未注明`",
        en: "add the time the report gives (`{example}`); if it gives none, write how it puts it, e.g. `wording: 近三年来`, or the date it was true: `as_of: 2019-06`; if it says nothing of when, `as_of: 未注明`",
    }
    /// This region, as the subject of a message.
    detail this_region() {
        zh_cn: "这个地区",
        zh_tw: "這個地區",
        en: "this region",
    }
    // --- src/model/region/parse.rs
    /// A row with both a year and a period.
    message year_and_period(what) {
        zh_cn: "{what}同时写了 `year` 和 `period`",
        zh_tw: "{what}同時寫了 `year` 和 `period`",
        en: "{what} has both `year` and `period`",
    }
    /// How to choose between year and period.
    detail year_or_period_hint() {
        zh_cn: "一年的数值用 `year`，几年合计的数值用 `period`",
        zh_tw: "一年的數值用 `year`，幾年合計的數值用 `period`",
        en: "keep `year` for one year's figure, `period` for several years together",
    }
    /// A year in an indicator's values, as the subject of a message.
    detail year_in_values() {
        zh_cn: "`values` 里的年份",
        zh_tw: "`values` 裡的年份",
        en: "a year in `values`",
    }
    /// A year given twice in an indicator's values.
    message year_twice_in_values(year) {
        zh_cn: "`values` 里 {year} 年写了两次",
        zh_tw: "`values` 裡 {year} 年寫了兩次",
        en: "year {year} is given twice in `values`",
    }
    /// An indicator with both values and value.
    message values_and_value() {
        zh_cn: "一个指标同时写了 `values`（按年份）和 `value`（不分年份）",
        zh_tw: "一個指標同時寫了 `values`（按年份）和 `value`（不分年份）",
        en: "an indicator has both `values` (by year) and `value` (undated)",
    }
    /// How to choose between values and value.
    detail values_or_value_hint() {
        zh_cn: "报告给出年份时保留 `values`；没给年份时保留 `value`，并配上 `as_of` 或 `wording`",
        zh_tw: "報告給出年份時保留 `values`；沒給年份時保留 `value`，並配上 `as_of` 或 `wording`",
        en: "keep `values` when the report gives years, `value` with `as_of` or `wording` when it gives none",
    }
    /// Indicator values that are not a mapping of years.
    message values_not_by_year(found) {
        zh_cn: "`values` 应当是年份到数值的对应，这里是{found}",
        zh_tw: "`values` 應當是年份到數值的對應，這裡是{found}",
        en: "`values` should map years to figures, found {found}",
    }
    /// How to write indicator values.
    detail values_by_year_hint() {
        zh_cn: "写成 `values: {{ 2015: 98, 2016: 99 }}`；只有一个不分年份的数值时，写 `value: 98` 并配上 `as_of`",
        zh_tw: "寫成 `values: {{ 2015: 98, 2016: 99 }}`；只有一個不分年份的數值時，寫 `value: 98` 並配上 `as_of`",
        en: "write it as `values: {{ 2015: 98, 2016: 99 }}`, or `value: 98` with `as_of` for one figure with no year",
    }
    /// What an indicator's value looks like.
    detail indicator_expected(unit) {
        zh_cn: "数字，例如 `8300`、`1.5万` 或 `8300余`{unit}",
        zh_tw: "數字，例如 `8300`、`1.5万` 或 `8300余`{unit}",
        en: "a number such as `8300`, `1.5万` or `8300余`{unit}",
    }
    /// The unit a figure is in.
    detail in_unit(unit) {
        zh_cn: "（单位：{unit}）",
        zh_tw: "（單位：{unit}）",
        en: " (in {unit})",
    }
    /// This row of a section, as the subject of a message.
    detail this_row(section) {
        zh_cn: "这一条 `{section}` 行",
        zh_tw: "這一條 `{section}` 行",
        en: "this `{section}` row",
    }
    /// A row of `indicators`, as the subject of a message.
    detail in_indicators_row() {
        zh_cn: "`indicators` 的一行",
        zh_tw: "`indicators` 的一行",
        en: "an `indicators` row",
    }
    /// This indicator, as the subject of a message.
    detail this_indicator() {
        zh_cn: "这个指标",
        zh_tw: "這個指標",
        en: "this indicator",
    }
    /// An indicator's value, as the subject of a message.
    detail indicator_value() {
        zh_cn: "指标数值",
        zh_tw: "指標數值",
        en: "an indicator value",
    }
    /// A batch's status counts, as the subject of a message.
    detail batch_status() {
        zh_cn: "批次的 `status`",
        zh_tw: "批次的 `status`",
        en: "a batch's `status`",
    }
    /// This project, as the subject of a message.
    detail this_project() {
        zh_cn: "这个项目",
        zh_tw: "這個專案",
        en: "this project",
    }
    /// This project batch, as the subject of a message.
    detail this_project_batch() {
        zh_cn: "这个项目批次",
        zh_tw: "這個專案批次",
        en: "this project batch",
    }
    // --- src/model/site_config.rs
    /// A language that is none of the site's.
    message unknown_language(lang) {
        zh_cn: "未知的语言 `{lang}`",
        zh_tw: "未知的語言 `{lang}`",
        en: "unknown language `{lang}`",
    }
    /// A site string left empty.
    message string_has_no_text(key) {
        zh_cn: "`strings.{key}` 没有文字",
        zh_tw: "`strings.{key}` 沒有文字",
        en: "`strings.{key}` has no text",
    }
    /// How to fill a site string.
    detail string_has_no_text_hint(key) {
        zh_cn: "请写上要显示的文字，例如 `{key}: 首页`；如果什么都不显示，写 `{key}: \"\"`",
        zh_tw: "請寫上要顯示的文字，例如 `{key}: 首頁`；如果什麼都不顯示，寫 `{key}: \"\"`",
        en: "write the words to show, e.g. `{key}: 首页`, or `{key}: \"\"` to show nothing",
    }
    /// The search results string without its count.
    message search_results_no_n() {
        zh_cn: "`strings.search_results` 里没有 `{{n}}`：不会显示搜索结果的条数",
        zh_tw: "`strings.search_results` 裡沒有 `{{n}}`：不會顯示搜尋結果的條數",
        en: "`strings.search_results` has no `{{n}}`: the number of results will not show",
    }
    /// How to put the count in the search results string.
    detail search_results_no_n_hint() {
        zh_cn: "在要显示条数的地方写 `{{n}}`，例如 `找到 {{n}} 条结果`",
        zh_tw: "在要顯示條數的地方寫 `{{n}}`，例如 `找到 {{n}} 條結果`",
        en: "write `{{n}}` where the count goes, e.g. `找到 {{n}} 条结果`",
    }
    /// A setting that is none of its choices.
    message unknown_choice(what, text) {
        zh_cn: "未知的{what} `{text}`",
        zh_tw: "未知的{what} `{text}`",
        en: "unknown {what} `{text}`",
    }
    /// The paper size, as the subject of a message.
    detail paper_size() {
        zh_cn: "纸张大小",
        zh_tw: "紙張大小",
        en: "paper size",
    }
    /// A setting, as the subject of a message.
    detail setting_of(key) {
        zh_cn: "`{key}` 设置",
        zh_tw: "`{key}` 設定",
        en: "`{key}` setting",
    }
    /// An `image_hosts` entry that is not a host name.
    message not_a_host(text) {
        zh_cn: "`image_hosts` 里的 `{text}` 不是网站的域名",
        zh_tw: "`image_hosts` 裡的 `{text}` 不是網站的網域名稱",
        en: "`{text}` in `image_hosts` is not a host name",
    }
    /// What an `image_hosts` entry looks like.
    detail a_host_name() {
        zh_cn: "网站的域名，例如 `img.example.gov.cn`",
        zh_tw: "網站的網域名稱，例如 `img.example.gov.cn`",
        en: "a host name, such as `img.example.gov.cn`",
    }
    /// What `image_hosts` is for.
    detail image_hosts_hint() {
        zh_cn: "每行写一个允许加载图片的网站，例如 `- img.example.gov.cn`；也可以直接粘贴一张图片的完整网址",
        zh_tw: "每行寫一個允許載入圖片的網站，例如 `- img.example.gov.cn`；也可以直接貼上一張圖片的完整網址",
        en: "one host whose images pages may load per line, such as `- img.example.gov.cn`; a whole image address pasted in works too",
    }
    /// A margin that is not a length.
    message not_a_margin(what, text) {
        zh_cn: "{what}：`{text}` 不是页边距",
        zh_tw: "{what}：`{text}` 不是頁邊距",
        en: "{what}: `{text}` is not a margin",
    }
    /// What a margin looks like.
    detail margin_expected() {
        zh_cn: "0 到 60 毫米之间的长度，例如 `20mm` 或 `2cm`",
        zh_tw: "0 到 60 毫米之間的長度，例如 `20mm` 或 `2cm`",
        en: "a length from 0 to 60 mm, such as `20mm` or `2cm`",
    }
    /// An empty list of booklet regions.
    message booklet_regions_empty() {
        zh_cn: "`booklet.regions` 是空列表：简报册里将没有任何地区",
        zh_tw: "`booklet.regions` 是空列表：簡報冊裡將沒有任何地區",
        en: "`booklet.regions` is an empty list: the booklet would have no regions",
    }
    /// `order: listed` without a list of regions.
    message listed_order_needs_list() {
        zh_cn: "`order: listed` 需要 `regions:` 是地区标识 的列表",
        zh_tw: "`order: listed` 需要 `regions:` 是地區標識 的列表",
        en: "`order: listed` needs `regions:` to be a list of region ids",
    }
    /// How to fix `order: listed`.
    detail listed_order_hint() {
        zh_cn: "写成 `regions: [luqu, kangle]`，或改用 `order: tree`",
        zh_tw: "寫成 `regions: [luqu, kangle]`，或改用 `order: tree`",
        en: "write `regions: [luqu, kangle]`, or use `order: tree`",
    }
    /// A booklet volume size out of range.
    message volume_out_of_range(max) {
        zh_cn: "`booklet.volume` 不是 1 到 {max} 之间的地区数",
        zh_tw: "`booklet.volume` 不是 1 到 {max} 之間的地區數",
        en: "`booklet.volume` is not a number of regions from 1 to {max}",
    }
    /// What a booklet volume size is.
    detail volume_expected() {
        zh_cn: "简报册每一册最多收录的地区数，例如 `100`",
        zh_tw: "簡報冊每一冊最多收錄的地區數，例如 `100`",
        en: "the most regions one volume of the booklet holds, such as `100`",
    }
    /// Why a booklet volume has a maximum.
    detail volume_hint(max) {
        zh_cn: "每册越大，排版需要的内存越多；最多 {max}",
        zh_tw: "每冊越大，排版需要的記憶體越多；最多 {max}",
        en: "a larger volume needs more memory to typeset; {max} is the most",
    }
    /// A booklet date that is not a date.
    message booklet_date_invalid(text) {
        zh_cn: "`booklet.date`：`{text}` 不是日期",
        zh_tw: "`booklet.date`：`{text}` 不是日期",
        en: "`booklet.date`: `{text}` is not a date",
    }
    /// What a booklet date looks like.
    detail booklet_date_expected() {
        zh_cn: "日期，例如 `2018-12-05`",
        zh_tw: "日期，例如 `2018-12-05`",
        en: "a date such as `2018-12-05`",
    }
    /// Choices, as an expected line without words around them.
    detail any_of(choices) {
        zh_cn: "{choices} 之一",
        zh_tw: "{choices} 之一",
        en: "{choices}",
    }
    /// A region id listed in `booklet.regions`.
    detail region_id_in_booklet() {
        zh_cn: "`booklet.regions` 中的地区标识",
        zh_tw: "`booklet.regions` 中的地區標識",
        en: "a region id in `booklet.regions`",
    }
    // --- src/model/story.rs
    /// Front matter that never ends.
    message front_matter_unclosed() {
        zh_cn: "文章开头的设置部分以 `---` 开始，但没有结束",
        zh_tw: "文章開頭的設定部分以 `---` 開始，但沒有結束",
        en: "the front matter starts with `---` but never ends",
    }
    /// How to close front matter.
    detail front_matter_unclosed_hint() {
        zh_cn: "请用只有 `---` 的一行结束开头的设置部分",
        zh_tw: "請用只有 `---` 的一行結束開頭的設定部分",
        en: "close the front matter with a line containing only `---`",
    }
    /// How a story's date is written.
    detail story_date_expected() {
        zh_cn: "按 `YYYY-MM-DD` 写的日期，例如 `2018-12-05`；要写发布时间就空一格接着写，例如 `2018-12-05 09:30`",
        zh_tw: "按 `YYYY-MM-DD` 寫的日期，例如 `2018-12-05`；要寫發佈時間就空一格接著寫，例如 `2018-12-05 09:30`",
        en: "a date written `YYYY-MM-DD`, e.g. `2018-12-05`, optionally followed by a time, e.g. `2018-12-05 09:30`",
    }
    /// A story's front matter, as the subject of a message.
    detail front_matter() {
        zh_cn: "文章开头的设置部分",
        zh_tw: "文章開頭的設定部分",
        en: "the front matter",
    }
    /// A story's tag, as the subject of a message.
    detail a_tag() {
        zh_cn: "标签",
        zh_tw: "標籤",
        en: "a tag",
    }
    /// A story's front matter, as the subject of a message about it.
    detail this_story_front_matter() {
        zh_cn: "这篇文章开头的设置部分",
        zh_tw: "這篇文章開頭的設定部分",
        en: "this story's front matter",
    }
    // Levels that disagree (validate::levels).
    /// A region's own figure against the sum of the same figure in the regions under it.
    message levels_disagree(section, field, when, figure, n, sum) {
        zh_cn: "{when} 的 `{section}` {field} 这里是 {figure}，但下属 {n} 个地区加起来是 {sum}",
        zh_tw: "{when} 的 `{section}` {field} 這裡是 {figure}，但下屬 {n} 個地區加起來是 {sum}",
        en: "`{section}` {field} for {when} is {figure} here, but the regions under it ({n}) add up to {sum}",
    }
    /// What the figure would agree with, and where the regions under it begin.
    detail levels_sum_expected(sum, first, place) {
        zh_cn: "{sum}，即下属各地区之和；其中第一个是{first}，在 {place}",
        zh_tw: "{sum}，即下屬各地區之和；其中第一個是{first}，在 {place}",
        en: "{sum}, the sum of the regions under it; the first of them is {first}, at {place}",
    }
    /// Which side to fix when levels disagree.
    detail levels_disagree_hint() {
        zh_cn: "如果少了某个下属地区，或者某个下属地区的这一行写错了，补上或改正它；如果这里的合计出自更早的报告，在这里改成最新的数字",
        zh_tw: "如果少了某個下屬地區，或者某個下屬地區的這一行寫錯了，補上或改正它；如果這裡的合計出自更早的報告，在這裡改成最新的數字",
        en: "if a region under it is missing from the site, or one of their rows is wrong, add or fix it; if this total comes from an older report, update it here",
    }
}
