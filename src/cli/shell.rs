//! `ratsdex completions SHELL` and `ratsdex man`: shell completions and a man page, generated
//! from the same definitions as `--help`.

use super::common::EXIT_OK;
use anyhow::Context;
use std::path::PathBuf;

/// Print a completion script for your shell.
///
/// Examples:
///   ratsdex completions bash > ~/.local/share/bash-completion/completions/ratsdex
///   ratsdex completions zsh > ~/.zfunc/_ratsdex        # with fpath+=~/.zfunc in ~/.zshrc
///   ratsdex completions fish > ~/.config/fish/completions/ratsdex.fish
///   ratsdex completions powershell >> $PROFILE
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Print a shell completion script (bash, zsh, fish, powershell)"
)]
pub struct CompletionArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Write man pages: ratsdex(1) and one per command (ratsdex-search(1), …).
///
/// Examples:
///   ratsdex man                          # ratsdex(1) on standard output: ratsdex man | man -l -
///   ratsdex man --dir ~/.local/share/man/man1      # every page, then: man ratsdex-search
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Write man pages: ratsdex(1) and one per command"
)]
pub struct ManArgs {
    /// Write ratsdex.1 and ratsdex-COMMAND.1 into this folder instead of printing ratsdex(1).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// Run `completions` (hidden commands, `dev`, are not offered: clap_complete lists them).
pub fn completions(args: CompletionArgs, cmd: clap::Command) -> anyhow::Result<i32> {
    let visible: Vec<clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .cloned()
        .collect();
    let mut cmd = clap::Command::new("ratsdex")
        .version(env!("CARGO_PKG_VERSION"))
        .args(cmd.get_arguments().cloned())
        .subcommands(visible);
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "ratsdex", &mut out);
    super::common::emit(&String::from_utf8_lossy(&out))?;
    Ok(EXIT_OK)
}

/// Run `man`.
pub fn man(args: ManArgs, cmd: clap::Command) -> anyhow::Result<i32> {
    let Some(dir) = args.dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(cmd).render(&mut out)?;
        super::common::emit(&String::from_utf8_lossy(&out))?;
        return Ok(EXIT_OK);
    };
    if dir.exists() && !dir.is_dir() {
        return Err(super::common::usage(format!(
            "--dir \"{}\" is a file, not a folder",
            dir.display()
        )));
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
    clap_mangen::generate_to(cmd, &dir)
        .with_context(|| format!("writing into \"{}\"", dir.display()))?;
    println!("man pages written to \"{}\"", dir.display());
    Ok(EXIT_OK)
}
