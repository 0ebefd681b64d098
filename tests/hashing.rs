use danzhou_green_community::hashing::sha256_hex;

#[test]
fn sha256_of_known_inputs() {
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        sha256_hex("绿色社区".as_bytes()).len(),
        64,
        "64 lowercase hex digits"
    );
    assert_ne!(sha256_hex(b"a"), sha256_hex(b"b"));
}
