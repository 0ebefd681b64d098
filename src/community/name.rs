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
    let key = comparison_key(&name);
    if existing
        .into_iter()
        .any(|other| comparison_key(other) == key)
    {
        return Err(NameError::Duplicate);
    }
    Ok(name)
}

fn comparison_key(name: &str) -> String {
    normalise_name(name).to_lowercase()
}

/// Whether two names are the same community name (ignoring case and
/// spacing), as [`validate_name`] judges a duplicate; compares without
/// making new strings, for checks against many names.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |name: &str| {
        name.split_whitespace()
            .flat_map(|word| word.chars().flat_map(char::to_lowercase).chain([' ']))
            .collect::<Vec<char>>()
    };
    // A cheap first look: names differing in their non-space length cannot be the same.
    let letters = |name: &str| name.chars().filter(|c| !c.is_whitespace()).count();
    letters(a) == letters(b) && words(a) == words(b)
}
