//! Messages about the site's data: reading files (`load`), YAML shapes and keys
//! (`model`), written quantities (`quantity`) and the checks on figures (`validate`).

use crate::messages::catalog_entries;

catalog_entries! {
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
}
