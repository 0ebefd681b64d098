//! The printed forms' content: the self-assessment form says what was
//! checked on each row and quotes the plan once per area, the photo
//! appendix comes in pages of six, and the page furniture is safe CSS.

mod common;

use common::{apply, photo_ref, rate, rate_na, stamp, workspace_with_community};
use danzhou_green_community::assessment::{PhotoRef, Rating};
use danzhou_green_community::plan;
use danzhou_green_community::report::{
    css_string, first_sentence, page_furniture_css, PageFurniture, SelfAssessmentForm,
    PHOTOS_PER_PAGE, TEXT_COLUMNS_SHARE,
};
use danzhou_green_community::workspace::Workspace;

fn photo(n: u8, caption: &str) -> PhotoRef {
    photo_ref(n, caption, 0)
}

fn add_photo(ws: &mut Workspace, item: &str, n: u8, caption: &str) {
    let change = ws.photo_added(
        &"c1".into(),
        &item.into(),
        photo(n, caption),
        stamp(&format!("p{n}"), n.into()),
    );
    apply(ws, change.unwrap());
}

fn form(ws: &Workspace) -> SelfAssessmentForm {
    SelfAssessmentForm::new(
        &plan::embedded(),
        ws,
        &"c1".into(),
        chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
    )
}

#[test]
fn each_area_quotes_the_plan_once_and_each_row_says_what_was_checked() {
    let plan = plan::embedded();
    let form = form(&workspace_with_community());
    assert_eq!(form.sections.len(), plan.areas.len());
    for (section, area) in form.sections.iter().zip(&plan.areas) {
        assert_eq!(section.plan_text, area.text, "the whole paragraph, once");
        assert_eq!(section.responsible_units, area.responsible_units);
        assert_eq!(section.rows.len(), area.items.len());
        for (row, item) in section.rows.iter().zip(&area.items) {
            assert_eq!(row.title, item.title);
            assert_eq!(row.look_for, item.guidance.look_for);
            assert_eq!(row.number, item.display_number(&plan));
            assert!(
                !area.text.contains(&row.look_for),
                "{}: the checkpoint is guidance, not the plan again",
                item.id
            );
        }
    }
    assert_eq!(form.rows().count(), plan.item_count());
}

#[test]
fn rows_carry_result_points_reason_note_and_photos() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a2-05", Rating::Partial, "r1", 1);
    rate_na(&mut ws, "a5-07", "社区内没有文物古迹", "r2", 2);
    let note = ws
        .note_change(
            &"c1".into(),
            &"a2-05".into(),
            "三号楼前有两处坑洼",
            stamp("n1", 3),
        )
        .unwrap();
    apply(&mut ws, note);
    add_photo(&mut ws, "a2-05", 1, "路面破损处");
    let form = form(&ws);
    let row = |id: &str| form.rows().find(|r| r.item_id == id).unwrap().clone();

    let road = row("a2-05");
    assert_eq!(road.number, "2.5");
    assert_eq!(road.rating, Rating::Partial);
    assert_eq!(road.points, Some(0.5));
    assert_eq!(road.note, "三号楼前有两处坑洼");
    assert_eq!(road.photos.len(), 1);
    let heritage = row("a5-07");
    assert_eq!(
        heritage.points, None,
        "不适用 earns nothing and counts nothing"
    );
    assert_eq!(heritage.na_reason.as_deref(), Some("社区内没有文物古迹"));
    assert_eq!(row("a1-01").points, Some(0.0));
    assert!((form.total.earned - 0.5).abs() < 1e-9);
    assert!((form.total.applicable_weight - 36.0).abs() < 1e-9);
    assert!(!form.meets);
}

#[test]
fn the_appendix_lists_photos_in_plan_order_six_to_a_page() {
    let mut ws = workspace_with_community();
    for n in 1..=7u8 {
        add_photo(&mut ws, "a3-01", n, &format!("绿化 {n}"));
    }
    add_photo(&mut ws, "a1-02", 8, "  ");
    let form = form(&ws);
    let photos = form.appendix_photos();
    assert_eq!(photos.len(), 8);
    assert_eq!(photos[0].number, "1.2", "plan order, not the order taken");
    assert_eq!(
        photos[0].caption, "党组织领导、居委会主体、多方共同参与",
        "a photo without a caption is named by its item"
    );
    assert_eq!(photos[1].number, "3.1");
    assert_eq!(photos[1].caption, "绿化 1");
    let pages = form.appendix_pages();
    assert_eq!(PHOTOS_PER_PAGE, 6);
    assert_eq!(
        pages.iter().map(Vec::len).collect::<Vec<_>>(),
        [6, 2],
        "six to a page"
    );
    assert!(form_without_photos().appendix_pages().is_empty());
}

