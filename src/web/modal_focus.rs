//! Keyboard focus for modal dialogs: Tab and Shift+Tab go round the
//! dialog's own controls instead of leaving it, and when the dialog closes
//! focus goes back to the control that opened it.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};

const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select:not([disabled]), \
                         textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

/// Call in the dialog's component: when it is removed, focus returns to
/// the element that had it when the dialog was made.
pub fn return_focus_on_close() {
    let opener = active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let opener = SendWrapper::new(opener);
    on_cleanup(move || {
        if let Some(opener) = opener.take() {
            let _ = opener.focus();
        }
    });
}

/// The `keydown` handler for a dialog's outermost element: Escape runs
/// `close` (for this dialog only, not one it was opened from), and Tab past
/// the last control goes to the first, Shift+Tab before the first to the
/// last.
pub fn modal_keys(close: impl Fn() + 'static) -> impl Fn(KeyboardEvent) + 'static {
    move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            close();
        } else {
            keep_focus_inside(&ev);
        }
    }
}

fn keep_focus_inside(ev: &KeyboardEvent) {
    // A dialog inside another handles its own Tab first.
    if ev.key() != "Tab" || ev.default_prevented() {
        return;
    }
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return;
    };
    let controls = focusable_in(&dialog);
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active: JsValue = active_element().map(Into::into).unwrap_or(JsValue::NULL);
    let (edge, wrap_to) = if ev.shift_key() {
        (first, last)
    } else {
        (last, first)
    };
    let edge: &JsValue = edge.as_ref();
    if active == *edge || !dialog.contains(active.dyn_ref()) {
        ev.prevent_default();
        let _ = wrap_to.focus();
    }
}

fn focusable_in(dialog: &Element) -> Vec<HtmlElement> {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn active_element() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Moves the focus to the first element under `root` that `selector`
/// picks, on the next frame (once a list has drawn its new rows).
pub fn focus_on_next_frame(root: Option<Element>, selector: String) {
    request_animation_frame(move || {
        let target = root.and_then(|root| root.query_selector(&selector).ok().flatten());
        if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    });
}
