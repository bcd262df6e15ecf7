//! Rust signatures as the catalog writes them, parsed into the shapes the
//! harness knows how to call.

use anyhow::{Context, Result, bail};

/// A parameter or return type the harness can build or read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Unit,
    I32,
    /// `u32` (LeetCode's older bit-problem templates); passed with `as _`, so a
    /// solution written for the newer `i32` template compiles as well.
    U32,
    I64,
    F64,
    Bool,
    Char,
    Str,
    Vec(Box<Ty>),
    /// `Option<Box<ListNode>>`
    List,
    /// `Option<Rc<RefCell<TreeNode>>>`
    Tree,
    /// `Option<Rc<RefCell<ListNode>>>` (141's proposed, cycle-capable list)
    RcList,
    /// `Option<Rc<RefCell<Node>>>` (133's proposed graph node, 138's random-pointer node)
    Graph,
    /// `&mut T`: an in-place argument, read back after the call.
    Mut(Box<Ty>),
}

impl Ty {
    pub fn parse(text: &str) -> Result<Ty> {
        let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        Ok(match t.as_str() {
            "" | "()" => Ty::Unit,
            "i32" => Ty::I32,
            "u32" => Ty::U32,
            "i64" => Ty::I64,
            "f64" => Ty::F64,
            "bool" => Ty::Bool,
            "char" => Ty::Char,
            "String" => Ty::Str,
            "Option<Box<ListNode>>" => Ty::List,
            "Option<Rc<RefCell<TreeNode>>>" => Ty::Tree,
            "Option<Rc<RefCell<ListNode>>>" => Ty::RcList,
            "Option<Rc<RefCell<Node>>>" => Ty::Graph,
            _ => {
                if let Some(inner) = t.strip_prefix("&mut") {
                    Ty::Mut(Box::new(Ty::parse(inner)?))
                } else if let Some(inner) = t.strip_prefix("Vec<").and_then(|r| r.strip_suffix('>')) {
                    Ty::Vec(Box::new(Ty::parse(inner)?))
                } else {
                    bail!("unsupported type `{text}`")
                }
            }
        })
    }

    /// Whether the type (or anything inside it) is a `ListNode`/`TreeNode`.
    pub fn mentions(&self, what: &Ty) -> bool {
        match self {
            Ty::Vec(inner) | Ty::Mut(inner) => inner.mentions(what),
            other => other == what,
        }
    }

