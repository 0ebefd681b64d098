use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{add_office_device, list_this_device_as_office};
use crate::app::state::use_app_state;
use crate::evaluation::{OfficeDevice, MAX_DEVICE_NAME_CHARS};
use crate::exchange::{office_device_file_json, parse_office_device_file};
use crate::i18n::{evaluation_texts, fill};
use crate::web::{download, file_bytes, now, take_picked_files};

/// The office's own devices (only their reviews and notices count): this
/// one, and another office laptop added from the file it exports.
#[component]
pub fn OfficeDevicesPanel() -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let this_device = StoredValue::new(state.workspace.with_untracked(|w| w.device_id.clone()));
    // The office's pages are the office's: this device is one of its own.
    list_this_device_as_office(state, e.this_device);
    let own_entry = move || {
        state.office_devices.with(|list| {
            list.iter()
                .find(|d| d.device_id == this_device.get_value())
                .cloned()
        })
    };
    let outcome = RwSignal::new(None::<(bool, String)>);
    let rename = move |ev: leptos::ev::Event| {
        let name: String = event_target_value(&ev)
            .trim()
            .chars()
            .take(MAX_DEVICE_NAME_CHARS)
            .collect();
        if name.is_empty() {
            return;
        }
        add_office_device(
            state,
            OfficeDevice {
                device_id: this_device.get_value(),
                name,
                added_at: now(),
            },
        );
    };
    let export = move |_| {
        let Some(device) = own_entry() else {
            return;
        };
        let text = state
            .plan_untracked()
            .with(|plan| office_device_file_json(plan, device));
        let _ = download("office-device.json", text.as_bytes(), "application/json");
    };
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let bytes = file_bytes(&file).await.unwrap_or_default();
            match state
                .plan_untracked()
                .with(|plan| parse_office_device_file(&bytes, plan))
            {
                Some(device) => {
                    let line = fill(e.device_added, &[("name", &device.name)]);
                    add_office_device(state, device);
                    outcome.set(Some((true, line)));
                }
                None => outcome.set(Some((false, fill(e.device_file_error, &[("file", &name)])))),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="devices-heading" data-testid="office-devices">
            <h2 id="devices-heading">{e.devices_heading}</h2>
            <p class="muted">{e.devices_intro}</p>
            <ul class="plain-list">
                {move || state.office_devices.get().into_iter().map(|d| {
                    let own = d.device_id == this_device.get_value();
                    view! { <li data-testid="office-device">{d.name.clone()}" · "<code>{d.device_id.to_string()}</code>{own.then(|| format!(" （{}）", e.this_device))}</li> }
                }).collect_view()}
            </ul>
            <label class="field">
                <span>{e.device_name}</span>
                <input type="text" maxlength="40" prop:value=move || own_entry().map(|d| d.name).unwrap_or_default()
                    on:change=rename data-testid="device-name" />
            </label>
            <div class="button-row">
                <button type="button" class="button" on:click=export data-testid="export-device">{e.export_device_file}</button>
                <label class="button file-button">
                    {e.import_device_file}
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="device-file" on:change=pick />
                </label>
            </div>
            {move || outcome.get().map(|(ok, text)| if ok {
                view! { <p role="status">{text}</p> }.into_any()
            } else {
                view! { <p class="field-error" role="alert">{text}</p> }.into_any()
            })}
        </section>
    }
}
