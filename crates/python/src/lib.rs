//! The compiled part of the `newsmill` Python package. The Python part
//! (`python/newsmill/`) wraps it into the API users see; everything here
//! takes and gives bytes and strings, so the record format is the one the
//! command line reads and writes (`docs/schema.md`), parsed by the same code.

mod convert;
mod core;
mod lines;
mod parts;
mod state;
mod warc;

use pyo3::prelude::*;

#[pymodule]
fn _newsmill(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<core::Core>()?;
    module.add_class::<state::DumpState>()?;
    module.add_class::<state::StateFold>()?;
    module.add_class::<state::TemplateCounter>()?;
    module.add_class::<parts::Merger>()?;
    module.add_class::<warc::WarcFile>()?;
    module.add_function(wrap_pyfunction!(parts::learn_templates, module)?)?;
    module.add_function(wrap_pyfunction!(parts::run_command, module)?)?;
    module.add_function(wrap_pyfunction!(state::scan_lines, module)?)?;
    module.add_function(wrap_pyfunction!(warc::scan_warc, module)?)?;
    module.add_function(wrap_pyfunction!(core::set_duplicate_of, module)?)?;
    module.add_function(wrap_pyfunction!(core::content_key, module)?)?;
    module.add("SCHEMA_VERSION", newsmill_report::SCHEMA_VERSION)?;
    Ok(())
}
