//! Messages of `src/check`.

use crate::messages::catalog_entries;

catalog_entries! {}
