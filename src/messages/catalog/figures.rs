//! Messages of `src/figures`.

use crate::messages::catalog_entries;

catalog_entries! {}
