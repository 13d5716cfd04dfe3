//! Floats written as decimals without `core`'s float formatting (`<f64 as Display>`
//! is about 14 KB of wasm; this is a small fraction of that). [`fixed`] writes what
//! `format!("{:.*}", decimals, x)` writes and [`shortest`] what `format!("{x}")`
//! writes, byte for byte (the tests compare them on many values).
//!
//! Both start from the exact decimal expansion of the float, which always ends: a
//! float is `m × 2^e`, that is `m × 5^-e / 10^-e` when `e < 0`. The expansion is
//! rounded as a string of digits, half to even as `core` rounds.

/// A non-negative whole number in base 2^32, least significant limb first.
struct Big(Vec<u32>);

impl Big {
    fn mul_add(&mut self, factor: u32, mut carry: u32) {
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + u64::from(carry);
            *limb = v as u32;
            carry = (v >> 32) as u32;
        }
        if carry > 0 {
            self.0.push(carry);
        }
    }

    fn shl(&mut self, bits: u32) {
        for _ in 0..bits / 32 {
            self.0.insert(0, 0);
        }
        let bits = bits % 32;
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }
    }

    /// The decimal digits, most significant first; empty for zero.
    fn digits(mut self) -> Vec<u8> {
        const CHUNK: u64 = 1_000_000_000;
        let mut chunks = Vec::new();
        while self.0.iter().any(|&l| l != 0) {
            let mut rem = 0u64;
            for limb in self.0.iter_mut().rev() {
                let v = (rem << 32) | u64::from(*limb);
                *limb = (v / CHUNK) as u32;
                rem = v % CHUNK;
            }
            chunks.push(rem as u32);
        }
        let mut out = Vec::new();
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let mut buf = [b'0'; 9];
            let mut c = *chunk;
            for b in buf.iter_mut().rev() {
                *b = b'0' + (c % 10) as u8;
                c /= 10;
            }
            let skip = if i == 0 {
                buf.iter().take_while(|&&b| b == b'0').count()
            } else {
                0
            };
            out.extend_from_slice(&buf[skip..]);
        }
        out
    }
}

/// A finite, non-negative float as `mantissa × 2^exponent` (the mantissa with its
/// hidden bit).
fn parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    }
}

/// The exact value of `mantissa × 2^e` as `0.d₁d₂… × 10^point`: its digits (no
/// leading or trailing zeros; none for zero) and the place of the point.
fn expansion(mantissa: u64, e: i32) -> (Vec<u8>, i32) {
    let mut n = Big(vec![mantissa as u32, (mantissa >> 32) as u32]);
    if e >= 0 {
        n.shl(e as u32);
    } else {
        // × 5^-e, thirteen fives at a time (5^13 fits a limb).
        let mut fives = -e;
        while fives > 0 {
            let k = fives.min(13);
            n.mul_add(5u32.pow(k as u32), 0);
            fives -= k;
        }
    }
    let mut digits = n.digits();
    let point = digits.len() as i32 + e.min(0);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point)
}

