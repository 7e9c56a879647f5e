//! The `xiaokang` program: the command line is [`xiaokang::cli`].

/// See Cargo.toml: many threads allocating page-sized strings.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    xiaokang::cli::main_with(std::env::args_os().collect())
}