fn form_without_photos() -> SelfAssessmentForm {
    form(&workspace_with_community())
}

#[test]
fn an_areas_paragraph_opens_with_its_title_sentence() {
    let plan = plan::embedded();
    for area in &plan.areas {
        let (lead, rest) = first_sentence(&area.text);
        assert_eq!(lead, format!("{}。", area.title));
        assert_eq!(format!("{lead}{rest}"), area.text);
    }
    assert_eq!(first_sentence("没有句号"), ("没有句号", ""));
}

#[test]
fn the_running_head_and_page_numbers_are_css_margin_boxes() {
    let css = page_furniture_css(&PageFurniture {
        head: "东风社区绿色社区创建自评表",
        page_number: "第 {page} 页 共 {pages} 页",
    });
    assert_eq!(
        css,
        "@page { @top-center { content: \"东风社区绿色社区创建自评表\"; } \
         @bottom-center { content: \"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"; } }"
    );
    let english = page_furniture_css(&PageFurniture {
        head: "Form",
        page_number: "Page {page} of {pages}",
    });
    assert!(english.contains("content: \"Page \" counter(page) \" of \" counter(pages);"));
    let bare = page_furniture_css(&PageFurniture {
        head: "",
        page_number: "{page}/{pages}",
    });
    assert!(bare.contains("content: counter(page) \"/\" counter(pages);"));
}

#[test]
fn a_community_name_cannot_break_out_of_the_css_string() {
    assert_eq!(css_string("东风\"社区"), "\"东风\\22 社区\"");
    assert_eq!(css_string("a\\b"), "\"a\\5c b\"");
    assert_eq!(css_string("</style><b>"), "\"\\3c /style\\3e \\3c b\\3e \"");
    assert_eq!(css_string("两\n行"), "\"两\\a 行\"");
    assert_eq!(css_string(""), "\"\"");
}

fn note(ws: &mut Workspace, item: &str, text: &str, at: i64) {
    let change = ws
        .note_change(
            &"c1".into(),
            &item.into(),
            text,
            stamp(&format!("n{at}"), at),
        )
        .unwrap();
    apply(ws, change);
}

#[test]
fn the_text_columns_share_the_width_by_what_they_hold() {
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    let [content, points, remarks] = form(&ws).text_column_widths();
    assert_eq!(content + points + remarks, TEXT_COLUMNS_SHARE);
    assert_eq!(remarks, 8, "no notes: 备注 keeps only its floor");
    assert!(
        points > 2 * content,
        "评价要点 holds the most: {points} vs {content}"
    );

    for (i, item) in plan.items().map(|(_, item)| &item.id).enumerate() {
        note(
            &mut ws,
            item,
            "已到现场查看并拍照，台账和记录已整理归档，发现的问题已登记。",
            i as i64 + 1,
        );
    }
    let noted = form(&ws).text_column_widths();
    assert_eq!(noted.iter().sum::<u32>(), TEXT_COLUMNS_SHARE);
    assert!(
        noted[2] > 20,
        "a fully noted form gives 备注 its share: {noted:?}"
    );
    assert!(
        noted[0] >= 12 && noted[1] >= 20,
        "each keeps its floor: {noted:?}"
    );

    // A note longer than the cap counts no more than one at the cap…
    note(&mut ws, "a1-01", &"长".repeat(150), 100);
    let long = form(&ws).text_column_widths();
    note(&mut ws, "a1-01", &"长".repeat(400), 101);
    assert_eq!(form(&ws).text_column_widths(), long);
    // …until it is long enough to split its row: 备注 then keeps the room
    // for that row to run to pages rather than a narrow strip.
    note(&mut ws, "a1-01", &"长".repeat(2000), 102);
    let longest = form(&ws).text_column_widths();
    assert!(longest[2] >= 28, "{longest:?}");
    assert_eq!(longest.iter().sum::<u32>(), TEXT_COLUMNS_SHARE);
}

#[test]
fn only_a_row_with_long_remarks_may_split_across_pages() {
    let mut ws = workspace_with_community();
    note(&mut ws, "a1-01", "已到现场查看并拍照。", 1);
    note(
        &mut ws,
        "a1-02",
        &"楼道堆放杂物，已通知物业限期清理。".repeat(30),
        2,
    );
    let form = form(&ws);
    let row = |id: &str| {
        form.sections
            .iter()
            .flat_map(|s| &s.rows)
            .find(|r| r.item_id == id)
            .unwrap()
            .clone()
    };
    assert!(!row("a1-01").may_split());
    assert!(row("a1-02").may_split());
    assert!(!row("a1-03").may_split());
    // Such a row keeps a wide enough 备注 column to run to pages, not a strip.
    assert!(form.text_column_widths()[2] >= 28);
}
