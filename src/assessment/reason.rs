use super::error::too_long;
use super::AssessmentError;

/// The longest reason for 不适用, in characters.
pub const MAX_REASON_CHARS: usize = 200;

/// A reason for 不适用, trimmed; refused when empty or too long.
pub fn validate_reason(raw: &str) -> Result<String, AssessmentError> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(AssessmentError::ReasonRequired);
    }
    if let Some(actual) = too_long(reason, MAX_REASON_CHARS) {
        return Err(AssessmentError::ReasonTooLong {
            max: MAX_REASON_CHARS,
            actual,
        });
    }
    Ok(reason.to_string())
}
