//! The phone bundle, which index.html loads for every route but the
//! office's and the kiosk's (see `routing::Bundle`).

#[cfg(target_arch = "wasm32")]
fn main() {
    danzhou_green_community::views::bundles::phone::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
