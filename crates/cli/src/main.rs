//! `zhibiao`: extract the targets, goals and achieved figures of Chinese government work
//! reports from the command line.

mod compare;
mod csv;
mod extract;
mod input;
mod panel;
mod row;
mod run;
mod summary;
mod table;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "zhibiao",
    version,
    about = "Reads Chinese government work reports by their numbers."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every target, five-year goal, actual figure and progress statement of the inputs.
    Extract {
        /// Input files (UTF-8, UTF-16 or GBK/GB18030), folders (read recursively), or `-` for standard input.
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Print the summary instead of the records (as `zhibiao summary`).
        #[arg(long)]
        summary: bool,
        #[command(flatten)]
        meta: MetaArgs,
    },
    /// Per report: region, level, year, records of each kind, and the reports without headline targets.
    Summary {
        /// Input files, folders (read recursively), or `-` for standard input.
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SummaryFormat::Table)]
        format: SummaryFormat,
        #[command(flatten)]
        meta: MetaArgs,
    },
    /// The target matrix, targets against the figures achieved, and what changed between reports.
    Compare {
        /// Input files (reports of one or several governments and years), folders, or `-`.
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = compare::CompareFormat::Table)]
        format: compare::CompareFormat,
        /// Only this section (CSV writes one section: attainment unless chosen).
        #[arg(long, value_enum)]
        only: Option<compare::Section>,
        /// Metadata for one input: `FILE:region=湖北省,year=2024,level=province` (repeatable).
        #[arg(long = "set", value_name = "FILE:KEY=VALUE,…", value_parser = compare::parse_override)]
        overrides: Vec<(String, zhibiao::compare::Overrides)>,
        #[command(flatten)]
        tolerance: Tolerance,
        #[command(flatten)]
        meta: MetaArgs,
    },
    /// One row per region, year and indicator: target, figure achieved, met or missed, the
    /// parent government's target and the markup over it (层层加码).
    Panel {
        /// Input files or folders (read recursively): reports of many regions and years.
        #[arg(required = true)]
        files: Vec<String>,
        /// Canonical indicator ids, comma-separated (gdp,fixed_asset_investment); every id of
        /// the lexicon when left out.
        #[arg(long, value_delimiter = ',')]
        indicators: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = panel::PanelFormat::Csv)]
        format: panel::PanelFormat,
        #[command(flatten)]
        tolerance: Tolerance,
        #[command(flatten)]
        meta: MetaArgs,
    },
}

/// Output formats of `extract`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per record (the gold schema).
    Jsonl,
    /// One array of docs per file, with metadata and records.
    Json,
    /// UTF-8 CSV with a byte-order mark, for spreadsheets.
    Csv,
    /// Aligned columns for reading.
    Table,
}

/// Output formats of `summary`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Table,
    Json,
    Csv,
}

/// How far a figure may lie from a 左右 / 约 / 近 or bare target and still meet it.
#[derive(Args, Clone, Copy)]
pub struct Tolerance {
    /// Tolerance of 左右 / 约 / 近 and bare rate targets, in percentage points.
    #[arg(long, default_value_t = 0.3)]
    about_points: f64,
    /// Tolerance of 左右 / 约 / 近 and bare level targets, in per cent of the target.
    #[arg(long, default_value_t = 2.0)]
    about_percent: f64,
}

impl Tolerance {
    fn options(self) -> zhibiao::compare::Options {
        zhibiao::compare::Options {
            about_points: self.about_points,
            about_percent: self.about_percent,
            ..Default::default()
        }
    }
}

/// Metadata the caller supplies for inputs that do not state it.
#[derive(Args, Clone, Default)]
pub struct MetaArgs {
    /// The year the reports were given in, where the text does not say it.
    #[arg(long)]
    year: Option<i32>,
    /// The region, where the text does not say it.
    #[arg(long)]
    region: Option<String>,
}

impl MetaArgs {
    fn options(&self) -> zhibiao::Options {
        zhibiao::Options {
            year: self.year,
            region: self.region.clone(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match cli.command {
        Command::Extract {
            files,
            format,
            summary,
            meta,
        } => {
            let paths = run::expand(&files);
            if summary {
                let format = match format {
                    Format::Json | Format::Jsonl => SummaryFormat::Json,
                    Format::Csv => SummaryFormat::Csv,
                    Format::Table => SummaryFormat::Table,
                };
                summary::run(&paths, format, &meta, &mut out)
            } else {
                extract::run(&paths, format, &meta, &mut out)
            }
        }
        Command::Summary {
            files,
            format,
            meta,
        } => summary::run(&run::expand(&files), format, &meta, &mut out),
        Command::Compare {
            files,
            format,
            only,
            overrides,
            tolerance,
            meta,
        } => {
            let options = tolerance.options();
            let args = compare::CompareArgs {
                format,
                only,
                meta: &meta,
                overrides: &overrides,
                options,
            };
            compare::run(&run::expand(&files), &args, &mut out)
        }
        Command::Panel {
            files,
            indicators,
            format,
            tolerance,
            meta,
        } => {
            let args = panel::PanelArgs {
                format,
                indicators: &indicators,
                meta: &meta,
                options: tolerance.options(),
            };
            panel::run(&run::expand(&files), &args, &mut out)
        }
    };
    let result = result.and_then(|ok| out.flush().map(|_| ok));
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A reader that stops early (`| head`) is no error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zhibiao: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}
