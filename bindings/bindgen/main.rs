//! `uniffi-bindgen generate --library <libpocket_ffi> --language kotlin|swift --out-dir <dir>`:
//! reads the UniFFI metadata from the unstripped library and writes the
//! bindings. Run through `make bindings`.
fn main() {
    uniffi::uniffi_bindgen_main()
}
