//! What the printed forms hold, apart from how the browser lays them out:
//! the self-assessment form's rows grouped by creation area, the photo
//! appendix in pages of six, and the page furniture (running head and page
//! numbers) as CSS text. Pure: no browser.

mod page;
mod self_assessment;

pub use page::{css_string, page_furniture_css, PageFurniture};
pub use self_assessment::{
    first_sentence, AppendixPhoto, FormRow, FormSection, SelfAssessmentForm, PHOTOS_PER_PAGE,
    TEXT_COLUMNS_SHARE,
};
