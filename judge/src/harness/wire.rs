//! The judge's side of the input stream: JSON test inputs, checked against the
//! signature, encoded in the trivially parsed binary form the support crate's
//! `In` reads (little-endian numbers, `u32` lengths). Expected answers are never
//! part of it.

use crate::problem::{HarnessKind, Method, Problem, Signature, Ty};
use anyhow::{Result, anyhow, bail};
use serde_json::Value;

/// Header of the input stream: magic, case count, kill thresholds, heap and output limits,
/// then the seccomp programs the harness installs (see `sandbox::seccomp_programs`).
pub struct RunLimits {
    pub cpu_kill_ns: u64,
    pub wall_kill_ns: u64,
    pub heap_bytes: u64,
    pub output_bytes: u64,
}

/// The stream starts with the magic and the stream's whole length (filled
/// in by `finish`), so the harness reads it into one allocation of the right
/// size instead of growing a buffer through megabytes of input.
pub fn header(cases: usize, limits: &RunLimits, seccomp_programs: &[u8]) -> Vec<u8> {
    let mut out = b"JDG2".to_vec();
    out.extend(0u64.to_le_bytes());
    out.extend((cases as u32).to_le_bytes());
    out.extend(limits.cpu_kill_ns.to_le_bytes());
    out.extend(limits.wall_kill_ns.to_le_bytes());
    out.extend(limits.heap_bytes.to_le_bytes());
    out.extend(limits.output_bytes.to_le_bytes());
    out.extend_from_slice(seccomp_programs);
    out
}

/// Records the whole stream's length (header and every case) in its header.
pub fn set_length(header: &mut [u8], len: usize) {
    header[4..12].copy_from_slice(&(len as u64).to_le_bytes());
}

/// What goes before a case's payload: its index and length.
pub fn case_prefix(index: usize, len: usize) -> [u8; 8] {
    let mut prefix = [0u8; 8];
    prefix[..4].copy_from_slice(&(index as u32).to_le_bytes());
    prefix[4..].copy_from_slice(&(len as u32).to_le_bytes());
    prefix
}

/// The length field that marks a case whose payload is not in the stream:
/// the harness maps it from the file descriptor named after the marker.
pub const MAPPED: u32 = u32::MAX;

/// What stands in the stream for a mapped case: its index, `MAPPED`, the
/// descriptor the solution finds the file at, and the file's length.
pub fn mapped_case_prefix(index: usize, fd: u32, len: u64) -> [u8; 20] {
    let mut prefix = [0u8; 20];
    prefix[..4].copy_from_slice(&(index as u32).to_le_bytes());
    prefix[4..8].copy_from_slice(&MAPPED.to_le_bytes());
    prefix[8..12].copy_from_slice(&fd.to_le_bytes());
    prefix[12..].copy_from_slice(&len.to_le_bytes());
    prefix
}

/// A case's encoded input: bytes in memory, or a cached file of them that the
/// solution maps itself (megabytes of generated input then cross no pipe and
/// are never copied: the judge does not even read them).
#[derive(Debug, Clone)]
pub enum Encoded {
    Bytes(Vec<u8>),
    File { file: std::sync::Arc<std::fs::File>, len: u64 },
}

impl Encoded {
    /// `path`'s bytes: as a file to map when large (`mapped::MAP_AT`, as for
    /// the judge's own mappings), else read; None when the file cannot be read.
    pub fn of_file(path: &std::path::Path) -> Option<Encoded> {
        let file = std::fs::File::open(path).ok()?;
        let len = file.metadata().ok()?.len();
        if len >= crate::mapped::MAP_AT && len < u32::MAX as u64 {
            return Some(Encoded::File { file: std::sync::Arc::new(file), len });
        }
        let mut bytes = Vec::with_capacity(len as usize);
        std::io::Read::read_to_end(&mut &file, &mut bytes).ok()?;
        Some(Encoded::Bytes(bytes))
    }
}

/// A case's input as the runner sends it.
pub enum PayloadView<'a> {
    Bytes(&'a [u8]),
    File(&'a std::fs::File, u64),
}

/// What the runner takes as a case's input.
pub trait Payload {
    fn view(&self) -> PayloadView<'_>;
}

impl Payload for Vec<u8> {
    fn view(&self) -> PayloadView<'_> {
        PayloadView::Bytes(self)
    }
}

impl Payload for Encoded {
    fn view(&self) -> PayloadView<'_> {
        match self {
            Encoded::Bytes(b) => PayloadView::Bytes(b),
            Encoded::File { file, len } => PayloadView::File(file, *len),
        }
    }
}

