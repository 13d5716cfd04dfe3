//! `baocao`: the command line. Checks plans and reports in files and folders and
//! prints the findings as text, JSON or SARIF; lists the rules.
//!
//! Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O errors
//! (2 wins over 1).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::ffi::OsStr;
    use std::fs;
    use std::io::{self, IsTerminal, Write};
    use std::path::{Path, PathBuf};

    use baocao::batch::{self, cli_messages as messages, has_extension, FileError};
    use baocao::profile::Profile;
    use baocao::render::{self, CheckedFile};
    use baocao::{DocKind, Lang, Options, ProfileRef, Text, PROFILES};
    use clap::{Args, Parser, Subcommand, ValueEnum};
    use indicatif::{ProgressBar, ProgressStyle};

    const OK: i32 = 0;
    const FINDINGS: i32 = 1;
    const FAILURE: i32 = 2;

    /// The extensions a folder is searched for (a `.json` file is a report form; a
    /// `.doc` is listed so that it is named with the advice to save it as .docx).
    const EXTENSIONS: [&str; 6] = ["txt", "md", "json", "docx", "doc", "pdf"];

    #[derive(Parser)]
    #[command(
        name = "baocao",
        version,
        about = "Kiểm tra kế hoạch và báo cáo phòng, chống mua bán người.\n\
                 Checks Vietnamese anti-human-trafficking plans (Kế hoạch) and reports (Báo cáo).",
        after_help = "Mã thoát / exit codes: 0 không có lỗi / no error, \
                      1 có lỗi / errors found, 2 lỗi sử dụng hoặc đọc tệp / usage or I/O error.",
        arg_required_else_help = true
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Kiểm tra văn bản / Check documents (files, folders, or - for stdin)
        Check(CheckArgs),
        /// Liệt kê các quy tắc / List the rules
        Rules(RulesArgs),
        /// Hồ sơ (profile): rút ra từ kế hoạch hoặc in hồ sơ có sẵn, dạng JSON /
        /// Profiles: derive one from a plan, or print a built-in one, as JSON
        Profile(ProfileArgs),
    }

    #[derive(Args)]
    #[group(required = true, multiple = false)]
    struct ProfileArgs {
        /// Print the profile a plan implies (hồ sơ rút ra từ kế hoạch)
        #[arg(long, value_name = "PLAN")]
        from_plan: Option<PathBuf>,

        /// Print a built-in profile (in hồ sơ có sẵn)
        #[arg(long, value_name = "NAME")]
        show: Option<String>,
    }

    #[derive(Args)]
    struct CheckArgs {
        /// Profile (hồ sơ) to check against: a built-in name or a JSON file [default: national]
        #[arg(long, value_name = "NAME|FILE")]
        profile: Option<String>,

        /// Output format (định dạng kết quả)
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,

        /// The day of the check (ngày kiểm tra), YYYY-MM-DD, for reproducible results
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,

        /// Language of messages (ngôn ngữ)
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,

        /// Check as this kind when the document does not say (loại văn bản)
        #[arg(long, value_enum)]
        kind: Option<KindArg>,

        /// Files or folders (.txt, .md, .json, .docx, .pdf inside, recursively); - reads stdin
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    }

    #[derive(Args)]
    struct RulesArgs {
        /// Output format (định dạng)
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,

        /// Language of the titles in the text listing (ngôn ngữ)
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum CheckFormat {
        Text,
        Json,
        Sarif,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum RulesFormat {
        Text,
        Json,
        Markdown,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum LangArg {
        Vi,
        En,
    }

    impl From<LangArg> for Lang {
        fn from(l: LangArg) -> Lang {
            match l {
                LangArg::Vi => Lang::Vi,
                LangArg::En => Lang::En,
            }
        }
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum KindArg {
        Plan,
        Report,
    }

    /// Prints an error: Vietnamese first, English after.
    fn fail(vi: &str, en: &str) {
        let error = messages::cli_error();
        eprintln!("{}: {vi} / {}: {en}", error.vi, error.en);
    }

    /// Prints an error of the command line's own.
    fn say(message: Text) {
        fail(&message.vi, &message.en);
    }

    pub fn run() -> i32 {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            Err(e) => {
                // Help and version go to stdout with 0; usage errors to stderr with 2.
                let _ = e.print();
                return e.exit_code();
            }
        };
        match cli.command {
            Command::Check(args) => check(args),
            Command::Profile(args) => profile(args),
            Command::Rules(args) => {
                let out = match args.format {
                    RulesFormat::Text => render::rules::text(args.lang.into()),
                    RulesFormat::Json => render::json::rules(),
                    RulesFormat::Markdown => render::rules::markdown(),
                };
                write_stdout(&out, OK)
            }
        }
    }

    fn options(args: &CheckArgs) -> Result<Options, ()> {
        let today = match &args.today {
            None => None,
            Some(s) => match baocao::parse_iso_date(s) {
                Ok(d) => Some(d),
                Err(_) => {
                    say(messages::cli_bad_today(s));
                    return Err(());
                }
            },
        };
        let profile = match &args.profile {
            None => None,
            Some(p) => Some(load_profile(p)?),
        };
        let options = Options {
            lang: args.lang.into(),
            today,
            profile,
            kind: args.kind.map(|k| match k {
                KindArg::Plan => DocKind::Plan,
                KindArg::Report => DocKind::Report,
            }),
        };
        if let Err(e) = options.validate() {
            say(messages::cli_bad_options(e.to_string()));
            return Err(());
        }
        Ok(options)
    }

    /// `--profile NAME|FILE`: a built-in name, else a JSON file.
    fn load_profile(p: &str) -> Result<ProfileRef, ()> {
        let known = PROFILES.join(", ");
        let shown = batch::shown(p);
        if PROFILES.contains(&p) {
            return Ok(ProfileRef::Name(p.to_owned()));
        }
        if !Path::new(p).exists() {
            say(messages::cli_unknown_profile_or_file(&shown, &known));
            return Err(());
        }
        let json = match batch::read_file(Path::new(p)).and_then(|b| batch::decode(b, &shown)) {
            Ok(json) => json,
            Err(e) => {
                say(messages::cli_profile_unreadable(Text::from(e)));
                return Err(());
            }
        };
        match Profile::from_json(&json) {
            Ok(profile) => Ok(ProfileRef::from(profile)),
            Err(e) => {
                let at = if e.path.is_empty() {
                    String::new()
                } else {
                    format!(", {}", e.path)
                };
                say(messages::cli_invalid_profile(&shown, at, e.message));
                Err(())
            }
        }
    }

    /// `baocao profile`: a profile as JSON on stdout.
    fn profile(args: ProfileArgs) -> i32 {
        if let Some(name) = &args.show {
            let Some(p) = baocao::profile::built_in(name) else {
                let known = PROFILES.join(", ");
                say(messages::cli_unknown_profile(name, &known));
                return FAILURE;
            };
            return write_stdout(&format!("{}\n", p.to_json()), OK);
        }
        let Some(path) = &args.from_plan else {
            return FAILURE;
        };
        let display = batch::shown(&path.display().to_string());
        let bytes = match batch::read_file(path) {
            Ok(b) => b,
            Err(e) => {
                fail(&e.vi, &e.en);
                return FAILURE;
            }
        };
        let text = match batch::decode(bytes, &display) {
            Ok(text) => text,
            Err(e) => {
                fail(&e.vi, &e.en);
                return FAILURE;
            }
        };
        let name = path
            .file_stem()
            .and_then(OsStr::to_str)
            .unwrap_or("plan")
            .to_owned();
        if let Err(e) = baocao::limits::check_text_length(&text) {
            fail(
                &format!("{display}: {}", e.vi),
                &format!("{display}: {}", e.en),
            );
            return FAILURE;
        }
        let p = Profile::from_plan(&name, &text);
        write_stdout(&format!("{}\n", p.to_json()), OK)
    }

    /// Something to check: stdin or a file.
    enum Input {
        Stdin,
        File(PathBuf),
    }

    fn check(args: CheckArgs) -> i32 {
        let Ok(options) = options(&args) else {
            return FAILURE;
        };
        let mut failed = false;
        let mut inputs = Vec::new();
        // What could not be checked, for SARIF's invocation (each is also said on stderr).
        let mut failures = Vec::new();
        for path in &args.paths {
            if !collect(path, &mut inputs) {
                failed = true;
                failures.push(render::sarif::Failure {
                    path: Some(path.display().to_string()),
                    message: messages::cli_path_unreadable().get(options.lang).to_owned(),
                });
            }
        }

        // Stdin first (once), then every file in parallel; the results keep the order
        // of `inputs`, so the output does not depend on the number of cores.
        let mut stdin = None;
        let mut paths = Vec::new();
        for input in &inputs {
            match input {
                Input::File(path) => paths.push(path.clone()),
                Input::Stdin if stdin.is_some() => {
                    say(messages::cli_stdin_twice());
                    failed = true;
                }
                Input::Stdin => stdin = Some(read_stdin(&options)),
            }
        }
        let mut checked = check_files_with_progress(&paths, &options).into_iter();

        let mut files = Vec::new();
        let mut stdin_used = false;
        for input in inputs {
            let (path, result) = match input {
                Input::File(path) => match checked.next() {
                    Some(result) => (path.display().to_string(), result),
                    None => continue, // one result per file: not reached
                },
                Input::Stdin if stdin_used => continue,
                Input::Stdin => {
                    stdin_used = true;
                    match stdin.take() {
                        Some(result) => ("<stdin>".to_owned(), result),
                        None => continue,
                    }
                }
            };
            match result {
                Ok(file) => files.push(file),
                Err(e) => {
                    fail(&e.vi, &e.en);
                    failures.push(render::sarif::Failure {
                        path: Some(path),
                        message: match options.lang {
                            Lang::Vi => e.vi,
                            Lang::En => e.en,
                        },
                    });
                    failed = true;
                }
            }
        }
        if failed && failures.is_empty() {
            // Stdin named twice: said above.
            failures.push(render::sarif::Failure {
                path: None,
                message: messages::cli_some_paths_unreadable()
                    .get(options.lang)
                    .to_owned(),
            });
        }

        let out = match args.format {
            CheckFormat::Text => render::text::render(&files, options.lang),
            CheckFormat::Json => render::json::render(&files),
            CheckFormat::Sarif => render::sarif::render(&files, &failures, options.lang),
        };
        let code = if failed {
            FAILURE
        } else if render::has_errors(&files) {
            FINDINGS
        } else {
            OK
        };
        write_stdout(&out, code)
    }

    fn read_stdin(options: &Options) -> Result<CheckedFile, FileError> {
        let bytes = batch::read_capped(io::stdin().lock(), "<stdin>")?;
        batch::check_bytes("<stdin>".to_owned(), bytes, options)
    }

    /// The files checked in parallel, with a progress bar on stderr when it is a
    /// terminal and there are enough files for the wait to show.
    fn check_files_with_progress(
        paths: &[PathBuf],
        options: &Options,
    ) -> Vec<Result<CheckedFile, FileError>> {
        const PROGRESS_FROM: usize = 50;
        if paths.len() < PROGRESS_FROM || !io::stderr().is_terminal() {
            return batch::check_files(paths, options, || {});
        }
        let bar = ProgressBar::new(paths.len() as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} tệp / files ({per_sec})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        let results = batch::check_files(paths, options, || bar.inc(1));
        bar.finish_and_clear();
        results
    }

    /// Adds what a path names to `inputs`; false (after saying why) when it cannot.
    fn collect(path: &Path, inputs: &mut Vec<Input>) -> bool {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            return true;
        }
        match fs::metadata(path) {
            Err(e) => {
                // The system's reason once, after the Vietnamese.
                let name = batch::shown(&path.display().to_string());
                let cannot = messages::cli_cannot_read_file(name);
                fail(&format!("{} ({e})", cannot.vi), &cannot.en);
                false
            }
            Ok(m) if m.is_dir() => {
                let before = inputs.len();
                let ok = walk(path, inputs);
                if ok && inputs.len() == before {
                    let note = messages::cli_note();
                    let empty =
                        messages::cli_empty_folder(batch::shown(&path.display().to_string()));
                    eprintln!("{}: {} / {}: {}", note.vi, empty.vi, note.en, empty.en);
                }
                ok
            }
            Ok(_) => {
                inputs.push(Input::File(path.to_owned()));
                true
            }
        }
    }

    /// The files of a folder with a known extension, recursively, sorted by name at
    /// each level. Hidden entries and links to folders are skipped.
    fn walk(dir: &Path, inputs: &mut Vec<Input>) -> bool {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                let name = batch::shown(&dir.display().to_string());
                let cannot = messages::cli_cannot_read_folder(name);
                fail(&format!("{} ({e})", cannot.vi), &cannot.en);
                return false;
            }
        };
        let mut ok = true;
        let mut found = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => found.push(entry),
                Err(e) => {
                    let name = batch::shown(&dir.display().to_string());
                    let cannot = messages::cli_cannot_read_folder(name);
                    fail(&format!("{} ({e})", cannot.vi), &cannot.en);
                    ok = false;
                }
            }
        }
        found.sort_by_key(|e| e.file_name());
        for entry in found {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let is_dir = match entry.file_type() {
                Ok(t) if t.is_symlink() => {
                    // Follow links to regular files; not links to folders (they may loop).
                    match fs::metadata(&path) {
                        Ok(m) if m.is_file() => false,
                        _ => continue,
                    }
                }
                Ok(t) if t.is_dir() => true,
                // Only regular files are read from a folder: a FIFO, socket or device
                // named .txt is skipped, never opened.
                Ok(t) if !t.is_file() => continue,
                Ok(_) | Err(_) => false,
            };
            if is_dir {
                ok &= walk(&path, inputs);
            } else if EXTENSIONS.iter().any(|ext| has_extension(&path, ext)) {
                inputs.push(Input::File(path));
            }
        }
        ok
    }

    /// Writes the output; a closed pipe (`baocao … | head`) is not an error.
    fn write_stdout(out: &str, code: i32) -> i32 {
        let mut stdout = io::stdout().lock();
        match stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => code,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => code,
            Err(e) => {
                let cannot = messages::cli_cannot_write();
                fail(&format!("{} ({e})", cannot.vi), &cannot.en);
                FAILURE
            }
        }
    }
}
