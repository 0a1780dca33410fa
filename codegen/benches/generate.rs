//! Time to lint and generate everything from the spec: `cargo bench -p lukhas-codegen --bench
//! generate` (release build; `make bench` runs it). Prints a Markdown row per phase, the median of
//! ten runs, for `docs/benchmarks.md`.

use lukhas_codegen::{generate, lint, workspace_root, write};
use lukhas_spec::Spec;
use std::time::Instant;

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut ms: Vec<f64> = (0..10)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    ms[ms.len() / 2]
}

fn main() {
    let path = workspace_root().join("spec/lukhas-openai.yaml");
    let spec = Spec::load(&path).unwrap();
    let out = tempfile::tempdir().unwrap();
    let load = median_ms(|| {
        Spec::load(&path).unwrap();
    });
    let lint = median_ms(|| assert!(lint::lint(&spec).is_empty()));
    let gen = median_ms(|| {
        generate(&spec, "spec/lukhas-openai.yaml").unwrap();
    });
    let all = median_ms(|| {
        let spec = Spec::load(&path).unwrap();
        let output = generate(&spec, "spec/lukhas-openai.yaml").unwrap();
        write(&output, out.path()).unwrap();
    });
    println!(
        "| codegen phase ({} operations), median of 10 | time |\n|---|---|",
        spec.operations.len()
    );
    println!("| parse and resolve the spec | {load:.1} ms |");
    println!("| lint | {lint:.1} ms |");
    println!("| generate (lint, typify, progenitor, Postman, tools, rustfmt) | {gen:.1} ms |");
    println!("| whole `generate` command: load, generate, write | {all:.1} ms |");
}