    /// A short name for messages ("an array of i32").
    pub fn describe(&self) -> String {
        match self {
            Ty::Unit => "nothing".into(),
            Ty::I32 => "an i32".into(),
            Ty::U32 => "a u32".into(),
            Ty::I64 => "an i64".into(),
            Ty::F64 => "a number".into(),
            Ty::Bool => "true or false".into(),
            Ty::Char => "a 1-character string".into(),
            Ty::Str => "a string".into(),
            Ty::Vec(inner) => {
                format!("an array of {}", inner.describe().trim_start_matches("an ").trim_start_matches("a "))
            }
            Ty::List | Ty::RcList => "a list (array of i32)".into(),
            Ty::Tree => "a tree (level-order array of i32 or null)".into(),
            Ty::Graph => "a graph (adjacency list)".into(),
            Ty::Mut(inner) => inner.describe(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
}

/// One `fn` of a signature.
#[derive(Debug, Clone)]
pub struct Method {
    pub name: String,
    pub params: Vec<Param>,
    pub ret: Ty,
}

impl Method {
    /// The snake_case form of a camelCase name (`hamming_weight` for `hammingWeight`).
    pub fn snake_name(&self) -> String {
        self.name
            .chars()
            .flat_map(|c| if c.is_ascii_uppercase() { vec!['_', c.to_ascii_lowercase()] } else { vec![c] })
            .collect()
    }

    /// The name LeetCode's inputs use (`addNum` for `add_num`).
    pub fn camel_name(&self) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in self.name.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// What the user writes: `impl Solution { fn .. }` or a class of their own.
#[derive(Debug, Clone)]
pub enum Signature {
    Function(Method),
    Class { name: String, constructor: Method, methods: Vec<Method> },
}

impl Signature {
    pub fn parse(text: &str) -> Result<Signature> {
        // Drop trailing `// comments` (the catalog marks proposed signatures that way).
        let text = text.split("//").next().unwrap_or("").trim();
        if let Some(rest) = text.strip_prefix("struct ") {
            let name = rest.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("").to_string();
            let body_start = text.find("impl").context("class signature without `impl`")?;
            let body = &text[body_start..];
            let open = body.find('{').context("`impl` without `{`")?;
            let inner = body[open + 1..].trim_end().trim_end_matches('}');
            let mut methods =
                inner.split(';').map(str::trim).filter(|s| !s.is_empty()).map(parse_fn).collect::<Result<Vec<_>>>()?;
            let ctor_at = methods.iter().position(|m| m.name == "new").context("class without `fn new`")?;
            let constructor = methods.remove(ctor_at);
            Ok(Signature::Class { name, constructor, methods })
        } else {
            Ok(Signature::Function(parse_fn(text)?))
        }
    }

    pub fn types(&self) -> Vec<&Ty> {
        let methods: Vec<&Method> = match self {
            Signature::Function(m) => vec![m],
            Signature::Class { constructor, methods, .. } => std::iter::once(constructor).chain(methods).collect(),
        };
        methods.into_iter().flat_map(|m| m.params.iter().map(|p| &p.ty).chain(std::iter::once(&m.ret))).collect()
    }

    pub fn mentions(&self, what: &Ty) -> bool {
        self.types().into_iter().any(|t| t.mentions(what))
    }
}

fn parse_fn(text: &str) -> Result<Method> {
    let text = text.trim().trim_start_matches("pub ").trim();
    let rest = text.strip_prefix("fn ").with_context(|| format!("expected `fn` in `{text}`"))?;
    let open = rest.find('(').context("fn without `(`")?;
    let name = rest[..open].trim().to_string();
    let close = matching_paren(rest, open).context("unbalanced parentheses")?;
    let params_text = &rest[open + 1..close];
    let after = rest[close + 1..].trim();
    let ret = match after.strip_prefix("->") {
        Some(r) if r.trim() == "Self" => Ty::Unit,
        Some(r) => Ty::parse(r.trim())?,
        None => Ty::Unit,
    };
    let mut params = Vec::new();
    for part in split_top_level(params_text) {
        let part = part.trim();
        if part.is_empty() || part.ends_with("self") {
            continue;
        }
        let (pname, pty) = part.split_once(':').with_context(|| format!("parameter without a type: `{part}`"))?;
        params.push(Param { name: pname.trim().to_string(), ty: Ty::parse(pty)? });
    }
    Ok(Method { name, params, ret })
}

fn matching_paren(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn split_top_level(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_function_signature() {
        let Signature::Function(m) =
            Signature::parse("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>").unwrap()
        else {
            panic!("expected a function")
        };
        assert_eq!(m.name, "two_sum");
        assert_eq!(m.params[0].ty, Ty::Vec(Box::new(Ty::I32)));
        assert_eq!(m.params[1].ty, Ty::I32);
        assert_eq!(m.ret, Ty::Vec(Box::new(Ty::I32)));
    }

    #[test]
    fn parses_in_place_and_proposed_signatures() {
        let Signature::Function(m) = Signature::parse("pub fn reorder_list(head: &mut Option<Box<ListNode>>)").unwrap()
        else {
            panic!()
        };
        assert_eq!(m.params[0].ty, Ty::Mut(Box::new(Ty::List)));
        assert_eq!(m.ret, Ty::Unit);
        let Signature::Function(m) =
            Signature::parse("pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool   // PROPOSED; x").unwrap()
        else {
            panic!()
        };
        assert_eq!(m.params[0].ty, Ty::RcList);
    }

    #[test]
    fn parses_class_signature() {
        let sig = Signature::parse(
            "struct MedianFinder {..}  impl MedianFinder { fn new() -> Self; fn add_num(&self, num: i32); fn find_median(&self) -> f64 }",
        )
        .unwrap();
        let Signature::Class { name, constructor, methods } = sig else { panic!() };
        assert_eq!(name, "MedianFinder");
        assert!(constructor.params.is_empty());
        assert_eq!(methods.len(), 2);
        assert_eq!(methods[0].camel_name(), "addNum");
        assert_eq!(methods[1].ret, Ty::F64);
    }
}
