//! Reading a [`ChangeKind`] from its stored form, `{"field": "result",
//! "old": …, "new": …}`. serde's derive for a `field`-tagged enum first
//! copies the whole object into a buffer of untyped values and then reads
//! each variant from that buffer, which costs each bundle a second reader
//! for every type inside a change. Here the object is read once into the
//! union of the variants' members, and the variant is built from it. What
//! is accepted is what the derive accepted: any order of members, members
//! of no variant ignored, an absent `Option` read as `None`. Two things
//! differ: members that belong to another variant are read too, so they
//! must be well formed, and an array of members (which the derive also
//! took) is refused, as the documented format is an object
//! (`tests/change_records.rs` compares both readers).

use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::{ActionState, ChangeKind, PhotoRef, Rating, SurveyState};
use crate::ids::{ActionId, SurveyId};

/// The `field` tag.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Field {
    Result,
    Note,
    PhotoAdded,
    PhotoRemoved,
    PhotoDisplay,
    Action,
    Survey,
}

/// Every variant's members (an absent `Option` is `None`); `old` and `new`
/// hold a result, a note or an action (a survey's are `before` and `after`), so they are read by their JSON kind
/// and typed once `field` says which.
#[derive(Deserialize)]
struct Members {
    field: Field,
    #[serde(default)]
    old: Loose,
    #[serde(default)]
    new: Loose,
    reason: Option<String>,
    photo: Option<PhotoRef>,
    hash: Option<String>,
    shown: Option<bool>,
    action_id: Option<ActionId>,
    survey_id: Option<SurveyId>,
    before: Option<SurveyState>,
    after: Option<SurveyState>,
}

/// `old` or `new` before the variant is known.
#[derive(Default)]
enum Loose {
    #[default]
    Absent,
    Null,
    Text(String),
    Action(ActionState),
}

impl<'de> Deserialize<'de> for ChangeKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(KindVisitor)
    }
}

/// An object only: a derived struct would also take an array of members.
struct KindVisitor;

impl<'de> Visitor<'de> for KindVisitor {
    type Value = ChangeKind;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a change's kind, an object with a `field`")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ChangeKind, A::Error> {
        Members::deserialize(de::value::MapAccessDeserializer::new(map))?
            .into_kind()
            .map_err(de::Error::custom)
    }
}

impl Members {
    fn into_kind(self) -> Result<ChangeKind, String> {
        Ok(match self.field {
            Field::Result => ChangeKind::Result {
                old: rating(self.old, "old")?,
                new: rating(self.new, "new")?,
                reason: self.reason,
            },
            Field::Note => ChangeKind::Note {
                old: text(self.old, "old")?,
                new: text(self.new, "new")?,
            },
            Field::PhotoAdded => ChangeKind::PhotoAdded {
                photo: required(self.photo, "photo")?,
            },
            Field::PhotoRemoved => ChangeKind::PhotoRemoved {
                photo: required(self.photo, "photo")?,
            },
            Field::PhotoDisplay => ChangeKind::PhotoDisplay {
                hash: required(self.hash, "hash")?,
                shown: required(self.shown, "shown")?,
            },
            Field::Action => ChangeKind::Action {
                action_id: required(self.action_id, "action_id")?,
                old: action(self.old, "old")?,
                new: action(self.new, "new")?,
            },
            Field::Survey => ChangeKind::Survey {
                survey_id: required(self.survey_id, "survey_id")?,
                before: self.before,
                after: self.after,
            },
        })
    }
}

fn required<T>(value: Option<T>, name: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{name}`"))
}

fn text(value: Loose, name: &str) -> Result<String, String> {
    match value {
        Loose::Text(text) => Ok(text),
        Loose::Absent => Err(format!("missing field `{name}`")),
        _ => Err(format!("`{name}` must be a string")),
    }
}

fn rating(value: Loose, name: &str) -> Result<Rating, String> {
    let text = text(value, name)?;
    Rating::deserialize(text.as_str().into_deserializer())
        .map_err(|e: de::value::Error| e.to_string())
}

fn action(value: Loose, name: &str) -> Result<Option<ActionState>, String> {
    match value {
        Loose::Absent | Loose::Null => Ok(None),
        Loose::Action(state) => Ok(Some(state)),
        Loose::Text(_) => Err(format!("`{name}` must be an action or null")),
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string, an action or null")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Loose, E> {
        Ok(Loose::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Loose, E> {
        Ok(Loose::Text(text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Loose, D::Error> {
        Loose::deserialize(inner)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose, A::Error> {
        ActionState::deserialize(de::value::MapAccessDeserializer::new(map)).map(Loose::Action)
    }
}
