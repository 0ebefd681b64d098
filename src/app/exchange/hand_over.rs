//! Handing a file over: shared where the phone can share files and the
//! user asked to, downloaded otherwise. Says what actually happened.

use super::ExportFile;
use crate::web::{download, share_file};

/// How the file left the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandedOver {
    Shared,
    Downloaded,
}

/// The browser did not start the download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadFailed;

pub async fn hand_over(file: &ExportFile, share: bool) -> Result<HandedOver, DownloadFailed> {
    if share && share_file(&file.name, &file.bytes, file.mime).await {
        return Ok(HandedOver::Shared);
    }
    download(&file.name, &file.bytes, file.mime)
        .map(|()| HandedOver::Downloaded)
        .map_err(|_| DownloadFailed)
}
