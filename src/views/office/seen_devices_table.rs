use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::office_key_texts;
use crate::signing::fingerprint_of;

/// Per community, the devices whose signed files the office has taken.
#[component]
pub fn SeenDevicesTable() -> impl IntoView {
    let s = office_key_texts();
    let state = use_app_state();
    let rows = move || {
        state.key_book.with(|book| {
            state.workspace.with(|w| {
                let mut rows: Vec<(String, Vec<crate::signing::SeenDevice>)> = book
                    .seen_devices
                    .by_community
                    .iter()
                    .map(|(id, devices)| {
                        let name = w
                            .community(id)
                            .map(|c| c.name.clone())
                            .unwrap_or_else(|| id.to_string());
                        (name, devices.clone())
                    })
                    .collect();
                crate::sorting::sort_by(&mut rows, |a, b| a.0.cmp(&b.0));
                rows
            })
        })
    };
    view! {
        <section class="card" data-testid="seen-devices">
            <h2>{s.devices_heading}</h2>
            <p class="muted">{s.devices_explain}</p>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p>{s.devices_none}</p> }.into_any();
                }
                view! {
                    <div class="table-scroll">
                        <table class="office-table">
                            <thead><tr>
                                <th scope="col">{s.devices_community}</th>
                                <th scope="col">{s.devices_device}</th>
                                <th scope="col">{s.devices_user}</th>
                                <th scope="col">{s.devices_seen}</th>
                                <th scope="col">{s.devices_files}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().flat_map(|(name, devices)| {
                                    devices.into_iter().map(move |d| view! {
                                        <tr>
                                            <th scope="row">{name.clone()}</th>
                                            <td><code>{fingerprint_of(&d.public_key)}</code></td>
                                            <td>{d.user.clone()}</td>
                                            <td>{format!("{} / {}", d.first_seen, d.last_seen)}</td>
                                            <td>{d.files}</td>
                                        </tr>
                                    })
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
