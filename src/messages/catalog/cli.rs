//! Messages of `src/cli`.

use crate::messages::catalog_entries;

catalog_entries! {}
