use std::process::ExitCode;

use similar::TextDiff;
use xtask::{codegen, index, lint, readme, spec::Spec, spec_path, workspace_root};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  generate          lint openapi/texter.yaml and regenerate crates/texterchat-api and the README tables
  generate --check  write nothing; fail with a diff if the committed output is not what the spec generates
  lint              check the spec's authoring rules only
  scopes            print the operation → scopes table (Markdown)
  index             print the surface index that the insta snapshot holds";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate(false),
        ["generate", "--check"] => generate(true),
        ["lint"] => run_lint(),
        ["scopes"] => load().and_then(|s| readme::operations_table(&s)).map(|t| {
            print!("{t}");
            true
        }),
        ["index"] => load().and_then(|s| {
            let generated = std::fs::read_to_string(
                workspace_root().join("crates/texterchat-api/src/generated.rs"),
            )
            .map_err(|e| format!("cannot read generated.rs: {e}"))?;
            print!("{}", index::surface(&s, &generated)?);
            Ok(true)
        }),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn load() -> Result<Spec, String> {
    Spec::load(&spec_path())
}

fn run_lint() -> Result<bool, String> {
    let spec = load()?;
    let violations = lint::lint(&spec);
    for v in &violations {
        eprintln!("- {v}");
    }
    if violations.is_empty() {
        println!("openapi/texter.yaml follows every authoring rule");
    }
    Ok(violations.is_empty())
}

fn generate(check: bool) -> Result<bool, String> {
    let spec = load()?;
    let (mut files, summary) = codegen::generate(&spec)?;
    let root = workspace_root();
    let readme_path = root.join("README.md");
    let current_readme =
        std::fs::read_to_string(&readme_path).map_err(|e| format!("cannot read README.md: {e}"))?;
    files.push(codegen::GeneratedFile {
        path: "README.md",
        contents: readme::update(&spec, &current_readme)?,
    });

    let mut stale = Vec::new();
    for file in &files {
        let path = root.join(file.path);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk == file.contents {
            continue;
        }
        stale.push(file.path);
        if check {
            let diff = TextDiff::from_lines(&on_disk, &file.contents);
            let text = diff
                .unified_diff()
                .context_radius(2)
                .header(
                    &format!("a/{} (committed)", file.path),
                    &format!("b/{} (from the spec)", file.path),
                )
                .to_string();
            let lines: Vec<&str> = text.lines().collect();
            const LIMIT: usize = 200;
            for line in lines.iter().take(LIMIT) {
                eprintln!("{line}");
            }
            if lines.len() > LIMIT {
                eprintln!("... ({} more diff lines)", lines.len() - LIMIT);
            }
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&path, &file.contents)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    let what = format!(
        "{} operations ({} generated methods), {} schemas ({} open enums), {} scopes, {} request constraints, {} webhook events",
        summary.operations,
        summary.methods,
        summary.schemas,
        summary.open_enums,
        summary.scopes,
        summary.constraints,
        summary.webhook_events
    );
    if check {
        if stale.is_empty() {
            println!("up to date: {what}");
            Ok(true)
        } else {
            eprintln!(
                "\nout of date: {} differ from what openapi/texter.yaml generates. Run `cargo xtask generate` and commit the result.",
                stale.join(", ")
            );
            Ok(false)
        }
    } else {
        println!(
            "generated from openapi/texter.yaml: {what}; {} of {} files changed{}",
            stale.len(),
            files.len(),
            if stale.is_empty() {
                String::new()
            } else {
                format!(" ({})", stale.join(", "))
            }
        );
        Ok(true)
    }
}
