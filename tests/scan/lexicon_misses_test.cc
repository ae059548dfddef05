// Issue #12 item 7: clauses real offer letters worded in ways the lexicon used to miss. Each is
// caught now, by exactly one entry (one clause reported once), inside a sentence we wrote.

#include <gtest/gtest.h>

#include <iterator>
#include <string>

#include "scan_test_util.h"

namespace walkaway::scan {
namespace {

using testing::RepoScanner;
using testing::ScanOrDie;

struct MissCase {
  const char* sentence;
  const char* entry_id;
};

constexpr MissCase kMisses[] = {
    {"Bonuses are paid at the sole discretion of the Company.", "vague.at-sole-discretion"},
    {"By signing, you waive any right to join a class action against the employer.",
     "contract.class-action-waiver"},
    {"The relocation allowance must be repaid in full if you leave within 24 months.", "contract.clawback"},
    {"The signing bonus is repaid in full if you leave within 24 months of your start date.",
     "contract.clawback"},
    {"The employee repays the relocation costs in full if they leave within 24 months.",
     "contract.repay-bonus"},
    {"You will be repaying the sign-on bonus in full if you leave within 24 months.", "contract.repay-bonus"},
    {"Remote work is a privilege and can be withdrawn at any time.", "contract.remote-revocable"},
    {"The company reserves the right to change your place of work.", "contract.work-location-change"},
    {"You may be asked to work additional hours without additional pay.", "contract.unpaid-overtime-clause"},
    {"During your employment and for one year after, you will not work for any competitor.",
     "contract.not-compete"},
    {"We will send you a cheque to buy your home-office equipment.", "scam.send-check-equipment"},
    {"Good news, you have been hired immediately.", "scam.hired-same-day"},
    {"To set up payroll, please send your bank account details today.", "scam.bank-details-early"},
    {"The relocation repayment does not reduce with time served.", "contract.clawback"},
    {"Either party may end this contract with one week's notice.", "contract.notice-one-week"},
    {"The company may terminate with one week's notice.", "contract.notice-one-week"},
    {"You will not be entitled to holiday pay.", "contract.no-paid-leave-or-pension"},
    {"You will not receive sick pay under this contract.", "contract.no-paid-leave-or-pension"},
    {"There is no pension under this contract.", "contract.no-paid-leave-or-pension"},
    {"Overtime is compensated by the salary.", "contract.unpaid-overtime-clause"},
    {"The contract will be sent once you have accepted the offer.", "contract.agreement-not-attached"},
};

TEST(LexiconMissesTest, EachClauseIsCaughtByExactlyOneEntry) {
  const Scanner& scanner = RepoScanner();
  for (const MissCase& c : kMisses) {
    const ScanResult result = ScanOrDie(scanner, c.sentence);
    ASSERT_EQ(result.hits.size(), 1u) << "\"" << c.sentence << "\"";
    EXPECT_EQ(result.hits[0].entry->id, c.entry_id) << "\"" << c.sentence << "\"";
    EXPECT_FALSE(result.hits[0].negated) << "\"" << c.sentence << "\"";
  }
}

// The same clauses as one letter, a line each: one hit per line, in order, none across lines.
TEST(LexiconMissesTest, ALetterOfTheClausesGivesOneHitPerClause) {
  std::string letter;
  for (const MissCase& c : kMisses) letter += std::string(c.sentence) + "\n";
  const ScanResult result = ScanOrDie(RepoScanner(), letter);
  ASSERT_EQ(result.hits.size(), std::size(kMisses));
  for (size_t i = 0; i < std::size(kMisses); ++i) {
    EXPECT_EQ(result.hits[i].entry->id, kMisses[i].entry_id) << "line " << i + 1;
    EXPECT_EQ(result.hits[i].line, static_cast<int>(i) + 1) << kMisses[i].sentence;
    EXPECT_FALSE(result.hits[i].negated) << kMisses[i].sentence;
  }
}

}  // namespace
}  // namespace walkaway::scan
