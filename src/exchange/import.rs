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
    // A well-formed file reads straight into the typed document, several
    // times quicker than through a JSON tree; any other is read again
    // member by member, for a message that names the first problem.
    let document = match serde_json::from_slice::<ExportDocument>(without_bom(bytes)) {
        Ok(document) => {
            check_header(&Header::of_document(&document), plan)?;
            document
        }
        Err(_) => read_with_paths(bytes, plan)?,
    };
    if !checksum_matches(&document) {
        return Err(ImportError::ChecksumMismatch);
    }
    validate_document(&document, plan)?;
    Ok(document)
}

/// The file read through a JSON tree, each member typed on its own, so the
/// error names the most basic problem and the path of a bad value.
fn read_with_paths(bytes: &[u8], plan: &Plan) -> Result<ExportDocument, ImportError> {
    let Value::Object(root) = parse_json(bytes)? else {
        return Err(ImportError::NotThisFormat);
    };
    check_header(&Header::of_tree(&root), plan)?;
    read_document(root)
}

fn check_size(bytes: &[u8], max_bytes: u64) -> Result<(), ImportError> {
    let actual = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if actual > max_bytes {
        return Err(ImportError::TooLarge { max_bytes, actual });
    }
    Ok(())
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes)
}

/// UTF-8 JSON, with a leading byte-order mark allowed. Text that starts
/// like an export (`{`) but ends early, even inside a character, is
/// [`ImportError::Truncated`].
fn parse_json(bytes: &[u8]) -> Result<Value, ImportError> {
    let bytes = without_bom(bytes);
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
    std::str::from_utf8(bytes).map_err(|e| cut_off(e.error_len().is_none()))?;
    serde_json::from_slice(bytes)
        .map_err(|e| cut_off(e.classify() == serde_json::error::Category::Eof))
}

/// What a file says about itself, checked before its records: its format,
/// schema version, plan and checksum algorithm. `None` where a member is
/// missing or not of its type.
struct Header<'a> {
    format: Option<&'a str>,
    /// `Err(true)` when missing, `Err(false)` when not a whole number.
    schema_version: Result<u64, bool>,
    plan_id: Option<&'a str>,
    plan_version: Option<&'a str>,
    /// Present only when the checksum also has a text value.
    checksum_algorithm: Option<&'a str>,
}

impl<'a> Header<'a> {
    fn of_document(document: &'a ExportDocument) -> Header<'a> {
        Header {
            format: Some(&document.format),
            schema_version: Ok(u64::from(document.schema_version)),
            plan_id: Some(&document.plan.id),
            plan_version: Some(&document.plan.version),
            checksum_algorithm: Some(&document.checksum.algorithm),
        }
    }

    fn of_tree(root: &'a Map<String, Value>) -> Header<'a> {
        let plan_text = |key: &str| root.get("plan")?.get(key)?.as_str();
        let checksum = root.get("checksum");
        let has_value = checksum
            .and_then(|c| c.get("value"))
            .is_some_and(Value::is_string);
        Header {
            format: root.get("format").and_then(Value::as_str),
            schema_version: match root.get("schema_version") {
                None => Err(true),
                Some(value) => value.as_u64().ok_or(false),
            },
            plan_id: plan_text("id"),
            plan_version: plan_text("version"),
            checksum_algorithm: checksum
                .and_then(|c| c.get("algorithm"))
                .and_then(Value::as_str)
                .filter(|_| has_value),
        }
    }
}

/// The file's own description, checked in this order: format, schema
/// version, plan, checksum algorithm.
fn check_header(header: &Header<'_>, plan: &Plan) -> Result<(), ImportError> {
    if header.format != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotThisFormat);
    }
    check_schema_version(header.schema_version)?;
    check_plan(header.plan_id, header.plan_version, plan)?;
    // A missing or unusable checksum is reported as a mismatch: either way
    // the file cannot be trusted to be complete.
    if header.checksum_algorithm != Some(CHECKSUM_ALGORITHM) {
        return Err(ImportError::ChecksumMismatch);
    }
    Ok(())
}

fn check_schema_version(found: Result<u64, bool>) -> Result<(), ImportError> {
    let invalid = |detail| ImportError::InvalidValue {
        path: "schema_version".into(),
        detail,
    };
    match found {
        Err(true) => Err(invalid(ValueProblem::Missing)),
        Err(false) | Ok(0) => Err(invalid(ValueProblem::Malformed(
            "a whole number, 1 or more".into(),
        ))),
        Ok(found) if found > u64::from(SCHEMA_VERSION) => Err(ImportError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        }),
        Ok(_) => Ok(()),
    }
}

fn check_plan(id: Option<&str>, version: Option<&str>, plan: &Plan) -> Result<(), ImportError> {
    let (Some(id), Some(version)) = (id, version) else {
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
        community_merges: members
            .take_optional("community_merges")?
            .unwrap_or_default(),
        city: members.take_optional("city")?,
        evaluation: members.take_optional("evaluation")?.unwrap_or_default(),
        office_devices: members.take_optional("office_devices")?.unwrap_or_default(),
        key_rotations: members.take_optional("key_rotations")?.unwrap_or_default(),
        signature: members.take_optional("signature")?,
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

/// One member typed on its own. It is read from its text, as a whole file
/// is: a bundle then holds one reader of each record type, not two.
fn typed<T: DeserializeOwned>(value: Value, path: String) -> Result<T, ImportError> {
    let text = serde_json::to_vec(&value).map_err(|e| malformed(path.clone(), &e.to_string()))?;
    serde_json::from_slice(&text).map_err(|e| malformed(path, without_position(&e.to_string())))
}

/// An error message without serde_json's " at line 1 column 9", which here
/// would point into the member's own text, not into the file.
fn without_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at])
}

fn malformed(path: String, what: &str) -> ImportError {
    ImportError::InvalidValue {
        path,
        detail: ValueProblem::Malformed(clipped(what)),
    }
}
