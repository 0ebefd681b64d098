use chrono::{Datelike, NaiveDate};

use crate::assessment::{
    rating_value, score, verdict, PhotoRef, Rating, SatisfactionFigure, Score, SurveyState, Verdict,
};
use crate::ids::{CommunityId, ItemId};
use crate::plan::{Area, Item, Plan};
use crate::workspace::Workspace;

/// How many evidence photos the appendix prints on one page.
pub const PHOTOS_PER_PAGE: usize = 6;

/// The share of the form's width, in percent, that its three text columns
/// (创建内容, 评价要点, 备注) take together; the four short ones take the rest.
pub const TEXT_COLUMNS_SHARE: u32 = 76;

/// The least share each text column keeps, in percent, however little it
/// holds: 创建内容, 评价要点, 备注.
const TEXT_COLUMN_FLOORS: [u32; 3] = [12, 20, 8];

/// The floors when a row's remarks are long enough to split it across
/// pages: 备注 then keeps room enough that such a row runs to pages, not
/// to a narrow strip over many.
const LONG_REMARKS_FLOORS: [u32; 3] = [12, 20, 28];

/// A cell counts up to this many characters when the columns share the
/// width: one long note does not take the table.
const CELL_CAP: usize = 150;

/// The self-assessment form (自评表) of one community: one section per
/// creation area, the totals and the verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfAssessmentForm {
    pub sections: Vec<FormSection>,
    pub total: Score,
    pub meets: bool,
    /// The residents' satisfaction of the year the form is printed in.
    pub satisfaction: SatisfactionFigure,
    /// That year's surveys, by date.
    pub surveys: Vec<SurveyState>,
}

/// A creation area on the form: the plan's own paragraph, printed once
/// above the area's rows, then one row per item.
#[derive(Clone, Debug, PartialEq)]
pub struct FormSection {
    /// （一） … （五）.
    pub number: String,
    pub title_en: String,
    /// The plan's whole paragraph for the area.
    pub plan_text: String,
    /// As the plan writes them.
    pub responsible_units: Vec<String>,
    pub rows: Vec<FormRow>,
}

/// One item on the form: what was checked and what was found.
#[derive(Clone, Debug, PartialEq)]
pub struct FormRow {
    pub item_id: ItemId,
    /// 1.1, 2.10, …
    pub number: String,
    pub title: String,
    pub title_en: String,
    /// The field guidance: what was looked at (not the plan's words).
    pub look_for: String,
    pub rating: Rating,
    /// Points earned; `None` for 不适用.
    pub points: Option<f64>,
    pub weight: f64,
    pub na_reason: Option<String>,
    pub note: String,
    pub photos: Vec<PhotoRef>,
}

/// Remarks (note and 不适用 reason together) longer than this many
/// characters let their row split across pages: moved whole, such a row
/// would leave half a page empty, or not fit a page at all.
const SPLITTABLE_REMARKS_CHARS: usize = 400;

impl FormRow {
    /// Whether the printed row may be split across two pages.
    pub fn may_split(&self) -> bool {
        let reason = self.na_reason.as_deref().unwrap_or("");
        self.note.chars().count() + reason.chars().count() > SPLITTABLE_REMARKS_CHARS
    }
}

/// An evidence photo as the appendix prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct AppendixPhoto {
    /// The item's number, 2.5.
    pub number: String,
    /// The photo's caption, or the item's title when it has none.
    pub caption: String,
    pub hash: String,
}

