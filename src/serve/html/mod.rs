//! The HTML pages, rendered on the server with compiled `maud` templates (escaped by
//! construction); no page needs JavaScript.

pub(crate) mod layout;
pub(crate) mod overview;
pub(crate) mod paper;
pub(crate) mod search;
mod words;
