//! Typed ids: one type per kind of record, so that a community's id can
//! never be passed where an item's is wanted. Each is a string underneath
//! and serialises as one (stored records and export files are unchanged);
//! it reads as a `&str` where text is wanted (`Deref`), and a map keyed by
//! ids can be looked up with a plain `&str` (`Borrow<str>`).

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> Self {
                $name(id.clone())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

id_type!(
    /// A community (社区): random, stable, made on the device that added it.
    CommunityId
);
id_type!(
    /// A checklist item of the plan (`a2-05`: area 2, item 5).
    ItemId
);
id_type!(
    /// One change record: random, unique across devices.
    ChangeId
);
id_type!(
    /// A field inspection (实地检查).
    InspectionId
);
id_type!(
    /// A rectification action (整改事项) of an item.
    ActionId
);
id_type!(
    /// The office's merge of two communities that are one (random).
    MergeId
);
id_type!(
    /// A residents' satisfaction survey a community ran (random).
    SurveyId
);
id_type!(
    /// One answer to the kiosk's satisfaction poll (random).
    PollAnswerId
);
id_type!(
    /// A device (phone, office computer, kiosk), made on its first run.
    DeviceId
);
id_type!(
    /// A community's submission (申报) of its self-assessment (random).
    SubmissionId
);
id_type!(
    /// A check (初核 or 复核) of one submission (random).
    ReviewId
);
id_type!(
    /// The office's publication for objections (公示), an objection to
    /// it, or its naming (命名) (random).
    NoticeId
);
