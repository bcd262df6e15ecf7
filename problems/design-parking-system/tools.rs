use crate::tools::prelude::*;

const MAX_CALLS: usize = 1000;
const MAX_SLOTS: i64 = 1000;

/// `n` addCar calls after the constructor. Modes:
/// - "random": slot counts 0..=20 and random car types, so lots fill up;
/// - "zero": some lots have no slots at all;
/// - "one-type": every car is of one type, past that lot's size;
/// - "worst": slot counts up to 1000 and 1000 cars, lots filling exactly at
///   the end.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let counts: [i64; 3] = match mode {
        "zero" => [0, g.int(0, 5), 0],
        "worst" => {
            let a = g.int(0, n as i64 / 3);
            let b = g.int(0, n as i64 / 3);
            [a, b, (n as i64 - a - b).min(MAX_SLOTS)]
        }
        _ => [g.int(0, 20), g.int(0, 20), g.int(0, 20)],
    };
    let only = g.int(1, 3);
    let mut names = vec![json!("ParkingSystem")];
    let mut args = vec![json!(counts)];
    for _ in 0..n {
        let t = if mode == "one-type" { only } else { g.int(1, 3) };
        names.push(json!("addCar"));
        args.push(json!([t]));
    }
    vec![Value::Array(names), Value::Array(args)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 1000 calls)")?;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        match (i, name) {
            (0, "ParkingSystem") => {
                len_in(arg.len(), 3, 3, &what)?;
                for (v, slot) in arg.iter().zip(["big", "medium", "small"]) {
                    int_in(v, 0, MAX_SLOTS, slot)?;
                }
            }
            (0, _) => return Err(format!("the first call must be the constructor ParkingSystem, got {name}")),
            (_, "addCar") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], 1, 3, &format!("{what} carType"))?;
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected addCar")),
        }
    }
    Ok(())
}