/// Encodes a case's input for the problem's harness, or says what is wrong with it.
pub fn encode_input(problem: &Problem, input: &[Value]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    match (&problem.harness, &problem.signature) {
        (HarnessKind::Function, Signature::Function(m)) => {
            arity(input, m.params.len())?;
            for (p, v) in m.params.iter().zip(input) {
                encode(&mut out, &p.ty, v).map_err(|e| anyhow!("argument `{}`: {e}", p.name))?;
            }
        }
        (HarnessKind::Design, Signature::Class { name, constructor, methods }) => {
            arity(input, 2)?;
            encode_calls(&mut out, name, constructor, methods, &input[0], &input[1])?;
        }
        (HarnessKind::Codec, sig) => {
            arity(input, 1)?;
            let (encoder, _) = codec_methods(sig)?;
            let p = &encoder.params[0];
            encode(&mut out, &p.ty, &input[0]).map_err(|e| anyhow!("`{}`: {e}", p.name))?;
        }
        (HarnessKind::RandomList, _) => {
            arity(input, 1)?;
            let nodes =
                input[0].as_array().ok_or_else(|| anyhow!("the list must be an array of [val, random_index] pairs"))?;
            out.extend((nodes.len() as u32).to_le_bytes());
            for (i, node) in nodes.iter().enumerate() {
                let pair = node.as_array().filter(|p| p.len() == 2);
                let pair = pair.ok_or_else(|| anyhow!("node {i} must be [val, random_index or null], got {node}"))?;
                encode(&mut out, &Ty::I32, &pair[0]).map_err(|e| anyhow!("node {i}, val: {e}"))?;
                let random = match &pair[1] {
                    Value::Null => -1,
                    v => v.as_i64().filter(|r| (0..nodes.len() as i64).contains(r)).ok_or_else(|| {
                        anyhow!("node {i}: random_index must be null or an index into the list, got {v}")
                    })?,
                };
                out.extend((random as i32).to_le_bytes());
            }
        }
        (HarnessKind::CycleList, _) => {
            arity(input, 2)?;
            let len = input[0].as_array().map_or(0, Vec::len) as i64;
            encode(&mut out, &Ty::List, &input[0]).map_err(|e| anyhow!("head: {e}"))?;
            let pos = input[1].as_i64().filter(|p| *p == -1 || (0..len).contains(p));
            let pos = pos.ok_or_else(|| anyhow!("pos must be -1 or an index into the list, got {}", input[1]))?;
            out.extend((pos as i32).to_le_bytes());
        }
        (HarnessKind::CloneGraph, _) => {
            arity(input, 1)?;
            let adj = input[0].as_array().ok_or_else(|| anyhow!("adjacency list must be an array"))?;
            for (i, list) in adj.iter().enumerate() {
                for v in list.as_array().ok_or_else(|| anyhow!("adjacency[{i}] must be an array"))? {
                    let j = v.as_i64().unwrap_or(0);
                    if j < 1 || j as usize > adj.len() {
                        bail!("adjacency[{i}] names node {v}, but nodes are 1..={}", adj.len());
                    }
                }
            }
            encode(&mut out, &Ty::Vec(Box::new(Ty::Vec(Box::new(Ty::I32)))), &input[0])?;
        }
        (HarnessKind::BstNodes, _) => {
            arity(input, 3)?;
            encode(&mut out, &Ty::Tree, &input[0]).map_err(|e| anyhow!("root: {e}"))?;
            let values: Vec<&Value> = input[0].as_array().map(|a| a.iter().collect()).unwrap_or_default();
            for (name, v) in [("p", &input[1]), ("q", &input[2])] {
                if !values.contains(&v) {
                    bail!("{name} = {v} is not a value of the tree");
                }
                encode(&mut out, &Ty::I32, v).map_err(|e| anyhow!("{name}: {e}"))?;
            }
        }
        (kind, _) => bail!("harness `{kind:?}` does not fit the signature `{}`", problem.facts.signature),
    }
    Ok(out)
}

/// A codec class's two methods: the encoder `(X) -> String` and the decoder
/// `(String) -> X` (297's trees, 271's lists of strings).
pub fn codec_methods(sig: &Signature) -> Result<(&Method, &Method)> {
    if let Signature::Class { methods, .. } = sig
        && let [encoder, decoder] = methods.as_slice()
        && encoder.params.len() == 1
        && encoder.ret == Ty::Str
        && decoder.params.len() == 1
        && decoder.params[0].ty == Ty::Str
        && decoder.ret == encoder.params[0].ty
    {
        return Ok((encoder, decoder));
    }
    bail!("a codec needs a class with `fn encode(&self, x: X) -> String` and `fn decode(&self, s: String) -> X`")
}

fn arity(input: &[Value], n: usize) -> Result<()> {
    if input.len() != n {
        bail!("expected {n} input value(s), got {}", input.len());
    }
    Ok(())
}

