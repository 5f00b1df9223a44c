//! The thin command-line layer: parses arguments, calls the library, prints results.

mod common;
mod dev;
mod eval;
mod export;
mod extract;
mod ingest;
mod report;
pub(crate) mod search;
#[cfg(feature = "serve")]
mod serve;
mod shell;
mod show;
mod stats;
mod themes;
mod train;

use clap::{CommandFactory, Parser, Subcommand};

pub use common::{EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE};

/// ratsdex turns an archive of German council documents (Beschlussvorlagen, Mitteilungsvorlagen,
/// Anträge, Anfragen as PDF) into a searchable, classified index.
///
/// Typical use:
///   ratsdex ingest corpus            # index every PDF below corpus/ into index/
///   ratsdex search Digitalisierung   # ranked hits with snippets
///   ratsdex show VO/1254/21          # one document's record and text
///   ratsdex export --format csv      # every record for a spreadsheet
///   ratsdex serve                    # search it in a browser: http://127.0.0.1:8080/
#[derive(Debug, Parser)]
#[command(
    name = "ratsdex",
    version,
    verbatim_doc_comment,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Ingest(ingest::Args),
    Extract(extract::Args),
    Search(search::Args),
    Show(show::Args),
    Export(export::Args),
    Stats(stats::Args),
    Report(report::Args),
    Themes(themes::Args),
    Train(train::Args),
    Eval(eval::Args),
    EvalThemes(eval::ThemesArgs),
    #[cfg(feature = "serve")]
    Serve(serve::Args),
    Completions(shell::CompletionArgs),
    Man(shell::ManArgs),
    /// Developer tools (training dumps).
    #[command(hide = true)]
    Dev(dev::Args),
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Ingest(a) => ingest::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Search(a) => search::run(a),
        Command::Show(a) => show::run(a),
        Command::Export(a) => export::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Report(a) => report::run(a),
        Command::Themes(a) => themes::run(a),
        Command::Train(a) => train::run(a),
        Command::Eval(a) => eval::run(a),
        Command::EvalThemes(a) => eval::run_themes(a),
        #[cfg(feature = "serve")]
        Command::Serve(a) => serve::run_cmd(a),
        Command::Completions(a) => shell::completions(a, Cli::command()),
        Command::Man(a) => shell::man(a, Cli::command()),
        Command::Dev(a) => dev::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ratsdex: {}", common::one_line(&e));
            if common::is_usage(&e) {
                EXIT_USAGE
            } else {
                EXIT_FATAL
            }
        }
    }
}
