//! The smallest Rust sample: built into `target/native/hello_rs.baton.so`. It becomes a real
//! extension once `c-src/include/baton.h` defines the C API (and the safe wrapper crate exists);
//! until then it proves that Rust samples build inside the Maven build.

/// Adds two numbers, wrapping on overflow (a panic must never unwind into C).
#[no_mangle]
pub extern "C" fn hello_rs_add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}
