//! `factcheck`: the command-line front end. It parses arguments, reads files and prints;
//! all checking happens in the library.
//!
//! Exit codes, as a linter: 0 = no error findings, 1 = error findings, 2 = bad usage or
//! unreadable input (with a one-line message on stderr).

use clap::{Args, Parser, Subcommand, ValueEnum};
use factcheck::output::{self, ReportFormat};
use factcheck::report::{ExtractedDocument, Summary};
use factcheck::{extract::analyse, load, Corpus, Document, Error, Finding, Severity};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "factcheck/progress.rs"]
mod progress;
use progress::Progress;

#[derive(Parser)]
#[command(
    name = "factcheck",
    version,
    about = "Checks news articles for inconsistent names, titles, numbers and quotes against a corpus about the same story."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExtractFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, PartialOrd, Ord)]
enum MinSeverity {
    Info,
    Warning,
    Error,
}

/// How findings are reported, shared by `check` and `scan`.
#[derive(Args)]
struct ReportArgs {
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
    /// Report only findings of this severity or above (the exit code follows).
    #[arg(long, value_enum, default_value = "info")]
    min_severity: MinSeverity,
    /// Print nothing on stderr but errors: no summary, no note of skipped files.
    #[arg(short, long)]
    quiet: bool,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// House style and rule settings (JSON; see the README). Default: `.factcheck.json`
    /// in the working folder or the nearest parent that has one.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Use no config file, not even a `.factcheck.json` found.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    #[command(flatten)]
    dates: DateArgs,
}

/// Publication days given on the command line.
#[derive(Args)]
struct DateArgs {
    /// The publication day of an article, as ARTICLE=YYYY-MM-DD (repeatable); ARTICLE is
    /// its path as reported or its file name. It replaces the day read from the article
    /// (HTML `article:published_time`, JSON-LD `datePublished`, `<time datetime>`,
    /// front matter `date:`, a byline or dateline).
    #[arg(long = "published", value_name = "ARTICLE=DATE")]
    published: Vec<String>,
}

impl DateArgs {
    /// The days given, checked.
    fn days(&self) -> Result<Vec<(String, factcheck::document::calendar::Day)>, Error> {
        self.published
            .iter()
            .map(|a| {
                let bad = || Error::Invalid {
                    message: format!("--published {a:?}: expected ARTICLE=YYYY-MM-DD"),
                };
                let (name, date) = a.rsplit_once('=').ok_or_else(bad)?;
                let day = factcheck::document::calendar::iso(date).ok_or_else(bad)?;
                Ok((name.to_string(), day))
            })
            .collect()
    }

    /// Sets the given days on the articles they name.
    fn apply(&self, docs: &mut [Document]) -> Result<(), Error> {
        let days = self.days()?;
        for d in docs.iter_mut() {
            let file = Path::new(&d.id).file_name().and_then(|f| f.to_str());
            let named = days
                .iter()
                .find(|(n, _)| *n == d.id || Some(n.as_str()) == file);
            if let Some((_, day)) = named {
                d.published = Some(*day);
            }
        }
        Ok(())
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check articles against a corpus (default: the built-in seed articles).
    Check {
        /// Article files (.txt, .md, .html) or folders of them (read recursively); "-"
        /// reads standard input. A file given twice is read once.
        #[arg(required = true)]
        articles: Vec<String>,
        /// Folder of corpus articles (read recursively), or a prebuilt index file
        /// (`factcheck index`).
        #[arg(long)]
        corpus: Option<PathBuf>,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Report the inconsistencies among a corpus's own articles (default: the seeds).
    Scan {
        /// Folder of articles (read recursively), or a prebuilt index file.
        dir: Option<PathBuf>,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Write a prebuilt corpus index: the articles of DIR (default: the seeds) in one file,
    /// which `check --corpus FILE`, `scan FILE`, the WebAssembly API and the page load.
    Index {
        /// Folder of articles (read recursively).
        dir: Option<PathBuf>,
        /// Where to write the index.
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        dates: DateArgs,
    },
    /// Show what the checker reads in articles: people, quantities, quotes.
    Extract {
        /// Article files; "-" reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ExtractFormat,
    },
    /// List the rules: id, default severity and what each catches (markdown: the README's
    /// rule table, with each rule's documentation).
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

fn read_stdin() -> Result<Document, Error> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(factcheck::error::MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Io {
            path: "stdin".into(),
            message: e.to_string(),
        })?;
    let text = factcheck::error::text_from_bytes("stdin", bytes)?;
    Ok(Document::from_named("stdin", text))
}

/// The articles the arguments name: files as given, folders read recursively (each file
/// named by the folder as given joined with its path inside), "-" standard input. A file
/// named twice (the same file, however its path is written) is read once.
fn read_articles(args: &[String], quiet: bool) -> Result<Vec<Document>, Error> {
    let mut seen = std::collections::HashSet::new();
    let mut once =
        |p: &Path| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()));
    let mut docs = Vec::new();
    for arg in args {
        if arg == "-" {
            if once(Path::new("-")) {
                docs.push(read_stdin()?);
            }
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            let (files, skipped) = load::article_files(path)?;
            note_skipped(arg, &skipped, quiet);
            if files.is_empty() {
                return Err(Error::NoArticles { path: arg.clone() });
            }
            for (p, _) in files {
                if once(&p) {
                    docs.push(load::read_file(&p)?);
                }
            }
        } else if once(path) {
            docs.push(load::read_file(path)?);
        }
    }
    Ok(docs)
}

fn note_skipped(dir: &str, skipped: &load::Skipped, quiet: bool) {
    if let (false, Some(note)) = (quiet, skipped.describe()) {
        eprintln!("factcheck: {dir}: {note}");
    }
}

fn write_report(text: &str, output: Option<&Path>) -> Result<(), Error> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| Error::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        }),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| Error::Write {
                    path: "standard output".into(),
                    message: e.to_string(),
                })
        }
    }
}

