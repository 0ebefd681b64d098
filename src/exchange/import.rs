//! Reading an export file. [`parse_export`] checks the whole file before
//! anything is written, so the caller can write all of it or nothing. The
//! checks run from the outside in, so that the message names the most
//! basic problem: size, JSON, format name, schema version, plan, shape of
//! every value (with its path), checksum, then the rules for each value
//! (see [`super::validate`]). No input makes it panic.
//!
//! Photos: a file exported without photos has an empty `photos` list while
//! its records still mention photos. That is allowed; the import summary
//! counts the photos whose bytes are missing (the app shows their details
//! without the image). Photo bytes that are present must hash to their
//! hash.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::checksum::checksum_matches;
use super::error::{clipped, ImportError, ValueProblem};
use super::format::{
    ExportDocument, ExportedCommunity, CHECKSUM_ALGORITHM, EXPORT_FORMAT, SCHEMA_VERSION,
};
use super::validate::validate_document;
use crate::plan::Plan;

/// The largest file the app imports: 100 MB.
pub const MAX_IMPORT_BYTES: u64 = 100 * 1024 * 1024;

/// The document in `bytes`, completely checked against `plan`, or the first
/// reason it cannot be imported.
pub fn parse_export(
    bytes: &[u8],
    plan: &Plan,
    max_bytes: u64,
) -> Result<ExportDocument, ImportError> {
    check_size(bytes, max_bytes)?;
    let Value::Object(root) = parse_json(bytes)? else {
        return Err(ImportError::NotThisFormat);
    };
    check_format(&root)?;
    check_schema_version(&root)?;
    check_plan(&root, plan)?;
    check_checksum_present(&root)?;
    let document = read_document(root)?;
    if !checksum_matches(&document) {
        return Err(ImportError::ChecksumMismatch);
    }
    validate_document(&document, plan)?;
    Ok(document)
}

fn check_size(bytes: &[u8], max_bytes: u64) -> Result<(), ImportError> {
    let actual = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if actual > max_bytes {
        return Err(ImportError::TooLarge { max_bytes, actual });
    }
    Ok(())
}

/// UTF-8 JSON, with a leading byte-order mark allowed. Text that starts
/// like an export (`{`) but ends early, even inside a character, is
/// [`ImportError::Truncated`].
fn parse_json(bytes: &[u8]) -> Result<Value, ImportError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let looks_like_object = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    let cut_off = |ended_early: bool| {
        if ended_early && looks_like_object {
            ImportError::Truncated
        } else {
            ImportError::NotJson
        }
    };
    let text = std::str::from_utf8(bytes).map_err(|e| cut_off(e.error_len().is_none()))?;
    serde_json::from_str(text)
        .map_err(|e| cut_off(e.classify() == serde_json::error::Category::Eof))
}

fn check_format(root: &Map<String, Value>) -> Result<(), ImportError> {
    match root.get("format") {
        Some(Value::String(name)) if name == EXPORT_FORMAT => Ok(()),
        _ => Err(ImportError::NotThisFormat),
    }
}

fn check_schema_version(root: &Map<String, Value>) -> Result<(), ImportError> {
    let invalid = |detail| ImportError::InvalidValue {
        path: "schema_version".into(),
        detail,
    };
    let found = match root.get("schema_version") {
        None => return Err(invalid(ValueProblem::Missing)),
        Some(value) => value.as_u64().filter(|v| *v >= 1),
    };
    match found {
        None => Err(invalid(ValueProblem::Malformed(
            "a whole number, 1 or more".into(),
        ))),
        Some(found) if found > u64::from(SCHEMA_VERSION) => Err(ImportError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        }),
        Some(_) => Ok(()),
    }
}

