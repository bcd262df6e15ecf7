//! Turning a user's file into a buildable crate root (glue) and test inputs
//! into the solution's input stream (wire).

pub mod glue;
pub mod source;
pub mod wire;