/// Prints (or writes) the report; `true` when an error finding is in it.
fn report<'a>(
    mut findings: Vec<Finding>,
    checked: &[String],
    args: &ReportArgs,
    source: &dyn Fn(&str) -> Option<&'a str>,
    published: &dyn Fn(&str) -> Option<String>,
) -> Result<bool, Error> {
    let min = match args.min_severity {
        MinSeverity::Info => Severity::Info,
        MinSeverity::Warning => Severity::Warning,
        MinSeverity::Error => Severity::Error,
    };
    findings.retain(|f| f.severity >= min);
    let text = output::render(
        args.format,
        &output::Report {
            findings: &findings,
            checked,
            source,
            published,
        },
    );
    write_report(&text, args.output.as_deref())?;
    if args.format == ReportFormat::Text && !args.quiet {
        let s = Summary::of(&findings);
        eprintln!(
            "{} errors, {} warnings, {} infos",
            s.errors, s.warnings, s.infos
        );
    }
    Ok(findings.iter().any(|f| f.severity == Severity::Error))
}

/// The name of the config file found as linters find theirs.
const CONFIG_FILE: &str = ".factcheck.json";

/// The config: `--config FILE`, else `.factcheck.json` in the working folder or the
/// nearest parent, else none.
fn read_config(args: &ReportArgs) -> Result<factcheck::Config, Error> {
    let found = || {
        let cwd = std::env::current_dir().ok()?;
        cwd.ancestors()
            .map(|d| d.join(CONFIG_FILE))
            .find(|p| p.is_file())
    };
    let path = match (&args.config, args.no_config) {
        (_, true) => None,
        (Some(p), false) => Some(p.clone()),
        (None, false) => found(),
    };
    let Some(path) = path else {
        return Ok(factcheck::Config::default());
    };
    let name = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Io {
        path: name.clone(),
        message: e.to_string(),
    })?;
    factcheck::Config::from_json(&text).map_err(|m| Error::Invalid {
        message: format!("{name}: {m}"),
    })
}

/// A corpus from a folder of articles (read recursively) or from a prebuilt index file,
/// with progress on a terminal.
fn load_corpus(path: &Path, quiet: bool, dates: &DateArgs) -> Result<Corpus, Error> {
    let mut c = Corpus::new();
    if path.is_file() {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: name.clone(),
            message: e.to_string(),
        })?;
        let total = text.lines().filter(|l| !l.trim().is_empty()).count();
        let mut bar = Progress::new("reading", total.saturating_sub(1), quiet);
        let mut reader = factcheck::index_file::Reader::new();
        let wrap = |e: Error| Error::Invalid {
            message: format!("{name}: {e}"),
        };
        for line in text.lines() {
            if let Some(a) = reader.line(line).map_err(wrap)? {
                c.add_filed(a).map_err(wrap)?;
                bar.step();
            }
        }
        reader.finish().map_err(wrap)?;
        return Ok(c);
    }
    let (mut docs, skipped) = load::read_tree(path)?;
    note_skipped(&path.display().to_string(), &skipped, quiet);
    dates.apply(&mut docs)?;
    let mut bar = Progress::new("reading", docs.len(), quiet);
    for d in docs {
        c.add(d);
        bar.step();
    }
    Ok(c)
}

