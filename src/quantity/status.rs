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

    /// Parses `completed` / `已完工` and the other accepted spellings.
    pub fn parse(text: &str) -> Result<Status, QuantityError> {
        let t = text.trim();
        let found = match t.to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "completed" | "已完工" | "完工" | "已完成" | "建成" | "已建成" => {
                Some(Status::Completed)
            }
            "in_progress" | "在建" | "建设中" | "正在建设" | "开工" => {
                Some(Status::InProgress)
            }
            "tendering" | "招投标" | "招标" => Some(Status::Tendering),
            "planning" | "前期" | "前期审批" | "规划" => Some(Status::Planning),
            _ => None,
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
