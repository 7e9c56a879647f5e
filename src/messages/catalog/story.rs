//! Messages of `src/story`.

use crate::messages::catalog_entries;

catalog_entries! {}
