#include "qml/quicktestsupport.h"

TW_QUICK_TEST_MAIN(tst_shell_qml, "qml/shell")
