//! What the office's signatures cover: the canonical form of a signed
//! file's content (member order, indentation and the signature itself make
//! no difference; any value does), the signature block's form, and a key's
//! fingerprint as a person reads it out.

use danzhou_green_community::exchange::base64_encode;
use danzhou_green_community::signing::{
    canonical_json, fingerprint, signed_content, SignatureBlock, SignatureProblem,
    SIGNATURE_ALGORITHM,
};
use serde_json::{json, Value};

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_signed_content_is_the_same_whatever_the_order_and_layout_of_members() {
    let a = parsed(
        r#"{"format":"x","rules":{"pass":0.75,"veto":["a2-03"]},"plan":{"id":"d","version":"1"}}"#,
    );
    let b = parsed(
        "{\n  \"plan\": {\"version\": \"1\", \"id\": \"d\"},\n  \"rules\": {\"veto\": [\"a2-03\"], \"pass\": 0.75},\n  \"format\": \"x\"\n}",
    );
    assert_eq!(signed_content(&a), signed_content(&b));
    assert_eq!(
        String::from_utf8(signed_content(&a)).unwrap(),
        r#"{"format":"x","plan":{"id":"d","version":"1"},"rules":{"pass":0.75,"veto":["a2-03"]}}"#
    );
}

#[test]
fn the_signature_itself_is_left_out_and_every_other_value_counts() {
    let plain = json!({"rules": {"pass": 0.75}, "version": 1});
    let mut signed = plain.clone();
    signed["signature"] =
        json!({"algorithm": SIGNATURE_ALGORITHM, "public_key": "k", "value": "v"});
    assert_eq!(signed_content(&plain), signed_content(&signed));
    let mut edited = signed.clone();
    edited["rules"]["pass"] = json!(0.5);
    assert_ne!(signed_content(&edited), signed_content(&signed));
    let mut renumbered = signed;
    renumbered["version"] = json!(2);
    assert_ne!(signed_content(&renumbered), signed_content(&plain));
    // A member named `signature` deeper down is content like any other.
    let nested = json!({"a": {"signature": 1}});
    assert_eq!(
        signed_content(&nested),
        br#"{"a":{"signature":1}}"#.to_vec()
    );
}

#[test]
fn text_is_kept_as_it_is_and_arrays_keep_their_order() {
    let value = json!({"名称": "东风社区", "list": [3, 1, 2]});
    assert_eq!(
        String::from_utf8(canonical_json(&value)).unwrap(),
        r#"{"list":[3,1,2],"名称":"东风社区"}"#
    );
}

#[test]
fn a_fingerprint_is_five_groups_of_four_digits_and_tells_keys_apart() {
    let key = [4u8; 65];
    let shown = fingerprint(&key);
    assert_eq!(shown.len(), 24, "{shown}");
    assert!(shown
        .split(' ')
        .all(|group| group.len() == 4 && group.chars().all(|c| c.is_ascii_digit())));
    assert_eq!(shown, fingerprint(&key), "the same key reads the same");
    let mut other = key;
    other[64] = 5;
    assert_ne!(shown, fingerprint(&other));
}

fn block(algorithm: &str, key: &[u8], value: &[u8]) -> SignatureBlock {
    SignatureBlock {
        algorithm: algorithm.into(),
        public_key: base64_encode(key),
        value: base64_encode(value),
    }
}

#[test]
fn a_signature_block_that_is_not_well_formed_is_refused_before_any_check() {
    let mut key = vec![4u8];
    key.extend([7u8; 64]);
    let good = block(SIGNATURE_ALGORITHM, &key, &[1u8; 64]);
    assert_eq!(good.parts(), Ok((key.clone(), vec![1u8; 64])));
    assert_eq!(
        block("RSA-SHA1", &key, &[1u8; 64]).parts(),
        Err(SignatureProblem::UnknownAlgorithm)
    );
    assert_eq!(
        block(SIGNATURE_ALGORITHM, &key[..33], &[1u8; 64]).parts(),
        Err(SignatureProblem::MalformedKey)
    );
    let mut compressed = key.clone();
    compressed[0] = 2;
    assert_eq!(
        block(SIGNATURE_ALGORITHM, &compressed, &[1u8; 64]).parts(),
        Err(SignatureProblem::MalformedKey)
    );
    assert_eq!(
        block(SIGNATURE_ALGORITHM, &key, &[1u8; 70]).parts(),
        Err(SignatureProblem::MalformedSignature)
    );
    let not_base64 = SignatureBlock {
        value: "***".into(),
        ..good
    };
    assert_eq!(
        not_base64.parts(),
        Err(SignatureProblem::MalformedSignature)
    );
}
