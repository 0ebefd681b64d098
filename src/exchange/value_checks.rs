//! The checks of single values every part of an import shares: ids,
//! lengths, names, integers, dates and times, and the error they give.

use chrono::{DateTime, NaiveDate, Utc};

use super::error::{ImportError, ValueProblem};

/// The longest id (of a record, device, item, action…), in characters.
pub const MAX_ID_CHARS: usize = 100;
/// The longest person's name (author, device user), in characters.
pub const MAX_PERSON_NAME_CHARS: usize = 200;
/// The largest counter or byte count: the largest integer a browser stores
/// exactly (2^53 − 1).
pub const MAX_STORED_INTEGER: u64 = (1 << 53) - 1;

pub(super) type Checked = Result<(), ImportError>;

pub(super) fn check_id(id: &str, path: &str) -> Checked {
    let length = id.chars().count();
    if length == 0 || length > MAX_ID_CHARS {
        return Err(invalid(path, ValueProblem::BadId));
    }
    Ok(())
}

pub(super) fn check_optional_id<Id: AsRef<str>>(id: &Option<Id>, path: &str) -> Checked {
    id.as_ref().map_or(Ok(()), |id| check_id(id.as_ref(), path))
}

pub(super) fn check_person(name: &str, path: &str) -> Checked {
    check_length(name, MAX_PERSON_NAME_CHARS, path)
}

pub(super) fn check_length(text: &str, max: usize, path: &str) -> Checked {
    let actual = text.chars().count();
    if actual > max {
        return Err(invalid(path, ValueProblem::TooLong { max, actual }));
    }
    Ok(())
}

pub(super) fn check_integer(value: u64, path: &str) -> Checked {
    if value > MAX_STORED_INTEGER {
        return Err(invalid(path, ValueProblem::OutOfRange));
    }
    Ok(())
}

/// Times from 1970 to the end of 9999: a phone whose clock was reset still
/// passes, while absurd values, which would break date arithmetic, do not.
pub(super) fn check_time(time: &DateTime<Utc>, path: &str) -> Checked {
    check_date(&time.date_naive(), path)
}

pub(super) fn check_date(date: &NaiveDate, path: &str) -> Checked {
    let earliest = NaiveDate::from_ymd_opt(1970, 1, 1);
    let latest = NaiveDate::from_ymd_opt(9999, 12, 31);
    match (earliest, latest) {
        (Some(earliest), Some(latest)) if (earliest..=latest).contains(date) => Ok(()),
        _ => Err(invalid(path, ValueProblem::OutOfRange)),
    }
}

pub(super) fn invalid(path: &str, detail: ValueProblem) -> ImportError {
    ImportError::InvalidValue {
        path: path.to_string(),
        detail,
    }
}
