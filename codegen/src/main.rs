//! `lukhas-codegen generate|check|lint|json [--spec PATH] [--out DIR]`
//!
//! `generate` writes every generated file; `check` exits non-zero with a summary when any committed
//! file is missing or stale; `lint` only reports spec problems; `json` prints the spec as JSON (for
//! the API reference page, scripts/api_reference.sh). Paths default to the workspace's.

use lukhas_codegen::{generate, stale, workspace_root, write, Output};
use lukhas_spec::Spec;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: lukhas-codegen generate|check|lint|json [--spec PATH] [--out DIR]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(command) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let root = workspace_root();
    let mut spec_path = root.join("spec/lukhas-openai.yaml");
    let mut out_dir = root.clone();
    while let Some(flag) = args.next() {
        match (flag.as_str(), args.next()) {
            ("--spec", Some(v)) => spec_path = PathBuf::from(v),
            ("--out", Some(v)) => out_dir = PathBuf::from(v),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let started = Instant::now();
    let spec = match Spec::load(&spec_path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let spec_name = spec_path
        .strip_prefix(&root)
        .unwrap_or(&spec_path)
        .display()
        .to_string();
    if command == "json" {
        let mut out = std::io::stdout().lock();
        return match serde_json::to_writer(&mut out, &spec.doc) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if command == "lint" {
        let findings = lukhas_codegen::lint::lint(&spec);
        for f in &findings {
            eprintln!("{}: {f}", spec_name);
        }
        if findings.is_empty() {
            println!(
                "{spec_name}: {} operations, no problems",
                spec.operations.len()
            );
            return ExitCode::SUCCESS;
        }
        return ExitCode::FAILURE;
    }
    let output: Output = match generate(&spec, &spec_name) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    match command.as_str() {
        "generate" => {
            if let Err(e) = write(&output, &out_dir) {
                eprintln!("error: {e:#}");
                return ExitCode::FAILURE;
            }
            println!(
                "generated {} files from {} ({} operations) in {} ms",
                output.len(),
                spec_name,
                spec.operations.len(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        "check" => {
            let diffs = stale(&output, &out_dir);
            if diffs.is_empty() {
                println!("{} generated files are current", output.len());
                ExitCode::SUCCESS
            } else {
                eprintln!("generated files are stale; run `make generate`:");
                for d in diffs {
                    eprintln!("  {d}");
                }
                ExitCode::FAILURE
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
