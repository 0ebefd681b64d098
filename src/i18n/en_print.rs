use super::PrintTexts;

pub const EN_PRINT: PrintTexts = PrintTexts {
    page_number: "Page {page} of {pages}",
    appendix_option: "Print the evidence photos as an appendix ({n} to a page)",
    appendix_title: "Appendix: evidence photos",
    appendix_none: "No evidence photos yet.",
    appendix_loading: "Loading the photos; print once they are in…",
    photo_missing: "This photo is not on this device",
};
