//! Every sentence xiaokang says to its user, in Simplified Chinese, Traditional Chinese
//! and English, from one catalog.
//!
//! A message is made where the problem is found, as a [`Msg`]: a catalog entry and its
//! arguments. It is put into words only when printed, in the language the user reads
//! ([`language::choose`]), so a diagnostic found on a worker thread, kept in a build
//! report or sent to `serve`'s overlay is the same value in every language. Each entry
//! carries all three texts, so a message without its Chinese form does not compile, and
//! `tests` check that every text uses exactly the entry's arguments.

pub mod catalog;
pub mod language;

pub use language::Language;

use std::fmt;

/// One catalog entry: a message's texts, with `{name}` where an argument goes (`{{` and
/// `}}` for literal braces).
#[derive(Debug)]
pub struct Entry {
    /// The entry's name in the catalog, unique across it.
    pub id: &'static str,
    /// What part of the output it is.
    pub kind: Kind,
    /// The arguments' names, in the order the constructor takes them.
    pub args: &'static [&'static str],
    /// Simplified Chinese.
    pub zh_cn: &'static str,
    /// Traditional Chinese.
    pub zh_tw: &'static str,
    /// English.
    pub en: &'static str,
}

impl Entry {
    /// The text in `lang`.
    pub fn text(&self, lang: Language) -> &'static str {
        match lang {
            Language::ZhCn => self.zh_cn,
            Language::ZhTw => self.zh_tw,
            Language::En => self.en,
        }
    }
}

/// What part of the output an entry is; the manuals list every [`Kind::Message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The first line of an error, warning or note: what is wrong.
    Message,
    /// Part of one: a phrase inside a message, what was expected, a hint, a label.
    Detail,
    /// A line of the command's own output: summaries, progress, `serve`'s log.
    Output,
}

/// A message: a catalog entry with its arguments, put into words when printed.
#[derive(Debug, Clone)]
pub struct Msg {
    entry: &'static Entry,
    args: Vec<Arg>,
}

/// What goes into a message's `{name}`.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text as the user wrote it (a key, a value, a path): never translated.
    Text(String),
    /// A phrase that is itself a message (`a \`poverty\` row`), in the same language.
    Msg(Box<Msg>),
    /// Names listed as choices: "`a`, `b` or `c`", "`a`、`b` 或 `c`".
    OneOf(Vec<String>),
}

impl Msg {
    /// A message of `entry` with its arguments, in the entry's order.
    pub fn new(entry: &'static Entry, args: Vec<Arg>) -> Self {
        debug_assert_eq!(entry.args.len(), args.len(), "{}", entry.id);
        Msg { entry, args }
    }

