use leptos::prelude::*;

#[component]
fn Hello() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <button on:click=move |_| count.update(|n| *n += 1)>"你好 " {move || count.get()}</button>
    }
}

fn main() {
    leptos::mount::mount_to_body(Hello);
}
