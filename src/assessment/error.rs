/// Why an edit of an assessment was refused. Each variant maps to one
/// Chinese message (`Texts::assessment_error`); nothing is stored when an
/// edit is refused, and text is never cut to fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentError {
    /// 不适用 without a reason.
    ReasonRequired,
    ReasonTooLong {
        max: usize,
        actual: usize,
    },
    NoteTooLong {
        max: usize,
        actual: usize,
    },
    /// The file is not a photo (not `image/*`, an SVG drawing, or empty).
    NotAnImage,
    PhotoTooLarge {
        max_bytes: u64,
        actual: u64,
    },
    /// A photo reference whose hash is not 64 lowercase hex digits.
    BadPhotoHash,
    CaptionTooLong {
        max: usize,
        actual: usize,
    },
    ActionDescriptionRequired,
    ActionDescriptionTooLong {
        max: usize,
        actual: usize,
    },
    /// 其他责任人 left empty.
    ResponsibleRequired,
    ResponsibleTooLong {
        max: usize,
        actual: usize,
    },
    /// A 责任单位 that is not one of the item's area's units.
    UnknownResponsibleUnit(String),
    InspectorRequired,
    InspectorNameTooLong {
        max: usize,
        actual: usize,
    },
    /// This device already has an unfinished inspection of the community.
    InspectionAlreadyOpen,
    /// A residents' survey that cannot be recorded.
    Survey(super::SurveyError),
}

impl std::fmt::Display for AssessmentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for AssessmentError {}

/// `Some(length)` when `text` has more than `max` characters. Lengths are
/// counted in characters, as a person counts 字.
pub(crate) fn too_long(text: &str, max: usize) -> Option<usize> {
    let actual = text.chars().count();
    (actual > max).then_some(actual)
}
