//! Messages of `src/serve`.

use crate::messages::catalog_entries;

catalog_entries! {}