    /// The catalog entry.
    pub fn entry(&self) -> &'static Entry {
        self.entry
    }

    /// The same message about `new` instead of `old`: a text argument that is `old`, or
    /// quotes it in backticks, is rewritten, in nested messages too.
    pub fn with_text_replaced(mut self, old: &str, new: &str) -> Self {
        self.replace_text(old, new);
        self
    }

    fn replace_text(&mut self, old: &str, new: &str) {
        for arg in &mut self.args {
            match arg {
                Arg::Text(t) if t == old => *t = new.to_string(),
                Arg::Text(t) => *t = t.replace(&format!("`{old}`"), &format!("`{new}`")),
                Arg::Msg(m) => m.replace_text(old, new),
                Arg::OneOf(_) => {}
            }
        }
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        self.render_into(lang, &mut out);
        out
    }

    fn render_into(&self, lang: Language, out: &mut String) {
        for piece in pieces(self.entry.text(lang)) {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Arg(name) => match self.entry.args.iter().position(|a| *a == name) {
                    Some(k) if k < self.args.len() => self.args[k].render_into(lang, out),
                    _ => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
    }
}

/// `label: text` in `lang`, with a full-width colon in Chinese: the first line of a
/// diagnostic (`错误：…`), its `expected` and hint lines, and the command's notes.
pub fn labelled(label: Msg, text: &Msg, lang: Language) -> String {
    let colon = if lang == Language::En { ": " } else { "：" };
    format!("{}{colon}{}", label.render(lang), text.render(lang))
}

/// A part of a catalog text: literal text, or the name of a `{placeholder}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text written as it stands (`{{` and `}}` come out as one brace each).
    Text(&'a str),
    /// Where the argument of this name goes.
    Arg(&'a str),
}

/// A catalog text split into its literal text and its placeholders: the one reading of
/// the template syntax, for printing and for the tests that check the catalog and manuals.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        if i > 0 {
            out.push(Piece::Text(&rest[..i]));
        }
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push(Piece::Text(&tail[..1]));
            rest = &tail[2..];
        } else if let (true, Some(close)) = (tail.starts_with('{'), tail.find('}')) {
            out.push(Piece::Arg(&tail[1..close]));
            rest = &tail[close + 1..];
        } else {
            // A lone brace is text.
            out.push(Piece::Text(&tail[..1]));
            rest = &tail[1..];
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

impl Arg {
    fn render_into(&self, lang: Language, out: &mut String) {
        match self {
            Arg::Text(t) => out.push_str(t),
            Arg::Msg(m) => m.render_into(lang, out),
            Arg::OneOf(names) => out.push_str(&one_of(names, lang)),
        }
    }
}

/// Lists names as choices: "`a`, `b` or `c`" in English, "`a`、`b` 或 `c`" in Chinese.
pub fn one_of<S: AsRef<str>>(names: &[S], lang: Language) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{}`", n.as_ref())).collect();
    let (sep, or) = match lang {
        Language::En => (", ", " or "),
        Language::ZhCn => ("、", " 或 "),
        Language::ZhTw => ("、", " 或 "),
    };
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{}{or}{}", quoted[..n - 1].join(sep), quoted[n - 1]),
    }
}

/// Two messages are equal when they say the same: same entry, same English words.
impl PartialEq for Msg {
    fn eq(&self, other: &Self) -> bool {
        self.entry.id == other.entry.id && self.to_string() == other.to_string()
    }
}

impl Eq for Msg {}

/// English, the form tests and logs compare against.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Self {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Self {
        Arg::Text(t.clone())
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Self {
        Arg::Text(t.to_string())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<&Msg> for Arg {
    fn from(m: &Msg) -> Self {
        Arg::Msg(Box::new(m.clone()))
    }
}

/// A path as the user's system writes it (`content\regions\…` on Windows).
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Self {
        Arg::Text(crate::platform::shown(p))
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg::Text(crate::platform::shown(p))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Text(n.to_string())
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32, f64);

/// Names listed as choices (see [`one_of`]).
pub fn choices<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Arg {
    Arg::OneOf(names.into_iter().map(|n| n.as_ref().to_string()).collect())
}

/// Declares catalog entries: each becomes a function taking the entry's arguments and
/// returning its [`Msg`], and is listed by the module's `entries()`. Each entry starts
/// with its [`Kind`]: `message`, `detail` or `output`.
///
/// ```ignore
/// catalog_entries! {
///     /// A key that is not one of the section's.
///     message unknown_key(key, what) {
///         zh_cn: "{what}中没有 `{key}` 这个键",
///         zh_tw: "{what}中沒有 `{key}` 這個鍵",
///         en: "unknown key `{key}` in {what}",
///     }
/// }
/// ```
macro_rules! catalog_entries {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $name:ident ( $($arg:ident),* $(,)? ) {
            zh_cn: $zh_cn:literal,
            zh_tw: $zh_tw:literal,
            en: $en:literal $(,)?
        }
    )*) => {
        $(
            $(#[doc = $doc])*
            #[allow(clippy::too_many_arguments)]
            pub fn $name($($arg: impl Into<$crate::messages::Arg>),*) -> $crate::messages::Msg {
                static ENTRY: $crate::messages::Entry = $crate::messages::Entry {
                    id: stringify!($name),
                    kind: $crate::messages::catalog_entries!(@kind $kind),
                    args: &[$(stringify!($arg)),*],
                    zh_cn: $zh_cn,
                    zh_tw: $zh_tw,
                    en: $en,
                };
                $crate::messages::Msg::new(&ENTRY, vec![$($arg.into()),*])
            }
        )*

        /// Every entry this module declares.
        pub fn entries() -> Vec<&'static $crate::messages::Entry> {
            vec![$( $name($(stringify!($arg)),*).entry() ),*]
        }
    };
    (@kind message) => { $crate::messages::Kind::Message };
    (@kind detail) => { $crate::messages::Kind::Detail };
    (@kind output) => { $crate::messages::Kind::Output };
}
pub(crate) use catalog_entries;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_nest_and_lists_follow_the_language() {
        let what = catalog::data::in_row("poverty");
        let m = catalog::data::unknown_key("househlds", what);
        assert_eq!(
            m.render(Language::En),
            "unknown key `househlds` in a `poverty` row"
        );
        assert!(m.render(Language::ZhCn).contains("`househlds`"));
        assert_eq!(one_of(&["a", "b", "c"], Language::En), "`a`, `b` or `c`");
        assert_eq!(one_of(&["a", "b", "c"], Language::ZhCn), "`a`、`b` 或 `c`");
    }

    #[test]
    fn literal_braces_are_written_doubled() {
        static E: Entry = Entry {
            id: "t",
            kind: Kind::Detail,
            args: &["n"],
            zh_cn: "{{ {n} }}",
            zh_tw: "{{ {n} }}",
            en: "{{ {n} }}",
        };
        let m = Msg::new(&E, vec!["x".into()]);
        assert_eq!(m.render(Language::En), "{ x }");
    }
}
