//! Tells other tabs of the same browser that data changed, so that a kiosk
//! display, or a checklist open in another tab, shows an edit made in
//! another tab without a reload. A tab does not hear its own news.

use wasm_bindgen::prelude::*;

const CHANNEL: &str = "danzhou-green-community-data";

thread_local! {
    /// This tab's name on the channel, so that it can ignore its own news.
    static THIS_TAB: String = format!("{}", js_sys::Math::random());
}

/// Announces that something was written.
pub fn announce_change() {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = THIS_TAB.with(|tab| channel.post_message(&JsValue::from_str(tab)));
        channel.close();
    }
}

fn from_this_tab(event: &web_sys::MessageEvent) -> bool {
    let sender = event.data().as_string();
    THIS_TAB.with(|tab| sender.as_deref() == Some(tab.as_str()))
}

/// Listens for changes announced by other tabs until dropped.
pub struct ChangeListener {
    channel: web_sys::BroadcastChannel,
    _callback: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl ChangeListener {
    pub fn new(mut on_change: impl FnMut() + 'static) -> Option<ChangeListener> {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        let callback = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event| {
            if !from_this_tab(&event) {
                on_change();
            }
        });
        channel.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        Some(ChangeListener {
            channel,
            _callback: callback,
        })
    }
}

impl Drop for ChangeListener {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
