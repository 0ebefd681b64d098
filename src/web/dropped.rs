//! What was dropped on the page: files, and the files inside dropped
//! folders (at any depth), through the browser's entries API. The entries
//! must be taken while the drop event runs; reading them may wait.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// What a drop brought: each entry as the drop event gave it.
pub struct Dropped {
    entries: Vec<FileSystemEntry>,
    /// Files of a browser without the entries API.
    plain: Vec<web_sys::File>,
}

impl Dropped {
    /// Takes the dropped entries; call it in the drop handler itself.
    pub fn take(transfer: &DataTransfer) -> Dropped {
        let items = transfer.items();
        let entries: Vec<FileSystemEntry> = (0..items.length())
            .filter_map(|i| items.get(i))
            .filter(|item| item.kind() == "file")
            .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
            .collect();
        let plain = if entries.is_empty() {
            transfer
                .files()
                .map(|list| super::files_of(&list))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        Dropped { entries, plain }
    }

    /// Whether a folder was dropped: its other files are then passed over,
    /// not refused, as when a folder is picked.
    pub fn has_folder(&self) -> bool {
        self.entries.iter().any(FileSystemEntry::is_directory)
    }

    /// Every file dropped, those in folders included, folder by folder in
    /// the order read.
    pub async fn files(self) -> Vec<web_sys::File> {
        let mut files = self.plain;
        let mut pending = self.entries;
        while let Some(entry) = pending.pop() {
            // Checked by the entry's own flags: Chromium's entry classes
            // are not all reachable under their standard names.
            if entry.is_directory() {
                pending.extend(directory_entries(entry.unchecked_ref()).await);
            } else if entry.is_file() {
                files.extend(file_of(entry.unchecked_ref()).await);
            }
        }
        files
    }
}

/// A folder's entries: `readEntries` gives them a batch at a time until it
/// gives none.
async fn directory_entries(directory: &FileSystemDirectoryEntry) -> Vec<FileSystemEntry> {
    let reader = directory.create_reader();
    let mut entries = Vec::new();
    loop {
        let batch = js_sys::Promise::new(&mut |resolve, reject| {
            let _ = reader.read_entries_with_callback_and_callback(&resolve, &reject);
        });
        let Ok(batch) = JsFuture::from(batch).await else {
            return entries;
        };
        let batch: js_sys::Array = batch.unchecked_into();
        if batch.length() == 0 {
            return entries;
        }
        entries.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
    }
}

async fn file_of(entry: &FileSystemFileEntry) -> Option<web_sys::File> {
    let file = js_sys::Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    JsFuture::from(file).await.ok()?.dyn_into().ok()
}
