//! The `xiaokang` command line.

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
    },
    /// Check data, stories and references; write nothing.
    Check {
        /// The site's folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
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
        Command::Build { root, out, drafts } => {
            match xiaokang::build(&BuildOptions { root, out, drafts }) {
                Ok(report) => {
                    print_diagnostics(&report.diagnostics);
                    println!(
                        "built {} pages, {} charts ({} files) into {} in {} ms{}",
                        report.pages,
                        report.charts,
                        report.files,
                        report.out.display(),
                        report.elapsed.as_millis(),
                        if report.diagnostics.is_empty() {
                            String::new()
                        } else {
                            format!("; {} warning(s)", report.diagnostics.warning_count())
                        }
                    );
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
        Command::Check { root } => {
            let d = xiaokang::check(&root);
            print_diagnostics(&d);
            if d.has_errors() {
                eprintln!("check failed: {}", summary(&d));
                ExitCode::FAILURE
            } else {
                println!("check passed: {}", summary(&d));
                ExitCode::SUCCESS
            }
        }
    }
}
