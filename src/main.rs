#[cfg(target_arch = "wasm32")]
fn main() {
    danzhou_green_community::views::apply_remembered_language();
    leptos::mount::mount_to_body(danzhou_green_community::views::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
