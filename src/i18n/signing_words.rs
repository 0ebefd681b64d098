//! The words of signatures for their values: why a signed file was refused.

use super::fill;
use super::signing::SigningTexts;
use crate::signing::{fingerprint_of, SignatureProblem, SignatureRefusal};

impl SigningTexts {
    /// Why a file's signature was not accepted.
    pub fn refusal(&self, refusal: &SignatureRefusal) -> &'static str {
        match refusal {
            SignatureRefusal::Malformed(SignatureProblem::UnknownAlgorithm) => {
                self.unknown_algorithm
            }
            SignatureRefusal::Malformed(SignatureProblem::MalformedKey) => self.malformed_key,
            SignatureRefusal::Malformed(SignatureProblem::MalformedSignature) => {
                self.malformed_signature
            }
            SignatureRefusal::DoesNotVerify => self.does_not_verify,
            SignatureRefusal::RotationDoesNotVerify => self.rotation_bad,
            SignatureRefusal::Unavailable => self.check_unavailable,
        }
    }

    /// "「file」没有采用：reason".
    pub fn refused_file(&self, file: &str, reason: &str) -> String {
        fill(self.refused, &[("file", file), ("reason", reason)])
    }

    /// A template's `{fingerprint}` filled with `public_key`'s.
    pub fn with_fingerprint(&self, template: &str, public_key: &str) -> String {
        fill(template, &[("fingerprint", &fingerprint_of(public_key))])
    }
}
