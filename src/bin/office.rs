//! The office bundle (`routing::Bundle::Office`), loaded by index.html for the
//! office's routes.

#[cfg(target_arch = "wasm32")]
fn main() {
    danzhou_green_community::views::bundles::office::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