fn check_plan(root: &Map<String, Value>, plan: &Plan) -> Result<(), ImportError> {
    let text_at = |key: &str| {
        root.get("plan")
            .and_then(|p| p.get(key))
            .and_then(Value::as_str)
    };
    let (Some(id), Some(version)) = (text_at("id"), text_at("version")) else {
        return Err(ImportError::InvalidValue {
            path: "plan".into(),
            detail: ValueProblem::Missing,
        });
    };
    if id != plan.id {
        return Err(ImportError::UnknownPlan { id: clipped(id) });
    }
    if version != plan.version {
        return Err(ImportError::PlanVersionMismatch {
            found: clipped(version),
            expected: plan.version.clone(),
        });
    }
    Ok(())
}

/// A missing or unusable checksum is reported as a mismatch: either way
/// the file cannot be trusted to be complete.
fn check_checksum_present(root: &Map<String, Value>) -> Result<(), ImportError> {
    let checksum = root.get("checksum");
    let algorithm = checksum.and_then(|c| c.get("algorithm"));
    let value = checksum.and_then(|c| c.get("value"));
    match (algorithm, value) {
        (Some(Value::String(a)), Some(Value::String(_))) if a == CHECKSUM_ALGORITHM => Ok(()),
        _ => Err(ImportError::ChecksumMismatch),
    }
}

/// The typed document, read member by member so that a bad value is
/// reported with its path.
fn read_document(root: Map<String, Value>) -> Result<ExportDocument, ImportError> {
    let mut members = Members::new(root, String::new());
    Ok(ExportDocument {
        format: members.take("format")?,
        schema_version: members.take("schema_version")?,
        app_version: members.take("app_version")?,
        plan: members.take("plan")?,
        exported_at: members.take("exported_at")?,
        device: members.take("device")?,
        communities: members.take_each("communities", read_community)?,
        photos: members.take_each("photos", typed)?,
        checksum: members
            .take("checksum")
            .map_err(|_| ImportError::ChecksumMismatch)?,
    })
}

fn read_community(value: Value, path: String) -> Result<ExportedCommunity, ImportError> {
    let mut members = Members::of(value, path)?;
    Ok(ExportedCommunity {
        community: members.take("community")?,
        changes: members.take_each("changes", typed)?,
        inspections: members.take_each("inspections", typed)?,
        last_exported_at: members.take_optional("last_exported_at")?,
    })
}

/// The members of one JSON object, taken out one at a time.
struct Members {
    map: Map<String, Value>,
    path: String,
}

impl Members {
    fn new(map: Map<String, Value>, path: String) -> Self {
        Members { map, path }
    }

    fn of(value: Value, path: String) -> Result<Self, ImportError> {
        match value {
            Value::Object(map) => Ok(Members::new(map, path)),
            _ => Err(malformed(path, "an object")),
        }
    }

    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn take<T: DeserializeOwned>(&mut self, key: &str) -> Result<T, ImportError> {
        let path = self.path_of(key);
        match self.map.remove(key) {
            Some(value) => typed(value, path),
            None => Err(ImportError::InvalidValue {
                path,
                detail: ValueProblem::Missing,
            }),
        }
    }

    fn take_optional<T: DeserializeOwned>(&mut self, key: &str) -> Result<Option<T>, ImportError> {
        match self.map.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => typed(value, self.path_of(key)).map(Some),
        }
    }

    /// A list member, each element read by `read` with its own path.
    fn take_each<T>(
        &mut self,
        key: &str,
        read: impl Fn(Value, String) -> Result<T, ImportError>,
    ) -> Result<Vec<T>, ImportError> {
        let path = self.path_of(key);
        let Value::Array(values) = self.take::<Value>(key)? else {
            return Err(malformed(path, "a list"));
        };
        values
            .into_iter()
            .enumerate()
            .map(|(i, value)| read(value, format!("{path}[{i}]")))
            .collect()
    }
}

fn typed<T: DeserializeOwned>(value: Value, path: String) -> Result<T, ImportError> {
    serde_json::from_value(value).map_err(|e| malformed(path, &e.to_string()))
}

fn malformed(path: String, what: &str) -> ImportError {
    ImportError::InvalidValue {
        path,
        detail: ValueProblem::Malformed(clipped(what)),
    }
}
