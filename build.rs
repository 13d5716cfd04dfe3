//! The data files (`data/`) as the crate embeds them: each comment line emptied, so the
//! notes written for the people who keep the data do not ship in every visitor's wasm
//! (about 15 KB of them). Emptied, not removed: a parse error still names the line of
//! the file in `data/`.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    copy_without_comments(Path::new("data"), &out);
}

fn copy_without_comments(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the data folder in OUT_DIR");
    for entry in fs::read_dir(from).expect("read data/") {
        let path = entry.expect("list data/").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_without_comments(&path, &target);
            continue;
        }
        let text = fs::read_to_string(&path).expect("data files are UTF-8");
        let kept: String = text
            .split_inclusive('\n')
            .map(|line| {
                if line.trim_start().starts_with('#') {
                    if line.ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    }
                } else {
                    line
                }
            })
            .collect();
        fs::write(&target, kept).expect("write the data file to OUT_DIR");
    }
}
