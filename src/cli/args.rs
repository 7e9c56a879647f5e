//! The command line's grammar: the commands and their options, parsed by clap. Their help
//! texts are not here but in the catalog ([`super::help`]), so `--help` reads in the
//! user's language like every other message.

use crate::messages::Language;
use clap::builder::TypedValueParser as _;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// `xiaokang [--lang LANG] [COMMAND]`; no command is what a double-click runs.
#[derive(Parser, Debug)]
#[command(name = "xiaokang", version)]
pub struct Cli {
    // Help texts: `help::localize` gives every argument its catalog text.
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser())]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang`'s values: the tags of [`Language::ALL`], listed when another is given.
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Language> {
    let tags: Vec<&'static str> = Language::ALL.iter().map(|l| l.tag()).collect();
    clap::builder::PossibleValuesParser::new(tags)
        .map(|tag| Language::from_tag(&tag).unwrap_or(Language::ZhCn))
}

/// `--lang`'s value, read before clap parses (an unknown one is clap's to report).
fn parse_lang(tag: &str) -> Option<Language> {
    Language::ALL.into_iter().find(|l| l.tag() == tag)
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// `xiaokang build`.
    Build {
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        booklet_only: bool,
        #[arg(long, short)]
        quiet: bool,
    },
    /// `xiaokang check`.
    Check {
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        #[arg(long)]
        external: bool,
    },
    /// `xiaokang serve`.
    Serve {
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        #[arg(long, default_value_t = 8080, value_name = "PORT")]
        port: u16,
        #[arg(long)]
        open: bool,
        #[arg(long)]
        no_drafts: bool,
        #[arg(long, short)]
        quiet: bool,
    },
    /// `xiaokang new`.
    New {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

/// What the language of `--help` and of clap's own errors is chosen from, read from the
/// raw arguments before clap parses them: `--lang` and the site `--root` names.
pub struct Early {
    /// `--lang`'s value, when valid.
    pub lang: Option<Language>,
    /// `--root`'s value, when given.
    pub root: Option<PathBuf>,
}

impl Early {
    /// Reads `--lang X`, `--lang=X`, `--root X` and `--root=X` from `args` (the program
    /// name first).
    pub fn scan(args: &[std::ffi::OsString]) -> Early {
        let mut early = Early {
            lang: None,
            root: None,
        };
        let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
        while let Some(a) = it.next() {
            let (key, inline) = match a.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (a.to_string(), None),
            };
            let value = |it: &mut dyn Iterator<Item = std::borrow::Cow<'_, str>>| {
                inline.clone().or_else(|| it.next().map(|v| v.to_string()))
            };
            match key.as_str() {
                "--lang" => early.lang = value(&mut it).and_then(|v| parse_lang(&v)),
                "--root" => early.root = value(&mut it).map(PathBuf::from),
                _ => {}
            }
        }
        early
    }
}
