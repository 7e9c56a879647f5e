//! Which language messages are printed in: `--lang`, then `XIAOKANG_LANG`, then the
//! site's `language:`, then the system's locale, then Simplified Chinese.

/// A language of the interface, the site and the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Simplified Chinese.
    ZhCn,
    /// Traditional Chinese.
    ZhTw,
    /// English.
    En,
}

impl Language {
    /// Every language, in the catalog's order.
    pub const ALL: [Language; 3] = [Language::ZhCn, Language::ZhTw, Language::En];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::ZhTw => "zh-TW",
            Language::En => "en",
        }
    }

    /// Reads a language tag as users and systems write it: `zh-CN`, `zh_CN.UTF-8`,
    /// `zh-Hans`, `zh`, `zh-TW`, `zh_HK`, `zh-Hant`, `en`, `en_US.UTF-8`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let t = tag
            .trim()
            .split(['.', '@'])
            .next()?
            .replace('_', "-")
            .to_ascii_lowercase();
        let mut parts = t.split('-');
        match parts.next()? {
            "zh" => Some(match parts.next() {
                Some("tw" | "hk" | "mo" | "hant") => Language::ZhTw,
                _ => Language::ZhCn,
            }),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

/// Where the language came from, for `--lang` and the environment's precedence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Choice<'a> {
    /// `--lang` on the command line.
    pub flag: Option<Language>,
    /// The site's `language:`, if the site could be read.
    pub site: Option<Language>,
    /// The environment, as `(name, value)` pairs (tests pass their own).
    pub env: Option<&'a [(String, String)]>,
}

/// The environment variable that overrides the site's language for messages.
pub const ENV_VAR: &str = "XIAOKANG_LANG";

/// The language messages are printed in.
pub fn choose(choice: Choice<'_>) -> Language {
    let own: Vec<(String, String)>;
    let env = match choice.env {
        Some(e) => e,
        None => {
            own = std::env::vars().collect();
            &own
        }
    };
    let var = |name: &str| {
        env.iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    };
    choice
        .flag
        .or_else(|| var(ENV_VAR).and_then(Language::from_tag))
        .or(choice.site)
        // The system's locale only speaks when no site says anything: LANG=C.UTF-8 on a
        // server is no wish for English messages about a Chinese site.
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
                .iter()
                .find_map(|n| var(n).and_then(Language::from_tag))
        })
        .unwrap_or(Language::ZhCn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_tags_as_systems_write_them() {
        for (tag, lang) in [
            ("zh-CN", Language::ZhCn),
            ("zh_CN.UTF-8", Language::ZhCn),
            ("zh-Hans", Language::ZhCn),
            ("zh", Language::ZhCn),
            ("zh_TW.Big5", Language::ZhTw),
            ("zh-HK", Language::ZhTw),
            ("zh-Hant", Language::ZhTw),
            ("en", Language::En),
            ("en_US.UTF-8", Language::En),
        ] {
            assert_eq!(Language::from_tag(tag), Some(lang), "{tag}");
        }
        assert_eq!(Language::from_tag("C.UTF-8"), None);
        assert_eq!(Language::from_tag("fr_FR"), None);
    }

    #[test]
    fn flag_then_environment_then_site_then_locale() {
        let e = env(&[("XIAOKANG_LANG", "en"), ("LANG", "zh_TW.UTF-8")]);
        let c = |flag, site, env| choose(Choice { flag, site, env });
        assert_eq!(
            c(Some(Language::ZhTw), Some(Language::ZhCn), Some(&e[..])),
            Language::ZhTw
        );
        assert_eq!(c(None, Some(Language::ZhCn), Some(&e[..])), Language::En);
        let e = env(&[("LANG", "en_US.UTF-8")]);
        assert_eq!(c(None, Some(Language::ZhCn), Some(&e[..])), Language::ZhCn);
        assert_eq!(c(None, None, Some(&e[..])), Language::En);
        let e = env(&[("LANG", "C.UTF-8")]);
        assert_eq!(c(None, None, Some(&e[..])), Language::ZhCn);
    }
}
