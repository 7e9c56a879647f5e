//! Guesses for a header or sheet name the reader does not know: offered only for a slip
//! of the keyboard (`贫困户树` for `贫困户数`), never for another word that shares
//! characters (`序号` is not `代码`, `贫困村` is not `贫困户`, `带贫人数` is not
//! `脱贫人数`): a guess that leads astray is worse than none.

use super::schema::Sheet;
use crate::diagnostics::did_you_mean;

/// A known header one typing slip from `name`: a missing or extra character after the
/// first two of a header of three or more (`贫困发生`), a changed one in a header of four
/// or more (`贫困户树`), or for
/// English keys the usual near-miss. A different first character makes another word
/// (`带贫人数` is not `脱贫人数`), and two-character headers differ from every other in
/// two characters: neither is guessed.
pub fn close_header(sheet: &Sheet, name: &str) -> Option<&'static str> {
    let names = sheet
        .all_columns()
        .flat_map(|c| std::iter::once(c.header).chain(c.aliases.iter().copied()));
    close_name(name, names).map(|g| sheet.column(g).map_or(g, |c| c.header))
}

/// The one of `names` that `name` is a typing slip from, by the rule of [`close_header`].
pub fn close_name(
    name: &str,
    names: impl IntoIterator<Item = &'static str>,
) -> Option<&'static str> {
    let names: Vec<&'static str> = names.into_iter().collect();
    if name.is_ascii() {
        return did_you_mean(name, names.iter().copied().filter(|n| n.is_ascii()));
    }
    let len = name.chars().count();
    names
        .iter()
        .copied()
        .filter(|n| !n.is_ascii() && len >= 3 && n.chars().count() >= 3)
        .find(|n| {
            let same_start = name.chars().zip(n.chars()).take_while(|(a, b)| a == b);
            // A changed character in three (`贫困村`, `贫困户`) is another word.
            let long_enough = len >= 4 || n.chars().count() != len;
            same_start.count() >= 2 && long_enough && strsim::levenshtein(name, n) == 1
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tables::schema::Section;

    /// Headers of real office tables: none that means something else is guessed to be a
    /// column it is not; a slip of the keyboard is.
    #[test]
    fn guesses_only_for_typing_slips() {
        let real = [
            "序号",
            "建设地点",
            "建设内容",
            "建设规模",
            "建设内容及规模",
            "实施单位",
            "责任单位",
            "主管部门",
            "开工时间",
            "竣工时间",
            "完工时间",
            "受益户数",
            "受益人口",
            "带贫人数",
            "联系人",
            "联系电话",
            "所属乡镇",
            "村名",
            "行政村",
            "贫困村",
            "是否贫困村",
            "中央资金",
            "省级资金",
            "市级资金",
            "县级资金",
            "自筹资金",
            "其中",
            "人均纯收入",
            "农民人均可支配收入",
            "脱贫年度",
            "摘帽时间",
            "项目编号",
            "资金下达文号",
            "绩效目标",
            "审核意见",
        ];
        for sheet in crate::model::tables::schema::SHEETS {
            for h in real {
                assert_eq!(close_header(sheet, h), None, "{}: {h}", sheet.name);
            }
        }
        let poverty = Sheet::of(Section::Poverty);
        assert_eq!(close_header(poverty, "贫困户树"), Some("贫困户数"));
        assert_eq!(close_header(poverty, "贫困发生"), Some("贫困发生率"));
        assert_eq!(close_header(poverty, "housholds"), Some("贫困户数"));
        let projects = Sheet::of(Section::Projects);
        assert_eq!(close_header(projects, "项目名"), Some("项目名称"));
    }
}
