//! `--help` in the user's language: clap's command, its texts replaced by the catalog's
//! (every heading, command, option and value name), and clap's errors put into words.

use crate::messages::catalog::{common, help as h};
use crate::messages::{labelled, Language, Msg};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

/// The help text of each option, by the argument's id.
fn arg_help(command: &str, id: &str) -> Option<Msg> {
    Some(match (command, id) {
        (_, "lang") => h::arg_lang(),
        (_, "root") => h::arg_root(),
        (_, "help") => h::arg_help(),
        (_, "version") => h::arg_version(),
        ("build", "out") => h::arg_out(),
        ("build", "drafts") => h::arg_drafts(),
        ("build", "booklet_only") => h::arg_booklet_only(),
        ("build", "quiet") => h::arg_quiet_build(),
        ("check", "external") => h::arg_external(),
        ("serve", "port") => h::arg_port(),
        ("serve", "open") => h::arg_open(),
        ("serve", "no_drafts") => h::arg_no_drafts(),
        ("serve", "quiet") => h::arg_quiet_serve(),
        ("new", "dir") => h::arg_dir(),
        _ => return None,
    })
}

/// Each command's one-line description.
fn command_about(name: &str) -> Option<Msg> {
    Some(match name {
        "build" => h::cmd_build(),
        "check" => h::cmd_check(),
        "serve" => h::cmd_serve(),
        "new" => h::cmd_new(),
        "help" => h::cmd_help(),
        _ => return None,
    })
}

/// The help layout of a command: about, usage, then its sections (commands, arguments,
/// options), each under its heading with a colon in the reader's script (clap's own
/// `{all-args}` puts an ASCII colon after every heading).
fn template(lang: Language, commands: bool, positionals: bool) -> String {
    let t = |m: Msg| m.render(lang);
    let colon = if lang == Language::En { ": " } else { "：" };
    let heading = |m: Msg| format!("{}{}", t(m), colon.trim_end());
    let mut out = format!(
        "{{about-with-newline}}\n{}{colon}{{usage}}\n",
        t(h::usage_label())
    );
    if commands {
        out.push_str(&format!(
            "\n{}\n{{subcommands}}\n",
            heading(h::commands_heading())
        ));
    }
    if positionals {
        out.push_str(&format!(
            "\n{}\n{{positionals}}\n",
            heading(h::arguments_heading())
        ));
    }
    out.push_str(&format!(
        "\n{}\n{{options}}{{after-help}}",
        heading(h::options_heading())
    ));
    out
}

/// `cmd` with every text it prints in `lang`.
pub fn localize(mut cmd: Command, lang: Language) -> Command {
    cmd.build();
    let t = |m: Msg| m.render(lang);
    let (options, command) = match lang {
        Language::En => ("OPTIONS".to_string(), "COMMAND".to_string()),
        _ => (t(h::options_heading()), t(h::commands_heading())),
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    cmd = localize_args(cmd, "", lang)
        .about(t(h::about()))
        .after_help(t(h::no_command()))
        .help_template(template(lang, true, false))
        .subcommand_value_name(command.clone())
        .override_usage(format!("xiaokang [{options}] [{command}]"));
    for name in names {
        let options = options.clone();
        cmd = cmd.mut_subcommand(name.clone(), |mut s| {
            if let Some(about) = command_about(&name) {
                s = s.about(t(about));
            }
            let positionals: Vec<String> = s
                .get_positionals()
                .filter_map(|a| {
                    a.get_value_names()
                        .and_then(|v| v.first())
                        .map(|v| v.to_string())
                })
                .collect();
            let mut usage = format!("xiaokang {name} [{options}]");
            for p in &positionals {
                usage.push_str(&format!(" <{}>", value_name(p, lang)));
            }
            localize_args(s, &name, lang)
                .help_template(template(lang, false, !positionals.is_empty()))
                .override_usage(usage)
        });
    }
    cmd
}

/// A value's name (`DIR`) in `lang`.
fn value_name(name: &str, lang: Language) -> String {
    match name {
        "DIR" => h::value_dir().render(lang),
        "PORT" => h::value_port().render(lang),
        "LANG" => h::value_lang().render(lang),
        other => other.to_string(),
    }
}

/// Every argument of `cmd` (of command `name`) with its help, heading and value name.
fn localize_args(mut cmd: Command, name: &str, lang: Language) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id.clone(), |a: Arg| {
            let names: Vec<String> = a
                .get_value_names()
                .map(|v| v.iter().map(|n| value_name(n, lang)).collect())
                .unwrap_or_default();
            // Defaults and values are said in the catalog's words, not clap's `[default: .]`.
            let mut a = a.hide_default_value(true).hide_possible_values(true);
            if !names.is_empty() {
                a = a.value_names(names);
            }
            match arg_help(name, &id) {
                Some(m) => a.help(m.render(lang)),
                None => a,
            }
        });
    }
    cmd
}

/// clap's error in Chinese: the mistakes a clerk makes (a mistyped command or option, a
/// bad value, a missing folder) named, any other said to be one; English readers get
/// clap's own words.
pub fn error_text(e: &clap::Error, lang: Language) -> String {
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(" ")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            h::unknown_command(text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::UnknownArgument => h::unknown_option(arg),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            h::bad_option_value(arg, text(ContextKind::InvalidValue).unwrap_or_default())
        }
        ErrorKind::MissingRequiredArgument => h::missing_argument(arg),
        _ => h::bad_command_line(),
    };
    let suggested =
        text(ContextKind::SuggestedSubcommand).or_else(|| text(ContextKind::SuggestedArg));
    let mut out = labelled(common::error_label(), &message, lang);
    out.push('\n');
    if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
        let m = h::valid_values(crate::messages::choices(valid));
        out.push_str(&format!(
            "  = {}\n",
            labelled(common::expected_label(), &m, lang)
        ));
    }
    if let Some(s) = suggested {
        out.push_str(&format!(
            "  = {}\n",
            labelled(common::hint_label(), &h::did_you_mean_arg(s), lang)
        ));
    }
    let see = h::see_help("xiaokang".to_string());
    out.push_str(&format!(
        "  = {}\n",
        labelled(common::hint_label(), &see, lang)
    ));
    out
}