fn encode_calls(
    out: &mut Vec<u8>,
    class: &str,
    constructor: &Method,
    methods: &[Method],
    names: &Value,
    args: &Value,
) -> Result<()> {
    let names = names.as_array().ok_or_else(|| anyhow!("the first input must be the list of calls"))?;
    let args = args.as_array().ok_or_else(|| anyhow!("the second input must be the list of argument lists"))?;
    if names.len() != args.len() {
        bail!("{} calls but {} argument lists", names.len(), args.len());
    }
    if names.first().and_then(Value::as_str) != Some(class) {
        bail!("the first call must be the constructor `{class}`");
    }
    out.extend((names.len() as u32).to_le_bytes());
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = name.as_str().ok_or_else(|| anyhow!("call {i}: method name must be a string"))?;
        let (index, method) = if i == 0 {
            (0, constructor)
        } else {
            let k = methods
                .iter()
                .position(|m| m.camel_name() == name || m.name == name || keyword_renamed(&m.name, name))
                .ok_or_else(|| anyhow!("call {i}: `{class}` has no method `{name}`"))?;
            (k + 1, &methods[k])
        };
        let arg = arg.as_array().ok_or_else(|| anyhow!("call {i} ({name}): arguments must be an array"))?;
        if arg.len() != method.params.len() {
            bail!("call {i} ({name}): expected {} argument(s), got {}", method.params.len(), arg.len());
        }
        out.extend((index as u32).to_le_bytes());
        for (p, v) in method.params.iter().zip(arg) {
            encode(out, &p.ty, v).map_err(|e| anyhow!("call {i} ({name}), argument `{}`: {e}", p.name))?;
        }
    }
    Ok(())
}

/// LeetCode's Rust templates rename a method whose name is a Rust keyword
/// (`move` becomes `make_a_move`); its tests still call it by the old name.
fn keyword_renamed(rust_name: &str, called: &str) -> bool {
    const KEYWORDS: &[&str] = &["move", "type", "match", "ref", "loop", "use", "in", "impl", "fn", "mod", "self"];
    KEYWORDS.contains(&called) && rust_name.strip_suffix(called).is_some_and(|p| p.ends_with('_'))
}

fn encode(out: &mut Vec<u8>, ty: &Ty, v: &Value) -> Result<()> {
    let wrong = || anyhow!("expected {}, got {}", ty.describe(), crate::report::shorten(&v.to_string(), 60));
    match ty {
        Ty::I32 => {
            let x = v.as_i64().filter(|x| i32::try_from(*x).is_ok()).ok_or_else(wrong)?;
            out.extend((x as i32).to_le_bytes());
        }
        Ty::U32 => {
            let x = v.as_u64().filter(|x| u32::try_from(*x).is_ok()).ok_or_else(wrong)?;
            out.extend((x as u32).to_le_bytes());
        }
        Ty::I64 => out.extend(v.as_i64().ok_or_else(wrong)?.to_le_bytes()),
        Ty::F64 => out.extend(v.as_f64().ok_or_else(wrong)?.to_bits().to_le_bytes()),
        Ty::Bool => out.push(v.as_bool().ok_or_else(wrong)? as u8),
        Ty::Char => {
            let s = v.as_str().ok_or_else(wrong)?;
            let mut chars = s.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return Err(wrong());
            };
            out.extend((c as u32).to_le_bytes());
        }
        Ty::Str => {
            let s = v.as_str().ok_or_else(wrong)?;
            out.extend((s.len() as u32).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        Ty::Vec(inner) => {
            let items = v.as_array().ok_or_else(wrong)?;
            out.extend((items.len() as u32).to_le_bytes());
            for (i, item) in items.iter().enumerate() {
                encode(out, inner, item).map_err(|e| anyhow!("[{i}]: {e}"))?;
            }
        }
        Ty::List | Ty::RcList => encode(out, &Ty::Vec(Box::new(Ty::I32)), v)?,
        Ty::Tree => {
            let items = v.as_array().ok_or_else(wrong)?;
            if items.first().is_some_and(Value::is_null) {
                bail!("a tree's root cannot be null (an empty tree is [])");
            }
            out.extend((items.len() as u32).to_le_bytes());
            for (i, item) in items.iter().enumerate() {
                if item.is_null() {
                    out.push(0);
                } else {
                    out.push(1);
                    encode(out, &Ty::I32, item).map_err(|e| anyhow!("[{i}]: {e}"))?;
                }
            }
        }
        Ty::Mut(inner) => encode(out, inner, v)?,
        Ty::Unit | Ty::Graph => bail!("cannot pass {} as an argument", ty.describe()),
    }
    Ok(())
}
