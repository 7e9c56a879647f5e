//! The `xiaokang` command line.

/// See Cargo.toml: many threads allocating page-sized strings.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use xiaokang::diagnostics::Diagnostics;
use xiaokang::messages::catalog::{cli, common};
use xiaokang::messages::language::{choose, Choice};
use xiaokang::messages::{labelled, Language};
use xiaokang::BuildOptions;

/// xiaokang (小康): build a report website from poverty-alleviation figures (YAML) and stories (Markdown).
#[derive(Parser)]
#[command(name = "xiaokang", version, about)]
struct Cli {
    /// The language of xiaokang's messages: zh-CN, zh-TW or en (default: XIAOKANG_LANG,
    /// then the site's `language:`, then the system's).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Language>,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(tag: &str) -> Result<Language, String> {
    match tag {
        "zh-CN" | "zh-TW" | "en" => Language::from_tag(tag),
        _ => None,
    }
    .ok_or_else(|| format!("`{tag}` is not one of zh-CN, zh-TW, en"))
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default: <root>/output).
    Build {
        /// The site's folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include stories marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Build only the booklet (output/booklet/), for quick iteration on it.
        #[arg(long)]
        booklet_only: bool,
        /// Print only warnings and errors: no progress, no summary.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check data, stories, references, internal links and anchors; write nothing.
    Check {
        /// The site's folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also check outbound http(s) links over the network (off by default: offline).
        #[arg(long)]
        external: bool,
    },
    /// Serve the site on 127.0.0.1 with live reload; rebuilds on every change.
    Serve {
        /// The site's folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port (0: any free port).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Leave out stories marked `draft: true` (serve shows drafts by default).
        #[arg(long)]
        no_drafts: bool,
        /// Print only warnings and errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Create a new site in DIR (a new or empty folder) that builds at once.
    New {
        /// The folder to create.
        dir: PathBuf,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = match &cli.command {
        Command::Build { root, .. } | Command::Check { root, .. } | Command::Serve { root, .. } => {
            Some(root.as_path())
        }
        Command::New { .. } => None,
    };
    let lang = choose(Choice {
        flag: cli.lang,
        site: root.and_then(xiaokang::site_language),
        env: None,
    });
    match cli.command {
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
            let result = xiaokang::build_with_progress(&options, &|done, total| {
                progress.update(done, total)
            });
            progress.bar.finish_and_clear();
            if std::env::var_os("XIAOKANG_TIMINGS").is_some() {
                eprintln!(
                    "total: wall {} ms, {}",
                    progress.start.elapsed().as_millis(),
                    xiaokang::usage()
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
                        let files: xiaokang::messages::Arg = if b.volumes > 1 {
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
                    let unchanged: xiaokang::messages::Arg = if report.rendered_jobs < report.jobs {
                        cli::built_unchanged(report.jobs - report.rendered_jobs, report.jobs).into()
                    } else {
                        "".into()
                    };
                    let warnings: xiaokang::messages::Arg = if report.diagnostics.is_empty() {
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
                        let note = xiaokang::render::feeds::no_sitemap_note();
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
            let report = xiaokang::check::run(
                &root,
                &xiaokang::check::Options {
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
            let mut opts = xiaokang::serve::ServeOptions::new(root);
            opts.port = port;
            opts.open = open;
            opts.drafts = !no_drafts;
            opts.quiet = quiet;
            opts.language = lang;
            match xiaokang::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{}", labelled(common::error_label(), &e, lang));
                    ExitCode::FAILURE
                }
            }
        }
        Command::New { dir } => match xiaokang::scaffold::new_site(&dir) {
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
