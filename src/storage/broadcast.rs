//! Tells other tabs of the same browser that data changed, so that a kiosk
//! display shows an edit made in another tab without a reload.

use wasm_bindgen::prelude::*;

const CHANNEL: &str = "danzhou-green-community-data";

/// Announces that something was written.
pub fn announce_change() {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&JsValue::from_str("changed"));
        channel.close();
    }
}

/// Listens for changes announced by other tabs until dropped.
pub struct ChangeListener {
    channel: web_sys::BroadcastChannel,
    _callback: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl ChangeListener {
    pub fn new(mut on_change: impl FnMut() + 'static) -> Option<ChangeListener> {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        let callback = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| on_change());
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