/// Gives a closure the signature of a report's article texts (id → text that outlives it).
fn texts<'a, F: Fn(&str) -> Option<&'a str>>(f: F) -> F {
    f
}

fn print_rules(format: ListFormat) {
    use factcheck::rules;
    match format {
        ListFormat::Text => print!("{}", rules::text_table()),
        ListFormat::Markdown => print!("{}", rules::markdown_table()),
        ListFormat::Json => {
            let v = serde_json::json!({ "rules": rules::metas().collect::<Vec<_>>() });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
    }
}

fn run(cli: Cli) -> Result<bool, Error> {
    match cli.command {
        Command::Rules { format } => {
            print_rules(format);
            Ok(false)
        }
        Command::Check {
            articles,
            corpus,
            report: args,
        } => {
            let config = read_config(&args)?;
            let mut corpus = match corpus {
                Some(path) => load_corpus(&path, args.quiet, &args.dates)?,
                None => Corpus::with_seeds(),
            };
            corpus.set_config(config);
            let mut docs = read_articles(&articles, args.quiet)?;
            args.dates.apply(&mut docs)?;
            let mut findings = Vec::new();
            for d in &docs {
                findings.extend(corpus.check(d));
            }
            let checked: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
            let sources: std::collections::HashMap<&str, &str> = docs
                .iter()
                .map(|d| (d.id.as_str(), d.source.as_str()))
                .collect();
            let source = texts(|id| sources.get(id).copied().or_else(|| corpus.source(id)));
            let days: std::collections::HashMap<&str, String> = docs
                .iter()
                .filter_map(|d| Some((d.id.as_str(), d.published?.to_string())))
                .collect();
            let published = |id: &str| {
                days.get(id)
                    .cloned()
                    .or_else(|| corpus.published(id).map(|d| d.to_string()))
            };
            report(findings, &checked, &args, &source, &published)
        }
        Command::Scan { dir, report: args } => {
            let config = read_config(&args)?;
            let mut corpus = match dir {
                Some(path) => load_corpus(&path, args.quiet, &args.dates)?,
                None => Corpus::with_seeds(),
            };
            corpus.set_config(config);
            let mut bar = Progress::new("scanning", corpus.len(), args.quiet);
            let findings = corpus.scan_threads(factcheck::parallel::threads(), &mut |n| bar.set(n));
            drop(bar);
            let checked: Vec<String> = corpus.ids().map(str::to_string).collect();
            let source = texts(|id| corpus.source(id));
            let published = |id: &str| corpus.published(id).map(|d| d.to_string());
            report(findings, &checked, &args, &source, &published)
        }
        Command::Index { dir, output, dates } => {
            // Each article as read, in id order (both sources are sorted by path).
            let docs = match dir {
                Some(path) => {
                    let (docs, skipped) = load::read_tree(&path)?;
                    note_skipped(&path.display().to_string(), &skipped, false);
                    docs
                }
                None => factcheck::seeds::documents().collect(),
            };
            let mut docs = docs;
            dates.apply(&mut docs)?;
            let n = docs.len();
            // Each article analysed for its filing, on every core.
            let mut bar = Progress::new("indexing", n, false);
            let records = factcheck::parallel::map(
                &docs,
                factcheck::parallel::threads(),
                factcheck::index_file::Record::of,
                &mut |n| bar.set(n),
            );
            drop(bar);
            let text = factcheck::index_file::write(true, records.into_iter());
            let name = output.display().to_string();
            std::fs::write(&output, text).map_err(|e| Error::Write {
                path: name.clone(),
                message: e.to_string(),
            })?;
            eprintln!("wrote {name}: {n} articles");
            Ok(false)
        }
        Command::Extract { files, format } => {
            let docs = read_articles(&files, false)?;
            let out: Vec<ExtractedDocument> = docs
                .into_iter()
                .map(|d| ExtractedDocument::of(analyse(d)))
                .collect();
            let text = match format {
                ExtractFormat::Json => {
                    let v = serde_json::json!({ "documents": out });
                    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
                }
                ExtractFormat::Text => out.iter().map(ExtractedDocument::to_text).collect(),
            };
            write_report(&text, None)?;
            Ok(false)
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(true) => ExitCode::from(1),
        Ok(false) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factcheck: {e}");
            ExitCode::from(2)
        }
    }
}
