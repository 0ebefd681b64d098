use super::error::too_long;
use super::AssessmentError;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A note as it will be stored: as typed, except that a note of nothing but
/// whitespace is empty. Refused, never cut, when longer than
/// [`MAX_NOTE_CHARS`].
pub fn validate_note(raw: &str) -> Result<String, AssessmentError> {
    if raw.trim().is_empty() {
        return Ok(String::new());
    }
    if let Some(actual) = too_long(raw, MAX_NOTE_CHARS) {
        return Err(AssessmentError::NoteTooLong {
            max: MAX_NOTE_CHARS,
            actual,
        });
    }
    Ok(raw.to_string())
}
