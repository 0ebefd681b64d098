//! The start bundle (`routing::Bundle::Start`), loaded by index.html for the
//! first run of a device that has never held a community.

#[cfg(target_arch = "wasm32")]
fn main() {
    danzhou_green_community::views::bundles::start::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
