#include "support/Catch.h"
