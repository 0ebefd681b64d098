/// The longest name accepted, in characters (not bytes).
pub const MAX_NAME_CHARS: usize = 40;

/// Why a community name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    ControlCharacters,
    Duplicate,
}

/// Trims the name and collapses runs of whitespace inside it to one space.
pub fn normalise_name(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a name typed by the user against the rules: required, at most
/// [`MAX_NAME_CHARS`] characters after trimming, no control characters, and
/// unique among `existing` (ignoring case and spacing). `existing` holds the
/// other communities' names; leave out the one being renamed.
pub fn validate_name<'a>(
    raw: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> Result<String, NameError> {
    let name = normalise_name(raw);
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameError::TooLong);
    }
    if name.chars().any(char::is_control) {
        return Err(NameError::ControlCharacters);
    }
    let key = name_key(&name);
    if existing.into_iter().any(|other| name_key(other) == key) {
        return Err(NameError::Duplicate);
    }
    Ok(name)
}

/// What two names that are the same community name (ignoring case and
/// spacing) have in common: for lookups by name.
pub fn name_key(name: &str) -> String {
    normalise_name(name).to_lowercase()
}

/// A name filter as the lists of communities use it: a name matches when
/// it holds the filter's text, both read as [`name_key`] reads them; an
/// empty filter matches every name.
pub struct NameFilter(String);

impl NameFilter {
    pub fn new(text: &str) -> NameFilter {
        NameFilter(name_key(text))
    }

    pub fn matches(&self, name: &str) -> bool {
        self.0.is_empty() || name_key(name).contains(&self.0)
    }
}

/// Whether two names are the same community name (ignoring case and
/// spacing), as [`validate_name`] judges a duplicate.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}
