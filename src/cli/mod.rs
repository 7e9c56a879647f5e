//! The `xiaokang` command line: reads the arguments (their help in the user's language,
//! [`help`]), runs the command asked for, and prints what it did. With no command it does
//! what a double-click on the program should ([`double_click`]).

mod args;
mod double_click;
mod help;

pub use args::{Cli, Command};

use crate::diagnostics::Diagnostics;
use crate::messages::catalog::{cli, common};
use crate::messages::language::{choose, Choice};
use crate::messages::{labelled, Language};
use crate::BuildOptions;
use clap::{CommandFactory, FromArgMatches};
use std::io::Write;
use std::process::ExitCode;

/// Runs the command line `args` (the program's name first), as `main` does.
pub fn main_with(args: Vec<std::ffi::OsString>) -> ExitCode {
    let early = args::Early::scan(&args);
    let root = early.root.clone().unwrap_or_else(|| ".".into());
    let lang = choose(Choice {
        flag: early.lang,
        site: crate::site_language(&root),
        env: None,
    });
    let matches = match help::localize(Cli::command(), lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_error(&e, lang),
    };
    let parsed = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_error(&e, lang),
    };
    let Some(command) = parsed.command else {
        return double_click::run(parsed.lang);
    };
    // `new` makes a site: the folder it runs in says nothing about its language.
    let lang = match &command {
        Command::New { .. } => choose(Choice {
            flag: parsed.lang,
            site: None,
            env: None,
        }),
        _ => lang,
    };
    run(command, lang)
}

/// Prints a help or version text as clap made it, or a mistake on the command line in
/// `lang`; the exit status is clap's.
fn clap_error(e: &clap::Error, lang: Language) -> ExitCode {
    use clap::error::ErrorKind;
    let shown = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if shown
        || lang == Language::En
        || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        let text = e.render().to_string();
        let text = text.trim_end();
        if e.use_stderr() {
            eprintln!("{text}");
        } else {
            println!("{text}");
        }
    } else {
        eprint!("{}", help::error_text(e, lang));
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// A bar of rendered pages, drawn only once a build has taken over a second (a small
/// site finishes before it would flicker).
struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
    quiet: bool,
    lang: Language,
}

impl Progress {
    fn new(quiet: bool, lang: Language) -> Self {
        Progress {
            bar: indicatif::ProgressBar::hidden(),
            start: std::time::Instant::now(),
            quiet,
            lang,
        }
    }

    /// `done` of `total` page jobs finished.
    fn update(&self, done: usize, total: usize) {
        if self.quiet {
            return;
        }
        if self.bar.is_hidden() && self.start.elapsed() > std::time::Duration::from_secs(1) {
            let template =
                cli::progress("{bar:30}", "{pos}", "{len}", "{elapsed}", "{eta}").render(self.lang);
            if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
                self.bar.set_style(style);
            }
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
    }
}

fn print_diagnostics(d: &Diagnostics, lang: Language) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{}", d.render(lang));
}

/// Runs one command, printing in `lang`.
fn run(command: Command, lang: Language) -> ExitCode {
    match command {
        Command::Build {
            root,
            out,
            drafts,
            booklet_only,
            quiet,
        } => {
            let progress = Progress::new(quiet, lang);
            let options = BuildOptions {
                root,
                out,
                drafts,
                booklet_only,
                pdfs: true,
            };
            let result =
                crate::build_with_progress(&options, &|done, total| progress.update(done, total));
            progress.bar.finish_and_clear();
            if std::env::var_os("XIAOKANG_TIMINGS").is_some() {
                eprintln!(
                    "total: wall {} ms, {}",
                    progress.start.elapsed().as_millis(),
                    crate::usage()
                );
            }
            match result {
                Ok(report) if quiet => {
                    print_diagnostics(&report.diagnostics, lang);
                    ExitCode::SUCCESS
                }
                Ok(report) => {
                    if let Some(b) = report.booklet.filter(|b| b.pages > 0) {
                        let pdf = "booklet/booklet.pdf";
                        let files: crate::messages::Arg = if b.volumes > 1 {
                            cli::booklet_volumes(pdf, b.volumes - 1).into()
                        } else {
                            pdf.into()
                        };
                        let line = cli::booklet_built(
                            b.pages,
                            b.pdf_bytes,
                            files,
                            b.elapsed.as_millis() as u64,
                        );
                        println!("{}", line.render(lang));
                    }
                    let unchanged: crate::messages::Arg = if report.rendered_jobs < report.jobs {
                        cli::built_unchanged(report.jobs - report.rendered_jobs, report.jobs).into()
                    } else {
                        "".into()
                    };
                    let warnings: crate::messages::Arg = if report.diagnostics.is_empty() {
                        "".into()
                    } else {
                        cli::built_warnings_below(report.diagnostics.warning_count()).into()
                    };
                    let line = cli::built(
                        report.pages,
                        report.charts,
                        report.files,
                        &report.out,
                        report.elapsed.as_millis() as u64,
                        unchanged,
                        warnings,
                    );
                    println!("{}", line.render(lang));
                    if !report.out.join("sitemap.xml").exists() {
                        let note = crate::render::feeds::no_sitemap_note();
                        println!("{}", labelled(common::note_label(), &note, lang));
                    }
                    // Warnings last, grouped by file, so the summary line is not lost.
                    print_diagnostics(&report.diagnostics, lang);
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    print_diagnostics(&d, lang);
                    eprintln!("{}", cli::build_failed(d.summary()).render(lang));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { root, external } => {
            let report = crate::check::run(
                &root,
                &crate::check::Options {
                    external,
                    ..Default::default()
                },
            );
            let d = report.diagnostics;
            print_diagnostics(&d, lang);
            match report.external {
                Some(s) => println!("{}", s.render(lang)),
                None if external => {
                    let note = cli::external_not_checked();
                    eprintln!("{}", labelled(common::note_label(), &note, lang))
                }
                None => {}
            }
            if d.has_errors() {
                eprintln!("{}", cli::check_failed(d.summary()).render(lang));
                ExitCode::FAILURE
            } else {
                println!("{}", cli::check_passed(d.summary()).render(lang));
                ExitCode::SUCCESS
            }
        }
        Command::Serve {
            root,
            port,
            open,
            no_drafts,
            quiet,
        } => {
            let mut opts = crate::serve::ServeOptions::new(root);
            opts.port = port;
            opts.open = open;
            opts.drafts = !no_drafts;
            opts.quiet = quiet;
            opts.language = lang;
            match crate::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{}", labelled(common::error_label(), &e, lang));
                    ExitCode::FAILURE
                }
            }
        }
        Command::New { dir } => match crate::scaffold::new_site(&dir) {
            Ok(files) => {
                for f in &files {
                    println!("{}", cli::created(f).render(lang));
                }
                println!(
                    "\n{}",
                    cli::next_steps(&dir, &dir.join("output")).render(lang)
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", labelled(common::error_label(), &e, lang));
                ExitCode::FAILURE
            }
        },
    }
}
