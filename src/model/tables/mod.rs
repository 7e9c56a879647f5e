//! Regions and their figures from spreadsheets: `content/tables/*.xlsx` and `*.csv`.

pub mod schema;
