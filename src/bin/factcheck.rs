//! `factcheck`: the command-line front end. It parses arguments, reads files and prints;
//! all checking happens in the library.
//!
//! Exit codes, as a linter: 0 = no error findings, 1 = error findings, 2 = bad usage or
//! unreadable input (with a one-line message on stderr).

use clap::{Parser, Subcommand, ValueEnum};
use factcheck::report::{to_text, ExtractedDocument, Summary};
use factcheck::{extract::analyse, load, Corpus, Document, Error, Finding};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
enum OutputFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles against a corpus (default: the built-in seed articles).
    Check {
        /// Article files (.txt, .md, .html); "-" reads standard input.
        #[arg(required = true)]
        articles: Vec<String>,
        /// Folder of corpus articles, or a prebuilt index file (`factcheck index`).
        #[arg(long)]
        corpus: Option<PathBuf>,
        /// House style and rule settings (JSON; see the README).
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
    },
    /// Report the inconsistencies among a corpus's own articles (default: the seeds).
    Scan {
        /// Folder of articles.
        dir: Option<PathBuf>,
        /// House style and rule settings (JSON; see the README).
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
    },
    /// Write a prebuilt corpus index: the analysed articles of DIR (default: the seeds),
    /// which `check --corpus FILE`, the WebAssembly API and the page load without
    /// re-analysing.
    Index {
        /// Folder of articles.
        dir: Option<PathBuf>,
        /// Where to write the index.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Show what the checker reads in articles: people, quantities, quotes.
    Extract {
        /// Article files; "-" reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
    },
    /// List the rules: id, default severity and what each catches (markdown: the README's
    /// rule table, with each rule's documentation).
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

fn read_article(arg: &str) -> Result<Document, Error> {
    if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(factcheck::error::MAX_ARTICLE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Io {
                path: "stdin".into(),
                message: e.to_string(),
            })?;
        let text = factcheck::error::text_from_bytes("stdin", bytes)?;
        return Ok(Document::from_named("stdin", text));
    }
    load::read_file(Path::new(arg))
}

fn print_findings(
    findings: &[Finding],
    format: OutputFormat,
    sources: &dyn Fn(&str) -> Option<String>,
) {
    match format {
        OutputFormat::Json => {
            let v = serde_json::json!({ "findings": findings });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        OutputFormat::Text => {
            let cache: std::collections::HashMap<String, String> = findings
                .iter()
                .flat_map(|f| std::iter::once(&f.span).chain(&f.evidence))
                .filter_map(|s| sources(&s.doc).map(|t| (s.doc.clone(), t)))
                .collect();
            print!(
                "{}",
                to_text(findings, |d| cache.get(d).map(String::as_str))
            );
            let s = Summary::of(findings);
            eprintln!(
                "{} errors, {} warnings, {} infos",
                s.errors, s.warnings, s.infos
            );
        }
    }
}

fn read_config(path: Option<PathBuf>) -> Result<factcheck::Config, Error> {
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

/// A corpus from a folder of articles or from a prebuilt index file.
fn load_corpus(path: &Path) -> Result<Corpus, Error> {
    if path.is_file() {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: name.clone(),
            message: e.to_string(),
        })?;
        return Corpus::from_index(&text).map_err(|e| Error::Invalid {
            message: format!("{name}: {e}"),
        });
    }
    Corpus::from_dir(path)
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
            config,
            format,
        } => {
            let config = read_config(config)?;
            let mut corpus = match corpus {
                Some(path) => load_corpus(&path)?,
                None => Corpus::with_seeds(),
            };
            corpus.set_config(config);
            let docs: Vec<Document> = articles
                .iter()
                .map(|a| read_article(a))
                .collect::<Result<_, _>>()?;
            let mut findings = Vec::new();
            for d in &docs {
                findings.extend(corpus.check(d));
            }
            let sources = |id: &str| {
                docs.iter()
                    .find(|d| d.id == id)
                    .map(|d| d.source.clone())
                    .or_else(|| corpus.source(id).map(str::to_string))
            };
            print_findings(&findings, format, &sources);
            Ok(findings
                .iter()
                .any(|f| f.severity == factcheck::Severity::Error))
        }
        Command::Scan {
            dir,
            config,
            format,
        } => {
            let config = read_config(config)?;
            let mut corpus = match dir {
                Some(path) => load_corpus(&path)?,
                None => Corpus::with_seeds(),
            };
            corpus.set_config(config);
            let findings = corpus.scan();
            let sources = |id: &str| corpus.source(id).map(str::to_string);
            print_findings(&findings, format, &sources);
            Ok(findings
                .iter()
                .any(|f| f.severity == factcheck::Severity::Error))
        }
        Command::Index { dir, output } => {
            // Each article is analysed once, straight into the file (in id order: both
            // sources are sorted by file name).
            let docs = match dir {
                Some(path) => load::read_dir(&path)?,
                None => factcheck::seeds::documents().collect(),
            };
            let n = docs.len();
            let text = factcheck::index_file::write(docs.into_iter().map(analyse));
            let name = output.display().to_string();
            std::fs::write(&output, text).map_err(|e| Error::Io {
                path: name.clone(),
                message: e.to_string(),
            })?;
            eprintln!("wrote {name}: {n} articles");
            Ok(false)
        }
        Command::Extract { files, format } => {
            let docs: Vec<Document> = files
                .iter()
                .map(|a| read_article(a))
                .collect::<Result<_, _>>()?;
            let out: Vec<ExtractedDocument> = docs
                .into_iter()
                .map(|d| ExtractedDocument::of(analyse(d)))
                .collect();
            match format {
                OutputFormat::Json => {
                    let v = serde_json::json!({ "documents": out });
                    println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
                }
                OutputFormat::Text => out.iter().for_each(|d| print!("{}", d.to_text())),
            }
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
