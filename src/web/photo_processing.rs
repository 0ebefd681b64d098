//! Turning a picked file into an evidence photo in the browser: check it,
//! decode it, downscale it to at most 1600 px on the long side, re-encode it
//! as JPEG and hash the result.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::assessment::{check_photo_upload, fit_within, AssessmentError, PhotoRef, MAX_LONG_SIDE};
use crate::hashing::sha256_hex;

const JPEG_QUALITY: f64 = 0.8;

pub struct ProcessedPhoto {
    pub blob: web_sys::Blob,
    pub photo: PhotoRef,
}

/// Why a file did not become a photo.
pub enum PhotoFailure {
    Refused(AssessmentError),
    /// Not decodable as an image: corrupt, or a format the browser cannot read.
    Unreadable,
}

pub async fn process(file: &web_sys::File, caption: &str) -> Result<ProcessedPhoto, PhotoFailure> {
    check_photo_upload(&file.type_(), file.size() as u64).map_err(PhotoFailure::Refused)?;
    let bitmap = decode(file).await.ok_or(PhotoFailure::Unreadable)?;
    let (width, height) = fit_within(bitmap.width(), bitmap.height(), MAX_LONG_SIDE);
    let blob = encode_jpeg(&bitmap, width, height)
        .await
        .ok_or(PhotoFailure::Unreadable)?;
    bitmap.close();
    let bytes = blob_bytes(&blob).await.ok_or(PhotoFailure::Unreadable)?;
    let taken_at = chrono::DateTime::from_timestamp_millis(file.last_modified() as i64)
        .unwrap_or_else(crate::web::now);
    let photo = PhotoRef {
        hash: sha256_hex(&bytes),
        mime: "image/jpeg".to_string(),
        bytes: bytes.len() as u64,
        width,
        height,
        taken_at,
        caption: caption.to_string(),
    };
    Ok(ProcessedPhoto { blob, photo })
}

async fn decode(file: &web_sys::File) -> Option<web_sys::ImageBitmap> {
    let promise = web_sys::window()?
        .create_image_bitmap_with_blob(file)
        .ok()?;
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

async fn encode_jpeg(
    bitmap: &web_sys::ImageBitmap,
    width: u32,
    height: u32,
) -> Option<web_sys::Blob> {
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, width as f64, height as f64)
        .ok()?;
    let promise = Promise::new(&mut |resolve, _reject| {
        let callback = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob_with_type_and_encoder_options(
            callback.unchecked_ref(),
            "image/jpeg",
            &JsValue::from_f64(JPEG_QUALITY),
        );
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

async fn blob_bytes(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
