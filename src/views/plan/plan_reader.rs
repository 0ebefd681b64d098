use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, ItemId};
use crate::plan::{Area, Plan};
use crate::routing::Route;
use crate::web::{scroll_to_element, today};

/// The whole plan, readable in the app. Each checklist item has its place
/// under its area, with a link back to the item in the current community.
#[component]
pub fn PlanReader(focus_item: Option<ItemId>) -> impl IntoView {
    let state = use_app_state();
    let plan = (*state.plan_untracked().get()).clone();
    let current = state
        .preferences
        .with_untracked(|p| p.current_community.clone());
    let current = current.filter(|id| {
        state
            .workspace
            .with_untracked(|w| w.community(id).is_some())
    });
    if let Some(item) = focus_item.clone() {
        request_animation_frame(move || {
            scroll_to_element(&plan_item_anchor(&item));
        });
    }
    view! {
        <article class="plan-reader" lang="zh-CN">
            <h1>{plan.full_title.clone()}</h1>
            <p class="preamble">{plan.preamble.clone()}</p>
            <Basis plan=plan.clone() />
            <GoalSection plan=plan.clone() />
            <Organisation plan=plan.clone() />
            <section>
                <h2>{format!("三、{}", plan.areas_title)}</h2>
                {plan.areas.iter().map(|area| view! {
                    <AreaText area=area.clone() current=current.clone() focus=focus_item.clone() />
                }).collect_view()}
            </section>
            <Implementation plan=plan.clone() />
            <section>
                <h2>{format!("五、{}", plan.safeguards_title)}</h2>
                {plan.safeguards.iter().map(|s| view! {
                    <h3>{format!("{}{}", s.number, s.title)}</h3>
                    <p>{s.text.clone()}</p>
                }).collect_view()}
            </section>
        </article>
    }
}

pub fn plan_item_anchor(item_id: &ItemId) -> String {
    format!("plan-item-{item_id}")
}

#[component]
fn Basis(plan: Plan) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{texts().plan_basis}</h2>
            <ul>
                {plan.basis.iter().map(|d| view! {
                    <li>{format!("《{}》（{}）", d.title, d.number)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn GoalSection(plan: Plan) -> impl IntoView {
    let t = texts();
    let goal = plan.goal;
    let share = crate::figures::percent(goal.target_share).to_string();
    view! {
        <section>
            <h2>{format!("一、{}", goal.title)}</h2>
            {goal.text.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <p class="callout">
                <strong>{t.label_text(t.target, "")}</strong>
                {fill(t.target_text, &[("year", &goal.target_year.to_string()), ("share", &share)])}
                {format!("（{}：{}）", goal.scope, goal.aims.join("、"))}
            </p>
        </section>
    }
}

#[component]
fn Organisation(plan: Plan) -> impl IntoView {
    let t = texts();
    let org = plan.organisation;
    let office = org.office;
    let tel = format!("tel:{}{}", office.area_code, office.phone);
    view! {
        <section>
            <h2>{format!("二、{}", org.title)}</h2>
            <p>{org.text.clone()}</p>
            <h3>{org.leading_group.name.clone()}</h3>
            <table class="members">
                <tbody>
                    {org.leading_group.members.iter().map(|m| view! {
                        <tr><th scope="row">{m.role.clone()}</th><td>{m.name.clone()}</td><td>{m.post.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="card">
                <h3>{t.plan_office}</h3>
                <p>{office.text.clone()}</p>
                <p>{t.label_text(t.plan_office_director, &format!("{}（{}）", office.director.name, office.director.post))}</p>
                <p>{t.label_text(t.plan_office_phone, "")}<a href=tel>{office.phone.clone()}</a></p>
            </div>
        </section>
    }
}

#[component]
fn AreaText(area: Area, current: Option<CommunityId>, focus: Option<ItemId>) -> impl IntoView {
    let t = texts();
    let items = area.items.iter().enumerate().map(|(i, item)| {
        let focused = focus.as_ref() == Some(&item.id);
        let link = current.clone().map(|community_id| {
            let href = Route::Item { community_id, item_id: item.id.clone() }.href();
            view! { <a class="text-link" href=href>{t.open_item}" →"</a> }
        });
        view! {
            <li id=plan_item_anchor(&item.id) class="plan-item" class:focused=focused>
                <p class="plan-item-title">{format!("{}.{} {}", area.number_index(), i + 1, item.title)}</p>
                <blockquote>{item.source.clone()}</blockquote>
                {link}
            </li>
        }
    }).collect_view();
    view! {
        <section class="plan-area" id=format!("plan-area-{}", area.id)>
            <h3>{format!("{}{}", area.number, area.title)}</h3>
            <p>{area.text.clone()}</p>
            <p><strong>{t.label_text(t.responsible_units, "")}</strong>{area.responsible_units.join("、")}</p>
            <details class="plan-items" open=focus.is_some()>
                <summary>{t.plan_items_of_area}{t.aside(&area.items.len().to_string())}</summary>
                {current.is_none().then(|| view! { <p class="muted">{t.choose_community_for_items}</p> })}
                <ul>{items}</ul>
            </details>
        </section>
    }
}

#[component]
fn Implementation(plan: Plan) -> impl IntoView {
    let t = texts();
    view! {
        <section>
            <h2>{format!("四、{}", plan.implementation_title)}</h2>
            {plan.implementation.iter().map(|step| {
                let due = step.due_in(today().year());
                let deadline = due.map(|due| {
                    let passed = !due.yearly && due.date < today();
                    view! {
                        <p class="callout" data-deadline=step.id.clone()>
                            <strong>{t.label_text(t.deadline, "")}</strong>
                            {format!("{}{}{}", t.due_when(&due), t.clause_separator, due.label)}
                            {passed.then(|| view! { <span class="badge badge-overdue">{t.deadline_passed}</span> })}
                        </p>
                    }
                });
                view! {
                    <h3>{format!("{}{}", step.number, step.title)}</h3>
                    <p>{step.text.clone()}</p>
                    {deadline}
                }
            }).collect_view()}
        </section>
    }
}
