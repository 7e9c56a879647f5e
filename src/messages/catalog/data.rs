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
        zh_cn: "`all`、一个地区 id（该地区及其下属全部地区），或地区 id 列表",
        zh_tw: "`all`、一個地區 id（該地區及其下屬全部地區），或地區 id 列表",
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
    /// A row given twice.
    message given_twice(what, key) {
        zh_cn: "{what} `{key}` 写了两次",
        zh_tw: "{what} `{key}` 寫了兩次",
        en: "{what} `{key}` is given twice",
    }
    /// How to fix a row given twice.
    detail one_row_per_year() {
        zh_cn: "每年只保留一行（合并或删掉另一行）",
        zh_tw: "每年只保留一行（合併或刪掉另一行）",
        en: "keep one row per year (merge or delete the other)",
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
}
