#include "cli/cli.h"

int main(int argc, char** argv) {
  return docqc::cli::run(argc, argv);
}
