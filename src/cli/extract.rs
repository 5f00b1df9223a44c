//! `ratsdex extract`: the pipeline on one file, without an index.

use super::common::{EXIT_FATAL, EXIT_OK, PipelineOpts, emit};
use super::show::summary;
use anyhow::Context;
use std::path::PathBuf;

/// Run the whole pipeline on one PDF and print the result; nothing is indexed.
///
/// Examples:
///   ratsdex extract corpus/dev01_wuppertal_vo-1254-21.pdf          # readable summary
///   ratsdex extract --json corpus/dev01_wuppertal_vo-1254-21.pdf   # the document record
///   ratsdex extract --text corpus/dev01_wuppertal_vo-1254-21.pdf   # the text in reading order
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Run the pipeline on one PDF and print the result (nothing is indexed)"
)]
pub struct Args {
    /// The PDF file.
    file: PathBuf,
    /// Print the document record as JSON.
    #[arg(long, conflicts_with = "text")]
    json: bool,
    /// Print the extracted text in reading order (pages separated by form feeds).
    #[arg(long)]
    text: bool,
    /// Also print, per theme, the score and the terms, sections and hints that produced it
    /// (with `--json`: `{"record": …, "explanation": …}`).
    #[arg(long)]
    explain: bool,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Run `extract`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let path = args.file.display().to_string();
    let builder = args.pipeline.builder()?;
    if args.text && !args.explain {
        // Only the text is wanted: the PDF stage alone, without compiling rules.
        return match builder.text_layer(&bytes) {
            Ok((layer, report)) => {
                for w in &report.warnings {
                    eprintln!("{path}: {w}");
                }
                emit(&layer.text())?;
                Ok(EXIT_OK)
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                Ok(EXIT_FATAL)
            }
        };
    }
    let pipeline = builder.build()?;
    let processed = match pipeline.process(&path, &bytes) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            return Ok(EXIT_FATAL);
        }
    };
    if args.text {
        emit(&processed.layer.text())?;
    } else if args.json && args.explain {
        let ex = pipeline.explain(&processed);
        let value = serde_json::json!({ "record": processed.record, "explanation": ex });
        emit(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
        return Ok(EXIT_OK);
    } else if args.json {
        emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&processed.record)?
        ))?;
    } else {
        emit(&summary(&processed.record))?;
    }
    if args.explain {
        let ex = pipeline.explain(&processed);
        super::themes::print_explanation(&ex, &pipeline.taxonomy().themes);
    }
    // The process ends here: freeing the compiled rules one by one would cost a millisecond.
    std::mem::forget(pipeline);
    Ok(EXIT_OK)
}
