//! Link options for the phone library alone (the cdylib), not the rest of
//! the workspace.
//!
//! Packed relocations: the library's pointers into itself (vtables, string
//! tables, panic locations) need a relocation each at load; written one per
//! 24 bytes they were about 360 KB of the x86_64 library. Packed, they take
//! a few KB. Android reads its own packed format from API 23 (the app's
//! minimum is 26); glibc 2.36+ reads the standard RELR one. Apple's linker
//! packs them already (chained fixups).
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    match (os.as_str(), env.as_str()) {
        ("android", _) => println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android"),
        ("linux", "gnu") => println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs"),
        _ => {}
    }
}
