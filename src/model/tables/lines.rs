//! The lines of a sheet that are not a region's figures: totals (`合计`, `全州`), notes
//! and signatures under the table (`注：…`, `审核人：…`), headings between its rows
//! (`一、产业扶贫项目`) and the line stating its source (`资料来源：…`).

use super::cells;
use crate::load::tables::{Cell, Grid};

/// Texts in the region column that mark a row of totals, not a region.
const TOTAL_WORDS: &[&str] = &["合计", "总计", "小计", "共计", "全部", "汇总"];

/// The kinds of region a `全州`/`全县` row totals.
const WHOLE_OF: &[char] = &['省', '市', '州', '县', '区', '盟', '旗', '乡', '镇'];

/// True when a region column's text marks a row of totals (`合计`, `全县合计`, `全州`),
/// not a region: `全州县` and `全椒县` are counties.
pub fn is_total(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let chars: Vec<char> = t.chars().collect();
    let whole = chars.len() == 2 && chars[0] == '全' && WHOLE_OF.contains(&chars[1]);
    whole
        || TOTAL_WORDS
            .iter()
            .any(|w| t == *w || t.ends_with(w) && chars.len() <= 6)
}

/// Words a note under a table starts with (`注：`, `说明：`, `填报单位：`).
const NOTE_WORDS: &[&str] = &[
    "注",
    "说明",
    "备注",
    "资料来源",
    "数据来源",
    "填报",
    "制表",
    "审核",
    "单位：",
    "单位:",
];

/// Words of a signature line under a table (`审核人：… 填报人：… 填报日期：…`).
const FOOTER_WORDS: &[&str] = &[
    "审核人",
    "填报人",
    "填报日期",
    "填表人",
    "填表日期",
    "制表人",
    "制表日期",
    "单位负责人",
    "统计负责人",
    "负责人",
    "复核人",
    "联系电话",
    "报出日期",
];

/// True for a row of notes or signatures under a table: its cells are text (a merged
/// cell's text counted once), and it starts as a note does or holds a signature's words.
pub fn is_note_row(filled: &[&Cell]) -> bool {
    let mut texts: Vec<&str> = Vec::new();
    for c in filled {
        let Cell::Text(t) = c else { return false };
        let t = cells::trim(t);
        if texts.last() != Some(&t) {
            texts.push(t);
        }
    }
    let starts_note = texts
        .first()
        .is_some_and(|t| NOTE_WORDS.iter().any(|w| t.starts_with(w)));
    let signed = texts
        .iter()
        .any(|t| FOOTER_WORDS.iter().any(|w| t.starts_with(w)));
    starts_note || signed
}

/// True for a heading between a table's rows (`一、产业扶贫项目`, `（二）基础设施`): one
/// text, a merged cell's counted once, numbered as headings are.
pub fn is_heading_row(filled: &[&Cell]) -> bool {
    let Some(Cell::Text(first)) = filled.first().filter(|_| is_one_text(filled)) else {
        return false;
    };
    let t = cells::trim(first).trim_start_matches(['（', '(']);
    let digits = t
        .chars()
        .take_while(|c| "一二三四五六七八九十0123456789".contains(*c));
    let n = digits.count();
    n > 0 && t.chars().nth(n).is_some_and(|c| "、.．）)".contains(c))
}

/// Words a line giving the source of a table's figures starts with.
const SOURCE_WORDS: &[&str] = &["资料来源", "数据来源", "来源"];

/// The source a table states in a line of its own, above or below its rows
/// (`资料来源：临夏州统计局《临夏统计年鉴》`): its rows' `cite` where they give none.
pub fn source_line(grid: &Grid) -> Option<String> {
    grid.rows.iter().find_map(|row| {
        let filled: Vec<&Cell> = row.iter().filter(|c| !c.is_blank()).collect();
        let Some(Cell::Text(first)) = filled.first().filter(|_| is_one_text(&filled)) else {
            return None;
        };
        let first = cells::trim(first);
        let word = SOURCE_WORDS.iter().find(|w| first.starts_with(*w))?;
        let rest = first[word.len()..].trim_start_matches([':', '：', ' ']);
        (!rest.is_empty()).then(|| rest.to_string())
    })
}

/// True for a row of one text, a merged cell's counted once.
pub fn is_one_text(filled: &[&Cell]) -> bool {
    let first = match filled.first() {
        Some(Cell::Text(t)) => t,
        _ => return false,
    };
    filled
        .iter()
        .all(|c| matches!(c, Cell::Text(t) if t == first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_told_from_regions() {
        assert!(is_total("合计"));
        assert!(is_total("合 计"));
        assert!(is_total("全州合计"));
        assert!(!is_total("碌曲县"));
    }
}
