//! The `xiaokang` command line.

/// See Cargo.toml: many threads allocating page-sized strings.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use xiaokang::diagnostics::Diagnostics;
use xiaokang::BuildOptions;

/// xiaokang (小康): build a report website from poverty-alleviation figures (YAML) and stories (Markdown).
#[derive(Parser)]
#[command(name = "xiaokang", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
}

impl Progress {
    fn new(quiet: bool) -> Self {
        Progress {
            bar: indicatif::ProgressBar::hidden(),
            start: std::time::Instant::now(),
            quiet,
        }
    }

    /// `done` of `total` page jobs finished.
    fn update(&self, done: usize, total: usize) {
        if self.quiet {
            return;
        }
        if self.bar.is_hidden() && self.start.elapsed() > std::time::Duration::from_secs(1) {
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} pages and their charts [{elapsed}, ~{eta} left]",
            ) {
                self.bar.set_style(style);
            }
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
    }
}

fn print_diagnostics(d: &Diagnostics) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{d}");
}

fn summary(d: &Diagnostics) -> String {
    format!(
        "{} error(s), {} warning(s)",
        d.error_count(),
        d.warning_count()
    )
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            out,
            drafts,
            booklet_only,
            quiet,
        } => {
            let progress = Progress::new(quiet);
            let options = BuildOptions {
                root,
                out,
                drafts,
                booklet_only,
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
                    print_diagnostics(&report.diagnostics);
                    ExitCode::SUCCESS
                }
                Ok(report) => {
                    if let Some(b) = report.booklet.filter(|b| b.pages > 0) {
                        let files = if b.volumes > 1 {
                            format!("booklet/booklet.pdf and {} volumes", b.volumes - 1)
                        } else {
                            "booklet/booklet.pdf".to_string()
                        };
                        println!(
                            "booklet: {} pages, {} bytes ({files}) in {} ms",
                            b.pages,
                            b.pdf_bytes,
                            b.elapsed.as_millis()
                        );
                    }
                    let unchanged = if report.rendered_jobs < report.jobs {
                        format!(
                            ", {} of {} pages unchanged since the last build",
                            report.jobs - report.rendered_jobs,
                            report.jobs
                        )
                    } else {
                        String::new()
                    };
                    println!(
                        "built {} pages, {} charts ({} files) into {} in {} ms{unchanged}{}",
                        report.pages,
                        report.charts,
                        report.files,
                        xiaokang::platform::shown(&report.out),
                        report.elapsed.as_millis(),
                        if report.diagnostics.is_empty() {
                            String::new()
                        } else {
                            format!("; {} warning(s) below", report.diagnostics.warning_count())
                        }
                    );
                    if !report.out.join("sitemap.xml").exists() {
                        println!("note: {}", xiaokang::render::feeds::NO_SITEMAP_NOTE);
                    }
                    // Warnings last, grouped by file, so the summary line is not lost.
                    print_diagnostics(&report.diagnostics);
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    print_diagnostics(&d);
                    eprintln!(
                        "build failed: {}; the previous output was left untouched",
                        summary(&d)
                    );
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
            print_diagnostics(&d);
            match report.external {
                Some(s) => println!("{s}"),
                None if external => {
                    eprintln!("note: external links were not checked: fix the errors above first")
                }
                None => {}
            }
            if d.has_errors() {
                eprintln!("check failed: {}", summary(&d));
                ExitCode::FAILURE
            } else {
                println!("check passed: {}", summary(&d));
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
            match xiaokang::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::New { dir } => match xiaokang::scaffold::new_site(&dir) {
            Ok(files) => {
                for f in &files {
                    println!("created {}", xiaokang::platform::shown(f));
                }
                let d = dir.display();
                println!("\nnext:\n  xiaokang build --root {d}     # writes {d}/output/\n  xiaokang serve --root {d}     # preview at http://127.0.0.1:8080/ with live reload");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
