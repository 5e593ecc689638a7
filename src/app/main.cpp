#include "shell/Application.h"

int main(int argc, char** argv) { return baton::ui::runApplication(argc, argv); }
