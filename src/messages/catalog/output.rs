//! Messages of `src/output`.

use crate::messages::catalog_entries;

catalog_entries! {}
