# One interface target carries the project's warning set; every layer links it PRIVATE.
add_library(baton_warnings INTERFACE)
target_compile_options(baton_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wno-sign-conversion)
