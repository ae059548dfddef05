// Issue #17, item 3: terminal controls in quoted text are shown, never obeyed.

#include "walkaway/report/visible_controls.h"

#include <gtest/gtest.h>

namespace walkaway::report {
namespace {

TEST(VisibleControlsTest, TitleClearScreenAndConcealAreShownNotObeyed) {
  EXPECT_EQ(VisibleControls("a\x1b]0;pwned\x07" "b"), "a\\x1B]0;pwned\\x07b");
  EXPECT_EQ(VisibleControls("\x1b[2J\x1b[8mhidden\x1b[0m"), "\\x1B[2J\\x1B[8mhidden\x1b[0m");
  EXPECT_EQ(VisibleControls("over\rwrite\x7f\x01"), "over\\x0Dwrite\\x7F\\x01");
}

TEST(VisibleControlsTest, TheReportsOwnColoursLineBreaksTabsAndLettersStay) {
  const std::string own = "\x1b[1;31mWALK AWAY\x1b[0m\n\tcafé \xC2\xA0 \xC3\x82";
  EXPECT_EQ(VisibleControls(own), own);
}

TEST(VisibleControlsTest, COneControlsAreShownAsCodePoints) {
  EXPECT_EQ(VisibleControls("a\xC2\x9B" "2Jb"), "a\\u009B2Jb");  // CSI: ESC [ in one character
  EXPECT_EQ(VisibleControls("\xC2\x85"), "\\u0085");
  EXPECT_EQ(VisibleControls("\xC2"), "\xC2") << "a lone lead byte is left as it is";
}

}  // namespace
}  // namespace walkaway::report
