//! The `ratsdex` command-line tool.

fn main() {
    std::process::exit(ratsdex::cli::main());
}
