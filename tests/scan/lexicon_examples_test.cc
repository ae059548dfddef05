// Every lexicon entry proves itself: each example hits it (not negated), no counter-example does.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "scan_test_util.h"

namespace walkaway::scan {
namespace {

using testing::RepoScanner;
using testing::ScanOrDie;

bool HitsEntry(const ScanResult& result, const std::string& id) {
  for (const ScanHit& hit : result.hits) {
    if (hit.entry->id == id && !hit.negated) return true;
  }
  return false;
}

TEST(LexiconExamplesTest, EveryExampleHitsItsEntry) {
  const Scanner& scanner = RepoScanner();
  for (const LexiconEntry& entry : scanner.lexicon().entries) {
    for (const std::string& example : entry.examples) {
      EXPECT_TRUE(HitsEntry(ScanOrDie(scanner, example), entry.id))
          << entry.location.file << ":" << entry.location.line << ": " << entry.id << " misses its example: \""
          << example << "\" (expression " << ExpressionFor(entry) << ")";
    }
  }
}

TEST(LexiconExamplesTest, NoCounterExampleHitsItsEntry) {
  const Scanner& scanner = RepoScanner();
  for (const LexiconEntry& entry : scanner.lexicon().entries) {
    for (const std::string& counter : entry.counter_examples) {
      EXPECT_FALSE(HitsEntry(ScanOrDie(scanner, counter), entry.id))
          << entry.location.file << ":" << entry.location.line << ": " << entry.id
          << " hits its counter-example: \"" << counter << "\"";
    }
  }
}

TEST(LexiconExamplesTest, HasAtLeastThreeHundredEntriesOverEveryCategory) {
  const Scanner& scanner = RepoScanner();
  std::map<std::string, int> per_category;
  for (const LexiconEntry& entry : scanner.lexicon().entries) ++per_category[entry.category];
  EXPECT_GE(scanner.lexicon().entries.size(), 300u);
  for (const char* category :
       {"vague_promises", "pressure", "workload", "progression", "culture", "scam", "contract"}) {
    EXPECT_GE(per_category[category], 30) << category;
  }
}

TEST(LexiconExamplesTest, EachCategoryFeedsOneRuleFamily) {
  const std::map<std::string, std::set<std::string>> allowed = {
      {"vague_promises", {"BIAS-VAGUE"}}, {"pressure", {"SIGN-PRESSURE"}}, {"workload", {"BIAS-STRESS"}},
      {"progression", {"SIGN-PROGRESSION"}}, {"culture", {"SIGN-CULTURE"}}, {"scam", {"SCAM"}},
      {"contract", {"CONTRACT"}}};
  for (const LexiconEntry& entry : RepoScanner().lexicon().entries) {
    ASSERT_TRUE(allowed.count(entry.category)) << entry.category;
    EXPECT_TRUE(allowed.at(entry.category).count(std::string(core::ToString(entry.rule)))) << entry.id << " feeds " << core::ToString(entry.rule);
    EXPECT_EQ(entry.id.find(' '), std::string::npos) << entry.id;
  }
}

}  // namespace
}  // namespace walkaway::scan
