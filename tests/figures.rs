//! How figures are written everywhere: percentages and points.

use danzhou_green_community::figures::{fixed, format_points, percent, percent_text};

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

#[test]
fn fixed_rounds_half_away_from_zero_and_pads_the_decimals() {
    assert_eq!(fixed(2.345, 1), "2.3");
    assert_eq!(fixed(2.35, 1), "2.4");
    assert_eq!(fixed(0.5, 0), "1");
    assert_eq!(fixed(3.0, 2), "3.00");
    assert_eq!(fixed(0.05, 2), "0.05");
    assert_eq!(fixed(-1.25, 1), "-1.3");
    assert_eq!(fixed(-0.04, 1), "0.0");
    assert_eq!(fixed(1234.5678, 2), "1234.57");
}
