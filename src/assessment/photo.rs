//! Evidence photos. The records hold only a reference; the image itself is
//! stored by the browser, keyed by its hash.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::too_long;
use super::AssessmentError;

/// The largest file accepted for upload: 30 MB.
pub const MAX_PHOTO_BYTES: u64 = 30 * 1024 * 1024;
/// The longest caption, in characters.
pub const MAX_CAPTION_CHARS: usize = 200;
/// Photos are downscaled so that their longer side is at most this.
pub const MAX_LONG_SIDE: u32 = 1600;

/// One photo attached to an item, as recorded in a change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoRef {
    /// SHA-256 of the stored image bytes, 64 lowercase hex digits.
    pub hash: String,
    /// `image/jpeg` and the like, of the stored image.
    pub mime: String,
    /// Size of the stored image.
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
    pub taken_at: DateTime<Utc>,
    /// May be empty.
    pub caption: String,
}

impl PhotoRef {
    /// The reference with its caption trimmed, or why it cannot be recorded.
    pub fn validated(self) -> Result<PhotoRef, AssessmentError> {
        validate_photo_hash(&self.hash)?;
        check_image_mime(&self.mime)?;
        let caption = validate_caption(&self.caption)?;
        Ok(PhotoRef { caption, ..self })
    }
}

/// A SHA-256 in lowercase hex, as the storage keys images.
pub fn validate_photo_hash(hash: &str) -> Result<(), AssessmentError> {
    let is_lower_hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    if hash.len() == 64 && hash.chars().all(is_lower_hex) {
        Ok(())
    } else {
        Err(AssessmentError::BadPhotoHash)
    }
}

/// A caption, trimmed; refused when too long.
pub fn validate_caption(raw: &str) -> Result<String, AssessmentError> {
    let caption = raw.trim();
    match too_long(caption, MAX_CAPTION_CHARS) {
        Some(actual) => Err(AssessmentError::CaptionTooLong {
            max: MAX_CAPTION_CHARS,
            actual,
        }),
        None => Ok(caption.to_string()),
    }
}

/// Whether a file the user picked may become an evidence photo: an image
/// (not empty) of at most [`MAX_PHOTO_BYTES`].
pub fn check_photo_upload(mime: &str, size_bytes: u64) -> Result<(), AssessmentError> {
    check_image_mime(mime)?;
    if size_bytes == 0 {
        return Err(AssessmentError::NotAnImage);
    }
    if size_bytes > MAX_PHOTO_BYTES {
        return Err(AssessmentError::PhotoTooLarge {
            max_bytes: MAX_PHOTO_BYTES,
            actual: size_bytes,
        });
    }
    Ok(())
}

/// `image/*`, except SVG: a drawing is not a photo and may carry scripts.
fn check_image_mime(mime: &str) -> Result<(), AssessmentError> {
    let mime = mime.trim().to_ascii_lowercase();
    match mime.strip_prefix("image/") {
        Some(subtype) if !subtype.is_empty() && !subtype.starts_with("svg") => Ok(()),
        _ => Err(AssessmentError::NotAnImage),
    }
}

/// The size to downscale a photo to so that its longer side is at most
/// `max_long_side`, keeping the aspect ratio. Smaller photos keep their size;
/// no side becomes 0.
pub fn fit_within(width: u32, height: u32, max_long_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max_long_side || max_long_side == 0 {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(max_long_side) + u64::from(long) / 2) / u64::from(long);
        (scaled as u32).max(1)
    };
    (scale(width), scale(height))
}
