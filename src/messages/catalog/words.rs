//! The word check (错敏词检查, `src/validate/words/`) and the office's own list,
//! `content/words.yaml` (`src/model/words.rs`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/validate/words/
    /// A common error of official writing, from the built-in list.
    message word_error(wrong, right) {
        zh_cn: "`{wrong}` 是常见的用词错误，应为 `{right}`",
        zh_tw: "`{wrong}` 是常見的用詞錯誤，應為 `{right}`",
        en: "`{wrong}` is a common wording error: write `{right}`",
    }
    /// An agency's name used in a text dated after the agency was renamed.
    message word_renamed(wrong, right, renamed, date) {
        zh_cn: "`{wrong}` 在 {renamed} 前已更名为 `{right}`，而这段文字的日期是 {date}",
        zh_tw: "`{wrong}` 在 {renamed} 前已更名為 `{right}`，而這段文字的日期是 {date}",
        en: "`{wrong}` was renamed `{right}` by {renamed}, before this text's date ({date})",
    }
    /// An agency's old name in site.yaml, whose words are the site's own, of today.
    message word_renamed_now(wrong, right, renamed) {
        zh_cn: "`{wrong}` 在 {renamed} 前已更名为 `{right}`：网站自己的文字要用现在的名称",
        zh_tw: "`{wrong}` 在 {renamed} 前已更名為 `{right}`：網站自己的文字要用現在的名稱",
        en: "`{wrong}` was renamed `{right}` by {renamed}: the site's own words use today's names",
    }
    /// A word of the office's own list, with the word to write instead.
    message word_office(wrong, list, right) {
        zh_cn: "`{wrong}` 在本单位的用词表里（{list}），应为 `{right}`",
        zh_tw: "`{wrong}` 在本單位的用詞表裡（{list}），應為 `{right}`",
        en: "`{wrong}` is on the office's word list ({list}): write `{right}`",
    }
    /// A word of the office's own list that is not to be used at all.
    message word_office_banned(wrong, list) {
        zh_cn: "`{wrong}` 在本单位的用词表里（{list}），不应使用",
        zh_tw: "`{wrong}` 在本單位的用詞表裡（{list}），不應使用",
        en: "`{wrong}` is on the office's word list ({list}) as a word not to use",
    }
    /// Where a built-in entry comes from, and how to keep the words on purpose.
    detail word_rule_hint(rule, wrong) {
        zh_cn: "依据：{rule}。原文照录等确需保留的，在报道里写 `<!-- xiaokang: 允许 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登记",
        zh_tw: "依據：{rule}。原文照錄等確需保留的，在報導裡寫 `<!-- xiaokang: 允許 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登記",
        en: "after {rule}. To keep the words on purpose (a quotation), write `<!-- xiaokang: 允许 {wrong} -->` in the story, or list them under `允许` in `content/words.yaml`",
    }
    /// The office's reason for a word of its list, and how to keep the word on purpose.
    detail word_reason_hint(reason, wrong) {
        zh_cn: "理由：{reason}。确需保留的，在报道里写 `<!-- xiaokang: 允许 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登记",
        zh_tw: "理由：{reason}。確需保留的，在報導裡寫 `<!-- xiaokang: 允許 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登記",
        en: "the reason: {reason}. To keep the words on purpose, write `<!-- xiaokang: 允许 {wrong} -->` in the story, or list them under `允许` in `content/words.yaml`",
    }
    /// How to keep a word of the office's list that gives no reason.
    detail word_allow_hint(wrong) {
        zh_cn: "确需保留的，在报道里写 `<!-- xiaokang: 允许 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登记",
        zh_tw: "確需保留的，在報導裡寫 `<!-- xiaokang: 允許 {wrong} -->`，或在 `content/words.yaml` 的 `允许` 下登記",
        en: "to keep the words on purpose, write `<!-- xiaokang: 允许 {wrong} -->` in the story, or list them under `允许` in `content/words.yaml`",
    }

    // --- src/model/words.rs
    /// Names an entry of the office's list in messages.
    detail words_entry() {
        zh_cn: "`content/words.yaml` 的一个词条",
        zh_tw: "`content/words.yaml` 的一個詞條",
        en: "an entry of `content/words.yaml`",
    }
    /// Names an entry of the list of accepted words in messages.
    detail words_allow_entry() {
        zh_cn: "`content/words.yaml` 的 `允许` 中的一项",
        zh_tw: "`content/words.yaml` 的 `允许` 中的一項",
        en: "an entry under `允许` in `content/words.yaml`",
    }
    /// Names `content/words.yaml` itself in messages.
    detail words_file() {
        zh_cn: "用词表 `content/words.yaml`",
        zh_tw: "用詞表 `content/words.yaml`",
        en: "the word list `content/words.yaml`",
    }
    /// What a date in `content/words.yaml` looks like.
    detail words_date_expected() {
        zh_cn: "更名的日期，如 `2021-06-18`",
        zh_tw: "更名的日期，如 `2021-06-18`",
        en: "the date of the renaming, such as `2021-06-18`",
    }
}
