//! The kiosk bundle (`routing::Bundle::Kiosk`), loaded by index.html for the
//! kiosk's routes.

#[cfg(target_arch = "wasm32")]
fn main() {
    danzhou_green_community::views::bundles::kiosk::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