impl SelfAssessmentForm {
    /// The form as printed on `today`.
    pub fn new(
        plan: &Plan,
        workspace: &Workspace,
        community_id: &CommunityId,
        today: NaiveDate,
    ) -> Self {
        let ratings = workspace.ratings(community_id);
        let satisfaction = workspace.satisfaction(community_id, today.year(), today);
        let mut surveys: Vec<SurveyState> = workspace
            .surveys_of(community_id)
            .into_iter()
            .map(|s| s.state)
            .filter(|s| s.date.year() == today.year() && s.date <= today)
            .collect();
        crate::sorting::sort_by(&mut surveys, |a, b| a.date.cmp(&b.date));
        let row = |area_index: usize, item_index: usize, item: &Item| {
            let rating = ratings.get(&item.id).copied().unwrap_or_default();
            FormRow {
                item_id: item.id.clone(),
                number: format!("{}.{}", area_index + 1, item_index + 1),
                title: item.title.clone(),
                title_en: item.title_en.clone(),
                look_for: item.guidance.look_for.clone(),
                rating,
                points: rating_value(&plan.scoring.values, rating).map(|v| v * item.weight),
                weight: item.weight,
                na_reason: (rating == Rating::NotApplicable)
                    .then(|| workspace.na_reason(community_id, &item.id))
                    .flatten(),
                note: workspace.note(community_id, &item.id),
                photos: workspace.photos(community_id, &item.id),
            }
        };
        let section = |(a, area): (usize, &Area)| FormSection {
            number: area.number.clone(),
            title_en: area.title_en.clone(),
            plan_text: area.text.clone(),
            responsible_units: area.responsible_units.clone(),
            rows: area
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| row(a, i, item))
                .collect(),
        };
        SelfAssessmentForm {
            sections: plan.areas.iter().enumerate().map(section).collect(),
            total: score(plan, &ratings),
            meets: verdict(plan, &ratings, &satisfaction) == Verdict::Meets,
            satisfaction,
            surveys,
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = &FormRow> {
        self.sections.iter().flat_map(|s| s.rows.iter())
    }

    /// Every evidence photo in plan order, for the appendix.
    pub fn appendix_photos(&self) -> Vec<AppendixPhoto> {
        self.rows()
            .flat_map(|row| {
                row.photos.iter().map(|photo| AppendixPhoto {
                    number: row.number.clone(),
                    caption: if photo.caption.trim().is_empty() {
                        row.title.clone()
                    } else {
                        photo.caption.clone()
                    },
                    hash: photo.hash.clone(),
                })
            })
            .collect()
    }

    /// The widths of the text columns (创建内容, 评价要点, 备注) in percent of
    /// the table, in proportion to how much each holds over all rows, so
    /// that a row's cells run to about as many lines: a form without notes
    /// gives 评价要点 the room, a fully noted one shares it with 备注. They
    /// add up to [`TEXT_COLUMNS_SHARE`].
    pub fn text_column_widths(&self) -> [u32; 3] {
        let chars = |text: &str| text.chars().count().min(CELL_CAP);
        let mut held = [0usize; 3];
        for row in self.rows() {
            held[0] += chars(&row.title);
            held[1] += chars(&row.look_for);
            held[2] += chars(&format!(
                "{}{}",
                row.na_reason.as_deref().unwrap_or(""),
                row.note
            ));
        }
        let floors = if self.rows().any(FormRow::may_split) {
            LONG_REMARKS_FLOORS
        } else {
            TEXT_COLUMN_FLOORS
        };
        share_out(held, TEXT_COLUMNS_SHARE, floors)
    }

    /// The appendix's pages: [`PHOTOS_PER_PAGE`] photos to a page.
    pub fn appendix_pages(&self) -> Vec<Vec<AppendixPhoto>> {
        self.appendix_photos()
            .chunks(PHOTOS_PER_PAGE)
            .map(<[AppendixPhoto]>::to_vec)
            .collect()
    }
}

/// A paragraph's first sentence (with its 。) and the rest: an area's
/// paragraph opens with its title, which the form sets in bold.
pub fn first_sentence(text: &str) -> (&str, &str) {
    match text.find('。') {
        Some(at) => text.split_at(at + '。'.len_utf8()),
        None => (text, ""),
    }
}

/// `total` shared out in proportion to `held`, each part at least its
/// floor, the parts adding up to `total` (whole numbers; the largest part
/// takes what rounding leaves).
fn share_out(held: [usize; 3], total: u32, floors: [u32; 3]) -> [u32; 3] {
    let spare = total - floors.iter().sum::<u32>();
    let all = held.iter().sum::<usize>().max(1) as f64;
    let mut parts: [u32; 3] = std::array::from_fn(|i| {
        floors[i] + (f64::from(spare) * held[i] as f64 / all).floor() as u32
    });
    let left = total - parts.iter().sum::<u32>();
    let largest = (0..3).max_by_key(|&i| held[i]).unwrap_or(0);
    parts[largest] += left;
    parts
}
