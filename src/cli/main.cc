#include <iostream>

#include "walkaway/cli/run.h"

int main(int argc, char** argv) {
  return walkaway::cli::Run({argv + 1, argv + argc}, std::cout, std::cerr,
                            walkaway::cli::SystemEnvironment());
}
