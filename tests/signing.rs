//! What the office's signatures cover: the canonical form of a signed
//! file's content (member order, indentation and the signature itself make
//! no difference; any value does), the signature block's form, and a key's
//! fingerprint as a person reads it out.

use chrono::NaiveDate;
use danzhou_green_community::exchange::base64_encode;
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::signing::{
    canonical_json, fingerprint, key_standing, parse_key_file, read_signed_file, rotation_path,
    signed_content, KeyFileError, KeyRotation, KeyStanding, SeenDevices, Sighting, SignatureBlock,
    SignatureProblem, IV_BYTES, KEY_FILE_FORMAT, PBKDF2_ITERATIONS, SALT_BYTES,
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

fn key(n: u8) -> String {
    let mut bytes = vec![0x04];
    bytes.extend(std::iter::repeat_n(n, 64));
    base64_encode(&bytes)
}

fn rotation(from: u8, to: u8) -> KeyRotation {
    KeyRotation {
        from_key: key(from),
        to_key: key(to),
        on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        signature: base64_encode(&[from; 64]),
    }
}

#[test]
fn a_file_signed_by_the_trusted_key_or_a_key_rotated_to_is_the_offices() {
    let rotations = [rotation(2, 3), rotation(1, 2)];
    assert_eq!(
        key_standing(Some(&key(1)), &key(1), &rotations),
        KeyStanding::Trusted
    );
    match key_standing(Some(&key(1)), &key(3), &rotations) {
        KeyStanding::Rotated(path) => assert_eq!(path, vec![&rotations[1], &rotations[0]]),
        other => panic!("expected a rotation path, got {other:?}"),
    }
    // A rotation only leads forward, from the key it was signed by.
    assert_eq!(
        key_standing(Some(&key(3)), &key(1), &rotations),
        KeyStanding::Other
    );
    assert_eq!(
        key_standing(Some(&key(1)), &key(9), &rotations),
        KeyStanding::Other
    );
    assert_eq!(
        key_standing(None, &key(1), &rotations),
        KeyStanding::NothingTrusted
    );
    // A circle of rotations ends.
    let circle = [rotation(1, 2), rotation(2, 1)];
    assert_eq!(rotation_path(&key(1), &key(3), &circle), None);
}

#[test]
fn a_rotation_signs_both_keys_and_its_date_and_nothing_else_stands_for_it() {
    let r = rotation(1, 2);
    let bytes = String::from_utf8(r.signed_bytes()).unwrap();
    assert!(bytes.starts_with(r#"{"format":"danzhou-green-community-key-rotation","from_key":""#));
    assert!(bytes.contains(r#""on":"2026-12-01""#));
    let mut later = r.clone();
    later.on = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    assert_ne!(later.signed_bytes(), r.signed_bytes());
    assert_eq!(r.block().public_key, r.from_key);
}

fn signed_text(content: Value, signature: Value) -> Vec<u8> {
    let mut value = content;
    value["signature"] = signature;
    serde_json::to_vec_pretty(&value).unwrap()
}

#[test]
fn a_signed_file_is_read_back_as_the_bytes_its_signer_signed() {
    let content =
        json!({"format": "x", "rules": {"b": 1, "a": [2, 1]}, "key_rotations": [rotation(1, 2)]});
    let block = block(SIGNATURE_ALGORITHM, &[4u8; 65], &[7u8; 64]);
    let text = signed_text(content.clone(), serde_json::to_value(&block).unwrap());
    let file = read_signed_file(&text).unwrap().expect("signed");
    assert_eq!(
        file.content,
        signed_content(&content),
        "what the signer signed"
    );
    assert_eq!(file.block, block);
    assert_eq!(file.rotations, vec![rotation(1, 2)]);
    // Unsigned files and text that is no object have no signature.
    assert!(read_signed_file(br#"{"format":"x"}"#).unwrap().is_none());
    assert!(read_signed_file(b"not json").unwrap().is_none());
    // A signature or rotation that is not well formed is refused.
    let bad = signed_text(
        content.clone(),
        json!({"algorithm": SIGNATURE_ALGORITHM, "public_key": "AAAA", "value": ""}),
    );
    assert_eq!(
        read_signed_file(&bad).err(),
        Some(SignatureProblem::MalformedKey)
    );
    let odd = signed_text(content, json!("a string"));
    assert_eq!(
        read_signed_file(&odd).err(),
        Some(SignatureProblem::MalformedSignature)
    );
    let mut broken = json!({"format": "x", "key_rotations": [{"from_key": "?"}]});
    broken["signature"] = serde_json::to_value(&block).unwrap();
    assert!(read_signed_file(&serde_json::to_vec(&broken).unwrap()).is_err());
}

fn key_file(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = json!({
        "format": KEY_FILE_FORMAT,
        "public_key": key(5),
        "made_on": "2026-12-07",
        "iterations": PBKDF2_ITERATIONS,
        "salt": base64_encode(&[1; SALT_BYTES]),
        "iv": base64_encode(&[2; IV_BYTES]),
        "wrapped_key": base64_encode(&[3; 150]),
    });
    change(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn a_key_file_is_checked_for_form_before_any_passphrase_is_tried() {
    let (file, wrapped) = parse_key_file(&key_file(|_| {})).unwrap();
    assert_eq!(file.public_key, key(5));
    assert_eq!(
        (wrapped.salt.len(), wrapped.iv.len(), wrapped.wrapped.len()),
        (16, 12, 150)
    );
    assert_eq!(parse_key_file(b"{}").err(), Some(KeyFileError::NotAKeyFile));
    let scoring = key_file(|v| v["format"] = json!("danzhou-green-community-scoring"));
    assert_eq!(
        parse_key_file(&scoring).err(),
        Some(KeyFileError::NotAKeyFile)
    );
    for damage in [
        (|v: &mut Value| v["public_key"] = json!("AAAA")) as fn(&mut Value),
        |v| v["salt"] = json!(base64_encode(&[1; 4])),
        |v| v["iv"] = json!("not base64!"),
        |v| v["wrapped_key"] = json!(""),
        |v| v["iterations"] = json!(1000),
    ] {
        assert_eq!(
            parse_key_file(&key_file(damage)).err(),
            Some(KeyFileError::Damaged)
        );
    }
}

#[test]
fn the_office_is_told_when_a_communitys_file_comes_from_a_device_new_to_it() {
    let mut seen = SeenDevices::default();
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let c1: CommunityId = "c1".into();
    let c2: CommunityId = "c2".into();
    assert_eq!(seen.record(&c1, &key(1), "王", day), Sighting::First);
    assert_eq!(seen.record(&c1, &key(1), "王", day), Sighting::Known);
    assert_eq!(seen.record(&c1, &key(2), "李", day), Sighting::NewDevice);
    // Another community's first file from a known device is its first.
    assert_eq!(seen.record(&c2, &key(1), "王", day), Sighting::First);
    assert_eq!(seen.of(&c1).len(), 2);
    assert_eq!(seen.of(&c1)[0].files, 2);
}
