// Entry point of the docqc program: argv in, exit code out. main() only calls this.
#pragma once

namespace docqc::cli {

int run(int argc, char** argv);

}  // namespace docqc::cli