/// Compares two positive decimals `0.digits × 10^point` (leading digit not zero).
fn compare(a: (&[u8], i32), b: (&[u8], i32)) -> std::cmp::Ordering {
    a.1.cmp(&b.1).then_with(|| {
        let len = a.0.len().max(b.0.len());
        let digit = |d: &[u8], i: usize| d.get(i).copied().unwrap_or(b'0');
        (0..len)
            .map(|i| digit(a.0, i).cmp(&digit(b.0, i)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    })
}

/// The first `keep` digits of `digits`, rounded by the rest: half to even, or half
/// up when not `even`; one digit more when the rounding carries (`999` → `1000`).
/// `keep` may be 0 or negative (all digits are dropped) or past the end (nothing to
/// round).
fn round(digits: &[u8], keep: i32, even: bool) -> Vec<u8> {
    if keep < 0 {
        return Vec::new();
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return digits.to_vec();
    }
    let mut kept = digits[..keep].to_vec();
    let first = digits[keep];
    let odd = !even || kept.last().is_some_and(|d| d % 2 == 1);
    // Past `first`, the digits are not all zeros exactly when there are any (the
    // expansion has no trailing zeros).
    if first > b'5' || (first == b'5' && (keep + 1 < digits.len() || odd)) {
        bump(&mut kept);
    }
    kept
}

/// Adds one in the last place: `129` → `130`, `99` → `100`.
fn bump(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// `format!("{:.*}", decimals, x)`: `decimals` digits after the point, rounded half
/// to even; `NaN`, `inf`, `-inf` as they are.
pub fn fixed(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return non_finite(x).into();
    }
    let (mantissa, e) = parts(x.abs());
    let (digits, point) = expansion(mantissa, e);
    let keep = point.saturating_add(decimals as i32);
    let mut whole = round(&digits, keep, true);
    // The kept digits stand for a whole number of 10^-decimals: pad to its length.
    let length = keep.max(0) as usize + (whole.len() > keep.max(0) as usize) as usize;
    whole.resize(length, b'0');
    while whole.len() < decimals + 1 {
        whole.insert(0, b'0');
    }
    let mut out = String::with_capacity(whole.len() + 2);
    if x.is_sign_negative() {
        out.push('-');
    }
    let (int, frac) = whole.split_at(whole.len() - decimals);
    out.extend(int.iter().map(|&b| b as char));
    if decimals > 0 {
        out.push('.');
        out.extend(frac.iter().map(|&b| b as char));
    }
    out
}

/// `format!("{x}")`: the fewest digits that read back as `x`, without an exponent
/// (`0.1`, `1e21` as `1000000000000000000000`, `0.30000000000000004`).
pub fn shortest(x: f64) -> String {
    if !x.is_finite() {
        return non_finite(x).into();
    }
    let (mantissa, e) = parts(x.abs());
    let (digits, point) = expansion(mantissa, e);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    // What reads back as `x`: the decimals between the midpoints to its neighbours,
    // the midpoints themselves when its mantissa is even (reading rounds half to
    // even). Below a power of two the neighbour is nearer: half the gap.
    let lopsided = mantissa == 1 << 52 && e > -1074;
    let low = if lopsided {
        expansion(4 * mantissa - 1, e - 2)
    } else {
        expansion(2 * mantissa - 1, e - 1)
    };
    let high = expansion(2 * mantissa + 1, e - 1);
    let even = mantissa % 2 == 0;
    let reads_back = |candidate: &[u8], point: i32| {
        let c = (candidate, point);
        let above = compare(c, (&low.0, low.1));
        let below = compare(c, (&high.0, high.1));
        (above.is_gt() || (above.is_eq() && even)) && (below.is_lt() || (below.is_eq() && even))
    };
    // 17 significant digits always read back. Of p digits, the nearest is tried
    // first (of two as near, the upper, as core takes), then the other neighbour: next
    // to a power of two the float's interval is lopsided, and only the farther one may
    // read back.
    let mut found = None;
    // `1..18`, not `1..=17`: one more `RangeInclusive` loop in the crate makes `-Oz`
    // outline its `next`, in the agency matcher's hot loop too (forms ~30% slower).
    for p in 1..18usize {
        if p >= digits.len() {
            break;
        }
        let down = digits[..p].to_vec();
        let mut up = down.clone();
        bump(&mut up);
        let nearest_up = round(&digits, p as i32, false) == up;
        let (first, second) = if nearest_up { (up, down) } else { (down, up) };
        // A carry adds a digit in front: the point moves one place.
        let at = |c: &[u8]| point + (c.len() > p) as i32;
        if let Some(c) = [first, second].into_iter().find(|c| reads_back(c, at(c))) {
            let at = at(&c);
            found = Some((c, at));
            break;
        }
    }
    let (mut digits, mut point) = found.unwrap_or((digits, point));
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if point <= 0 {
        out.push_str("0.");
        while point < 0 {
            out.push('0');
            point += 1;
        }
        out.extend(digits.iter().map(|&b| b as char));
    } else {
        let point = point as usize;
        for i in 0..point.max(digits.len()) {
            if i == point {
                out.push('.');
            }
            out.push(digits.get(i).map_or('0', |&b| b as char));
        }
    }
    out
}

fn non_finite(x: f64) -> &'static str {
    if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floats of every kind: whole, with few decimals, ties, tiny, huge, random bits.
    fn samples() -> Vec<f64> {
        let mut out = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            0.25,
            0.125,
            0.375,
            0.05,
            0.15,
            0.35,
            0.45,
            94.444_444,
            99.95,
            99.949_999,
            100.05,
            1_250_000.25,
            0.1 + 0.2,
            2.0 / 3.0,
            1e21,
            1e22,
            1e23,
            1e-7,
            123_456_789.123,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            9_007_199_254_740_993.0,
            0.000_049_999,
            9.999_999_999_999_999,
            999.999_5,
            0.999_95,
            1.658_206_780_088_562_3e15,
            5.684_341_886_080_802e-14,
        ];
        for i in 0..2_000u32 {
            out.push(f64::from(i) / 100.0);
            out.push(f64::from(i) / 8.0 + 0.0625);
            out.push(f64::from(i) * 100.0 / 7.0);
        }
        // Every power of two and its neighbours: their intervals are lopsided.
        for e in 1u64..2047 {
            for m in [0, 1, (1 << 52) - 1] {
                out.push(f64::from_bits((e << 52) | m));
            }
        }
        // A simple generator: random bit patterns of finite floats.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_finite() {
                out.push(x);
            }
        }
        let negatives: Vec<f64> = out.iter().map(|x| -x).collect();
        out.extend(negatives);
        out
    }

    #[test]
    fn fixed_is_what_core_writes() {
        for x in samples() {
            for d in [0, 1, 2, 3, 4, 6] {
                assert_eq!(fixed(x, d), format!("{:.*}", d, x), "{x:e} to {d}");
            }
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(fixed(x, 1), format!("{x:.1}"));
        }
    }

    #[test]
    fn shortest_is_what_core_writes() {
        for x in samples() {
            assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(shortest(x), format!("{x}"));
        }
    }
}
