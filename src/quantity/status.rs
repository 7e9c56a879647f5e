//! Project status, written in English or Chinese.

use super::QuantityError;

/// Where a project stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// 已完工
    Completed,
    /// 在建
    InProgress,
    /// 招投标
    Tendering,
    /// 前期 (planning and approval)
    Planning,
}

impl Status {
    /// All statuses, in the order of a project's life (and of stacked bars).
    pub const ALL: [Status; 4] = [
        Status::Completed,
        Status::InProgress,
        Status::Tendering,
        Status::Planning,
    ];

    /// The key used in YAML (`completed`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Completed => "completed",
            Status::InProgress => "in_progress",
            Status::Tendering => "tendering",
            Status::Planning => "planning",
        }
    }

    /// The Chinese name shown on pages (`已完工`).
    pub fn label(self) -> &'static str {
        match self {
            Status::Completed => "已完工",
            Status::InProgress => "在建",
            Status::Tendering => "招投标",
            Status::Planning => "前期",
        }
    }

    /// The status a progress column's words give (`已竣工`, `正在实施`, `未开工`), as
    /// clerks write them in 进展情况; a longer phrase counts by the words it starts with
    /// (`已竣工验收`, `主体已完工` does not: the project is still being built).
    fn from_words(words: &str) -> Option<Status> {
        const WORDS: &[(&str, Status)] = &[
            ("已完工", Status::Completed),
            ("完工", Status::Completed),
            ("已完成", Status::Completed),
            ("建成", Status::Completed),
            ("已建成", Status::Completed),
            ("已竣工", Status::Completed),
            ("竣工", Status::Completed),
            ("已验收", Status::Completed),
            ("竣工验收", Status::Completed),
            ("已投用", Status::Completed),
            ("已投产", Status::Completed),
            ("在建", Status::InProgress),
            ("在建中", Status::InProgress),
            ("建设中", Status::InProgress),
            ("正在建设", Status::InProgress),
            ("开工", Status::InProgress),
            ("已开工", Status::InProgress),
            ("开工建设", Status::InProgress),
            ("正在实施", Status::InProgress),
            ("实施中", Status::InProgress),
            ("主体完工", Status::InProgress),
            ("招投标", Status::Tendering),
            ("招标", Status::Tendering),
            ("招标中", Status::Tendering),
            ("正在招标", Status::Tendering),
            ("前期", Status::Planning),
            ("前期审批", Status::Planning),
            ("前期工作", Status::Planning),
            ("前期准备", Status::Planning),
            ("规划", Status::Planning),
            ("未开工", Status::Planning),
            ("尚未开工", Status::Planning),
        ];
        let exact = WORDS.iter().find(|(w, _)| *w == words);
        // `已竣工验收`, `已完工并投入使用`: a finished project's longer description.
        let starts = || {
            ["已竣工", "已完工", "已建成", "竣工"]
                .iter()
                .find(|w| words.starts_with(*w))
                .map(|_| Status::Completed)
        };
        exact.map(|(_, s)| *s).or_else(starts)
    }

    /// Parses `completed` / `已完工` and the other accepted spellings.
    pub fn parse(text: &str) -> Result<Status, QuantityError> {
        let t = text.trim();
        let words: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let found = match t.to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "completed" => Some(Status::Completed),
            "in_progress" => Some(Status::InProgress),
            "tendering" => Some(Status::Tendering),
            "planning" => Some(Status::Planning),
            _ => Status::from_words(&words),
        };
        found.ok_or_else(|| {
            let expected = Status::ALL
                .iter()
                .map(|s| format!("`{}` / `{}`", s.key(), s.label()))
                .collect::<Vec<_>>()
                .join(", ");
            let mut e = QuantityError {
                message: crate::messages::catalog::data::not_a_status(t),
                expected: crate::messages::catalog::data::status_one_of(expected),
                hint: None,
            };
            let keys = Status::ALL.iter().map(|s| s.key());
            if let Some(m) = crate::diagnostics::did_you_mean(t, keys) {
                e.hint = Some(crate::messages::catalog::common::did_you_mean(m));
            }
            e
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_english_and_chinese() {
        assert_eq!(Status::parse("completed").unwrap(), Status::Completed);
        assert_eq!(Status::parse("已完工").unwrap(), Status::Completed);
        assert_eq!(Status::parse("已竣工").unwrap(), Status::Completed);
        assert_eq!(Status::parse("已竣工验收").unwrap(), Status::Completed);
        assert_eq!(Status::parse("正在实施").unwrap(), Status::InProgress);
        assert_eq!(Status::parse("主体完工").unwrap(), Status::InProgress);
        assert_eq!(Status::parse("未开工").unwrap(), Status::Planning);
        assert_eq!(Status::parse("in_progress").unwrap(), Status::InProgress);
        assert_eq!(Status::parse("在建").unwrap(), Status::InProgress);
        assert_eq!(Status::parse("招投标").unwrap(), Status::Tendering);
        assert_eq!(Status::parse("前期").unwrap(), Status::Planning);
        assert_eq!(Status::parse("In Progress").unwrap(), Status::InProgress);
    }

    #[test]
    fn lists_accepted_statuses_and_suggests() {
        let e = Status::parse("complete").unwrap_err();
        assert!(
            e.expected.to_string().contains("`completed` / `已完工`"),
            "{}",
            e.expected
        );
        assert!(e.expected.to_string().contains("`planning` / `前期`"));
        assert_eq!(
            e.hint.map(|h| h.to_string()).as_deref(),
            Some("did you mean `completed`?")
        );
    }
}
