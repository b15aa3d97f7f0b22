//! Finds the interface languages: every `.ftl` file in
//! `src/app/ui/text/locales/` is compiled in, so adding a language is
//! adding a file. And turns the shipped tables (`data/*.toml`, written by
//! people) into JSON, which the crate reads with the JSON parser it has
//! anyway: no TOML parser in the phone library.

use std::fmt::Write;
use std::path::Path;

fn main() {
    for table in ["limits", "countries"] {
        table_as_json(table);
    }
    let folder = manifest_dir().join("src/app/ui/text/locales");
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("the locales folder exists")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut code = String::from(
        "/// Every locale file: (language tag, Fluent source).\npub(crate) const LOCALE_FILES: &[(&str, &str)] = &[\n",
    );
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let tag = path.file_stem().and_then(|s| s.to_str()).expect("a locale file is named by its language tag");
        writeln!(code, "    ({tag:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locale_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// `data/{name}.toml` as `OUT_DIR/{name}.json`.
fn table_as_json(name: &str) {
    let source = manifest_dir().join("data").join(format!("{name}.toml"));
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("the shipped table is readable");
    let table: toml::Value = toml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", source.display()));
    let json = serde_json::to_string(&table).expect("a TOML table is JSON");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(format!("{name}.json"));
    std::fs::write(out, json).expect("OUT_DIR is writable");
}

/// This crate's folder, as cargo names it to this run: a build script
/// compiled for one checkout may be run again for another sharing its
/// target folder, so the folder is not baked in at compile time.
fn manifest_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}
