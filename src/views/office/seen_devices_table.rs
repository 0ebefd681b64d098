use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{office_key_texts, signing_texts};
use crate::ids::CommunityId;
use crate::signing::{fingerprint_of, SeenDevice};
use crate::views::widgets::show_more::{ShowMore, PAGE};

/// Per community, the devices whose signed files the office has taken: a
/// page of communities at a time, those whose files came from more than one
/// device first (where a file from an unexpected phone would show).
#[component]
pub fn SeenDevicesTable() -> impl IntoView {
    let s = office_key_texts();
    let state = use_app_state();
    let limit = RwSignal::new(PAGE);
    // The communities in the order shown, with how many devices each.
    let order = Memo::new(move |_| {
        state.key_book.with(|book| {
            state.workspace.with(|w| {
                let mut order: Vec<(usize, String, CommunityId)> = book
                    .seen_devices
                    .by_community
                    .iter()
                    .map(|(id, devices)| {
                        let name = w
                            .community(id)
                            .map(|c| c.name.clone())
                            .unwrap_or_else(|| id.to_string());
                        (devices.len(), name, id.clone())
                    })
                    .collect();
                crate::sorting::sort_by(&mut order, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                order
            })
        })
    });
    let shown = move || {
        let page: Vec<(String, CommunityId)> = order.with(|order| {
            order
                .iter()
                .take(limit.get())
                .map(|(_, name, id)| (name.clone(), id.clone()))
                .collect()
        });
        state.key_book.with(|book| {
            page.into_iter()
                .map(|(name, id)| (name, book.seen_devices.of(&id).to_vec()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" data-testid="seen-devices">
            <h2>{s.devices_heading}</h2>
            <p class="muted">{s.devices_explain}</p>
            <Show when=move || order.with(|o| !o.is_empty()) fallback=move || view! { <p>{s.devices_none}</p> }>
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
                            {move || shown().into_iter().flat_map(|(name, devices)| {
                                devices.into_iter().map(move |d| device_row(&name, d))
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <ShowMore total=Signal::derive(move || order.with(Vec::len)) limit=limit
                    on_more=Callback::new(|_| {}) />
            </Show>
        </section>
    }
}

fn device_row(community: &str, device: SeenDevice) -> impl IntoView {
    let user = if device.user.is_empty() {
        signing_texts().unknown_user.to_string()
    } else {
        device.user
    };
    view! {
        <tr>
            <th scope="row">{community.to_string()}</th>
            <td><code>{fingerprint_of(&device.public_key)}</code></td>
            <td>{user}</td>
            <td>{format!("{} / {}", device.first_seen, device.last_seen)}</td>
            <td>{device.files}</td>
        </tr>
    }
}
