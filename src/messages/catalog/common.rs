//! Words every stage uses: the parts of a printed diagnostic, summaries, "did you mean".

use crate::messages::catalog_entries;

catalog_entries! {
    /// The label of an error.
    detail error_label() {
        zh_cn: "错误",
        zh_tw: "錯誤",
        en: "error",
    }
    /// The label of a warning.
    detail warning_label() {
        zh_cn: "警告",
        zh_tw: "警告",
        en: "warning",
    }
    /// The label of a note.
    detail note_label() {
        zh_cn: "说明",
        zh_tw: "說明",
        en: "note",
    }
    /// The label of what would have been accepted.
    detail expected_label() {
        zh_cn: "应为",
        zh_tw: "應為",
        en: "expected",
    }
    /// The label of how to fix it.
    detail hint_label() {
        zh_cn: "提示",
        zh_tw: "提示",
        en: "hint",
    }
    /// The closest known name to a misspelt one.
    detail did_you_mean(name) {
        zh_cn: "是不是想写 `{name}`？",
        zh_tw: "是不是想寫 `{name}`？",
        en: "did you mean `{name}`?",
    }
    /// Choices, as the `expected` line.
    detail one_of(choices) {
        zh_cn: "以下之一：{choices}",
        zh_tw: "以下之一：{choices}",
        en: "one of {choices}",
    }
    /// Counts of errors and warnings, for summary lines.
    output counts(errors, warnings) {
        zh_cn: "{errors} 个错误，{warnings} 个警告",
        zh_tw: "{errors} 個錯誤，{warnings} 個警告",
        en: "{errors} error(s), {warnings} warning(s)",
    }
    /// Findings past the kept limit.
    /// Under the first of a warning that repeats in many places: how many more, and where
    /// the first of them are.
    detail same_warning_elsewhere(count, places) {
        zh_cn: "同样的警告还有 {count} 处，最先几处是：{places}",
        zh_tw: "同樣的警告還有 {count} 處，最先幾處是：{places}",
        en: "the same warning in {count} more places, the first of them: {places}",
    }
    output more_not_shown(errors, warnings) {
        zh_cn: "……另有 {errors} 个错误和 {warnings} 个警告未列出：请先改正上面这些",
        zh_tw: "……另有 {errors} 個錯誤和 {warnings} 個警告未列出：請先改正上面這些",
        en: "… and {errors} more error(s) and {warnings} more warning(s), not shown: fix the ones above first",
    }
}
