use leptos::prelude::*;

use crate::app::commands::edit_unit_plan;
use crate::app::state::use_app_state;
use crate::city::{missing_unit_plans, UnitPlan};
use crate::i18n::{city_texts, fill, texts};
use crate::web::today;

/// Each responsible unit's own implementation plan: the plan's deadline
/// for them, which have been received, and the record of each.
#[component]
pub fn UnitPlansPanel() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let units: Vec<String> = state.plan().with(|plan| {
        plan.responsible_units()
            .into_iter()
            .map(String::from)
            .collect()
    });
    let deadline = state.plan().with(|plan| {
        plan.deadline_about("unit_plans").map(|due| {
            let passed = due.date < today();
            let text = format!("{}{}{}", t.due_when(&due), t.clause_separator, due.label);
            (text, passed)
        })
    });
    let missing = move || {
        state.city.with(|c| {
            state
                .plan()
                .with(|plan| missing_unit_plans(plan, &c.unit_plans).len())
        })
    };
    view! {
        <section class="card" data-testid="unit-plans">
            <h2>{city_texts().unit_plans_title}</h2>
            {deadline.map(|(text, passed)| view! {
                <p class="callout">
                    <strong>{t.label_text(t.deadline, "")}</strong>{text}
                    {passed.then(|| view! { <span class="badge badge-overdue">{t.deadline_passed}</span> })}
                </p>
            })}
            <p role="status" data-testid="unit-plans-missing">
                {move || match missing() {
                    0 => city_texts().unit_plans_all_in.to_string(),
                    n => fill(city_texts().unit_plans_missing, &[("n", &n.to_string())]),
                }}
            </p>
            <div class="table-scroll">
                <table class="office-table">
                    <thead><tr>
                        <th scope="col">{city_texts().col_unit}</th>
                        <th scope="col">{city_texts().col_received}</th>
                        <th scope="col">{city_texts().col_received_on}</th>
                        <th scope="col">{city_texts().col_document_number}</th>
                        <th scope="col">{city_texts().col_note}</th>
                    </tr></thead>
                    <tbody>
                        {units.into_iter().map(unit_row).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn unit_row(unit: String) -> impl IntoView {
    let state = use_app_state();
    let name = StoredValue::new(unit.clone());
    let current = move || {
        state
            .city
            .with(|c| c.unit_plans.get(&name.get_value()).cloned())
            .unwrap_or_default()
    };
    let edit = move |change: Box<dyn FnOnce(&mut UnitPlan)>| {
        edit_unit_plan(state, name.get_value(), change)
    };
    let label = move |column: &str| format!("{} {column}", name.get_value());
    view! {
        <tr data-unit=unit.clone()>
            <th scope="row">{unit.clone()}</th>
            <td><input type="checkbox" prop:checked=move || current().received aria-label=label(city_texts().col_received)
                on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |p| p.received = on)) } /></td>
            <td><input type="date" prop:value=move || current().received_on.map(|d| d.to_string()).unwrap_or_default() aria-label=label(city_texts().col_received_on)
                on:change=move |ev| { let day = event_target_value(&ev).parse().ok(); edit(Box::new(move |p| p.received_on = day)) } /></td>
            <td><input type="text" maxlength="100" prop:value=move || current().document_number aria-label=label(city_texts().col_document_number)
                on:change=move |ev| { let text = event_target_value(&ev).trim().to_string(); edit(Box::new(move |p| p.document_number = text)) } /></td>
            <td><input type="text" maxlength="2000" prop:value=move || current().note aria-label=label(city_texts().col_note)
                on:change=move |ev| { let text = event_target_value(&ev).trim().to_string(); edit(Box::new(move |p| p.note = text)) } /></td>
        </tr>
    }
}
