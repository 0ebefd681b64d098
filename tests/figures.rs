//! How figures are written everywhere: percentages and points.

use danzhou_green_community::figures::{format_points, percent, percent_text};

#[test]
fn a_percent_is_rounded_down_so_a_line_is_never_shown_as_reached_early() {
    assert_eq!(percent(0.7), 70);
    assert_eq!(percent(0.996), 99);
    assert_eq!(percent(1.0), 100);
    assert_eq!(percent(0.0), 0);
    assert_eq!(percent(2.0 / 3.0), 66);
    // 0.7 is not exactly representable; it must still read 70, not 69.
    assert_eq!(percent(7.0 / 10.0), 70);
    assert_eq!(percent(0.57), 57);
}

#[test]
fn a_share_with_nothing_to_measure_against_says_so() {
    assert_eq!(percent_text(Some(0.5), "—"), "50%");
    assert_eq!(percent_text(None, "—"), "—");
}

#[test]
fn points_have_no_trailing_zeros() {
    assert_eq!(format_points(2.0), "2");
    assert_eq!(format_points(2.5), "2.5");
    assert_eq!(format_points(0.25), "0.25");
    assert_eq!(format_points(0.0), "0");
    assert_eq!(format_points(36.5), "36.5");
    assert_eq!(format_points(1.0 / 3.0), "0.33");
}
