#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <random>

#include "scan/database_cache.h"
#include "scan_test_util.h"

namespace walkaway::scan {
namespace {

using testing::BuildOrDie;
using testing::Entry;
using testing::ScanOrDie;

std::filesystem::path FreshDir(const std::string& name) {
  const auto dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "scan-test-tmp" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(ScannerTest, MatchesCaseInsensitivelyAtWordBoundariesWithLineAndColumn) {
  const Scanner scanner = BuildOrDie({Entry("t.rush", "rush"), Entry("t.fast", "fast-paced")});
  const ScanResult result = ScanOrDie(scanner, "No brush here.\nA FAST PACED team, in a Rush.");
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(result.hits[0].entry->id, "t.fast");
  EXPECT_EQ(result.hits[0].line, 2);
  EXPECT_EQ(result.hits[0].column, 3);
  EXPECT_EQ(result.hits[0].sentence, "A FAST PACED team, in a Rush.");
  EXPECT_EQ(result.hits[1].entry->id, "t.rush");
  EXPECT_EQ(result.hits[1].column, 25);
}

TEST(ScannerTest, SpacesInAPhraseMatchAnyWhitespaceRunAndCurlyApostrophes) {
  const Scanner scanner = BuildOrDie({Entry("t.wear", "wear many hats"), Entry("t.revisit", "we'll revisit")});
  const ScanResult result = ScanOrDie(scanner, "You will wear\n  many\thats. We\xE2\x80\x99ll revisit pay.");
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(result.hits[0].sentence, "You will wear many hats.");
  EXPECT_EQ(result.hits[1].entry->id, "t.revisit");
}

TEST(ScannerTest, UnicodeLettersAroundAPhraseAreWordCharacters) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  EXPECT_TRUE(ScanOrDie(scanner, "caf\xC3\xA9" "fee").hits.empty());
  EXPECT_TRUE(ScanOrDie(scanner, "fee\xC3\xA9").hits.empty());
  EXPECT_EQ(ScanOrDie(scanner, "\xC3\xA9 fee \xC3\xA9").hits.size(), 1u);
}

TEST(ScannerTest, MarksNegatedHitsBeforeAndAfterThePhrase) {
  const Scanner scanner = BuildOrDie({Entry("t.pto", "unlimited PTO"), Entry("t.fee", "application fee")});
  const ScanResult result =
      ScanOrDie(scanner, "There is no unlimited PTO. An application fee is not required. We offer unlimited PTO.");
  ASSERT_EQ(result.hits.size(), 3u);
  EXPECT_TRUE(result.hits[0].negated);
  EXPECT_TRUE(result.hits[1].negated);
  EXPECT_FALSE(result.hits[2].negated);
}

TEST(ScannerTest, NegationStopsAtAClauseBoundary) {
  const Scanner scanner = BuildOrDie({Entry("t.pto", "unlimited PTO")});
  EXPECT_FALSE(ScanOrDie(scanner, "Not now. Unlimited PTO is offered.").hits.at(0).negated);
}

TEST(ScannerTest, InvalidUtf8AndBinaryBytesNeverCrashAndSentencesComeBackValid) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "application fee")});
  const std::string text = std::string("\xFF\xFE\x00\xC3 application fee \xE2\x82", 22);
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_NE(result.hits[0].sentence.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  std::mt19937 rng(7);
  for (size_t length = 0; length < 300; ++length) {  // every short length, random bytes
    std::string noise(length, '\0');
    for (char& c : noise) c = static_cast<char>(rng());
    EXPECT_TRUE(scanner.NewScratch().has_value());
    (void)ScanOrDie(scanner, noise);
  }
}

TEST(ScannerTest, EmptyInputHasNoHits) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  EXPECT_TRUE(ScanOrDie(scanner, "").hits.empty());
}

TEST(ScannerTest, MatchDenseTextIsCappedAndCounted) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "fee ";
  const ScanResult result = ScanOrDie(scanner, text);
  EXPECT_EQ(result.hits.size(), kMaxHitsPerText);
  EXPECT_EQ(result.dropped, 4000u);
}

TEST(ScannerTest, LongSentenceIsCutAroundTheHit) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  const std::string text = std::string(3 << 20, 'a') + " fee " + std::string(3 << 20, 'b');
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_LT(result.hits[0].sentence.size(), 2 * kMaxSentenceSide + 20);
  EXPECT_EQ(result.hits[0].sentence.substr(0, 3), "...");
}

TEST(ScannerTest, BadRegexNamesTheEntryAndFileLine) {
  Lexicon lexicon;
  lexicon.entries = {Entry("t.ok", "fee"), Entry("t.broken", "(unclosed", true)};
  core::Result<Scanner> built = Scanner::Build(std::move(lexicon), {});
  ASSERT_FALSE(built.has_value());
  const std::string message = built.error().ToString();
  EXPECT_NE(message.find("test.toml:7"), std::string::npos) << message;
  EXPECT_NE(message.find("t.broken"), std::string::npos) << message;
}

TEST(ScannerTest, RegexWithoutAWholeWordToLookForIsRefusedWithTheEntryNamed) {
  Lexicon lexicon;
  lexicon.entries = {Entry("t.ok", "fee"), Entry("t.digits", R"(\d+ ?%)", true)};
  core::Result<Scanner> built = Scanner::Build(std::move(lexicon), {});
  ASSERT_FALSE(built.has_value());
  const std::string message = built.error().ToString();
  EXPECT_NE(message.find("test.toml:7"), std::string::npos) << message;
  EXPECT_NE(message.find("t.digits"), std::string::npos) << message;
  EXPECT_NE(message.find("whole word"), std::string::npos) << message;
}

TEST(ScannerTest, RegexAnchoredToTheTextsStartIsRefusedWithTheEntryNamed) {
  Lexicon lexicon;
  lexicon.entries = {Entry("t.urgent", "^urgently hiring", true)};
  core::Result<Scanner> built = Scanner::Build(std::move(lexicon), {});
  ASSERT_FALSE(built.has_value());
  EXPECT_NE(built.error().ToString().find("t.urgent"), std::string::npos);
  EXPECT_NE(built.error().ToString().find("not supported"), std::string::npos) << built.error().ToString();
}

TEST(ScannerTest, RegexIsFoundAroundItsStretchWithItsWholeSpan) {
  const Scanner scanner = BuildOrDie({Entry("t.upto", R"(up to \d+(\.\d+)? ?%)", true)});
  const std::string text = "Bonus: up to\n\n   12.5 % of base. It is up to you.";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(text.substr(result.hits[0].begin, result.hits[0].end - result.hits[0].begin), "up to\n\n   12.5 %");
  EXPECT_EQ(result.hits[0].column, 8);
}

TEST(ScannerTest, RegexWithAnUnboundedPieceStillFindsItsStart) {
  const Scanner scanner =
      BuildOrDie({Entry("t.law", "governed by the laws of (the state of )?[a-z]+", true)});
  const std::string text = "This letter is governed by the laws of the State of Delaware.";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(text.substr(result.hits[0].begin, result.hits[0].end - result.hits[0].begin),
            "governed by the laws of the State of Delaware");
}

TEST(ScannerTest, AShorterAlternativeCountsWhenTheLongerOneStartsInsideAWord) {
  const Scanner scanner = BuildOrDie({Entry("t.weekend", "(occasional |some )?weekend work", true)});
  const std::string text = "SIGN-PRESSUREOccasional weekend work is expected. Some weekend work too.";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(text.substr(result.hits[0].begin, result.hits[0].end - result.hits[0].begin), "weekend work");
  EXPECT_EQ(text.substr(result.hits[1].begin, result.hits[1].end - result.hits[1].begin), "Some weekend work");
}

TEST(ScannerTest, APhraseAcrossTheWordPassChunkOfALongTextIsFound) {
  // Texts over 1 MiB go through the word pass a chunk at a time: a phrase near the cut, its pair
  // anchor on either side, is found once at its place.
  const Scanner scanner = BuildOrDie({Entry("t.hats", "wear many hats"), Entry("t.fee", "application fee")});
  for (size_t back = 0; back < 24; ++back) {
    const size_t at = (size_t{1} << 20) - back;
    std::string text(at, 'x');
    for (size_t i = 7; i < at; i += 8) text[i] = ' ';
    text += " wear many hats and an application fee.";
    const ScanResult result = ScanOrDie(scanner, text);
    ASSERT_EQ(result.hits.size(), 2u) << back;
    EXPECT_EQ(result.hits[0].begin, at + 1) << back;
    EXPECT_EQ(result.hits[0].entry->id, "t.hats");
  }
}

TEST(ScannerTest, ARegexWhoseStretchEndsInASpaceReachesPastTheWholeRun) {
  // The stretch "pay back your " ends at its run's first byte; the window's reach starts after the run.
  const Scanner scanner = BuildOrDie({Entry("t.repay", R"((repay|pay back) (the |your )\d{1,3}%)", true)});
  const std::string text = "You will pay back your  100% of it.";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(text.substr(result.hits[0].begin, result.hits[0].end - result.hits[0].begin), "pay back your  100%");
}

TEST(ScannerTest, TwoBranchesSharingAStretchKeepTheWiderWindow) {
  const Scanner scanner = BuildOrDie({Entry("t.eod", R"(end of day|end of day \d+)", true)});
  const std::string text = "Reply by end of day 5 please.";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(text.substr(result.hits[0].begin, result.hits[0].end - result.hits[0].begin), "end of day 5");
}

TEST(ScannerTest, RegexHitsSurviveATextDenseWithStrings) {
  // More string matches than the raw cap before the regex's stretch: the regex still runs.
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee"), Entry("t.upto", R"(up to \d+%)", true)});
  std::string text = "up to 20% bonus. ";
  for (int i = 0; i < 5000; ++i) text += "fee ";
  const ScanResult result = ScanOrDie(scanner, text);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].entry->id, "t.upto");
  EXPECT_GT(result.dropped, 0u);
}

TEST(ScannerTest, SecondBuildLoadsTheCachedDatabase) {
  const auto dir = FreshDir("cache-hit");
  EXPECT_FALSE(BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().from_cache);
  const Scanner again = BuildOrDie({Entry("t.fee", "fee")}, dir);
  EXPECT_TRUE(again.build_info().from_cache);
  EXPECT_EQ(ScanOrDie(again, "a fee").hits.size(), 1u);
}

TEST(ScannerTest, ChangedPatternsUseADifferentCacheFile) {
  const auto dir = FreshDir("cache-key");
  const auto first = BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().cache_file;
  const auto second = BuildOrDie({Entry("t.fee", "fees")}, dir).build_info().cache_file;
  EXPECT_NE(first, second);
}

TEST(ScannerTest, CorruptCacheFileIsIgnoredAndRebuilt) {
  const auto dir = FreshDir("cache-corrupt");
  const auto file = BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().cache_file;
  for (const std::string& junk : {std::string("garbage"), std::string(4096, '\xAB')}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << junk;
    const Scanner rebuilt = BuildOrDie({Entry("t.fee", "fee")}, dir);
    EXPECT_FALSE(rebuilt.build_info().from_cache);
    EXPECT_NE(rebuilt.build_info().note.find("corrupt"), std::string::npos);
    EXPECT_EQ(ScanOrDie(rebuilt, "a fee").hits.size(), 1u);
  }
  EXPECT_TRUE(BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().from_cache);  // rewritten
}

// Issue #17, item 5: a FIFO where the cache file lives blocked the open forever. It is not a
// regular file, so it is not read: the database is compiled and the scan goes on.
TEST(ScannerTest, AFifoInPlaceOfTheCacheFileIsIgnoredNotWaitedOn) {
  const auto dir = FreshDir("cache-fifo");
  const auto file = BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().cache_file;
  std::filesystem::remove(file);
  ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0);
  const Scanner rebuilt = BuildOrDie({Entry("t.fee", "fee")}, dir);
  EXPECT_FALSE(rebuilt.build_info().from_cache);
  EXPECT_NE(rebuilt.build_info().note.find("not a regular file"), std::string::npos) << rebuilt.build_info().note;
  EXPECT_EQ(ScanOrDie(rebuilt, "a fee").hits.size(), 1u);
}

TEST(ScannerTest, FlippedByteInTheCachedPayloadIsCaught) {
  const auto dir = FreshDir("cache-flip");
  const auto file = BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().cache_file;
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes[bytes.size() / 2] ^= 0x5A;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  EXPECT_FALSE(BuildOrDie({Entry("t.fee", "fee")}, dir).build_info().from_cache);
}

TEST(ScannerTest, AWellSealedPayloadThatDoesNotParseIsRebuilt) {
  // Past the checksum: a payload sealed by our own writer whose tables are cut short or hold a
  // value out of range (what a bug in a future layout would write) is refused by Deserialize.
  const auto dir = FreshDir("cache-tables");
  const std::vector<LexiconEntry> entries = {Entry("t.fee", "fee"), Entry("t.upto", R"(up to \d+%)", true)};
  const auto file = BuildOrDie(entries, dir).build_info().cache_file;
  std::string sealed;
  {
    std::ifstream in(file, std::ios::binary);
    sealed.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string payload = sealed.substr(32);  // after magic, key, length and checksum
  const std::string name = file.stem().string();  // lexicon-<key as 16 hex digits>
  const uint64_t key = std::stoull(name.substr(name.find('-') + 1), nullptr, 16);
  std::string bad_sides = payload;
  bad_sides[bad_sides.size() - 4] = '\x7F';  // the last stretch's sides: only 0..3 exist
  for (const std::string& broken : {payload.substr(0, payload.size() - 4), payload.substr(0, payload.size() / 2),
                                    bad_sides, payload + "x"}) {
    ASSERT_EQ(WriteCachedDatabase(file, key, broken), "");
    const Scanner rebuilt = BuildOrDie(entries, dir);
    EXPECT_FALSE(rebuilt.build_info().from_cache) << broken.size();
    EXPECT_NE(rebuilt.build_info().note.find("could not be loaded"), std::string::npos) << rebuilt.build_info().note;
    EXPECT_EQ(ScanOrDie(rebuilt, "a fee, up to 20% more").hits.size(), 2u);
  }
  ASSERT_EQ(WriteCachedDatabase(file, key, payload), "");  // and the intact one loads
  EXPECT_TRUE(BuildOrDie(entries, dir).build_info().from_cache);
}

TEST(ScannerTest, UnwritableCacheIsOnlyANote) {
  const auto dir = FreshDir("cache-ro");
  std::ofstream(dir / "file") << "x";
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")}, dir / "file" / "sub");
  EXPECT_FALSE(scanner.build_info().note.empty());
  EXPECT_EQ(ScanOrDie(scanner, "fee").hits.size(), 1u);
}

TEST(ScannerTest, DefaultCacheDirFollowsTheEnvironment) {
  EXPECT_EQ(DefaultCacheDir("/a", "/x", "/h"), std::filesystem::path("/a"));
  EXPECT_EQ(DefaultCacheDir(nullptr, "/x", "/h"), std::filesystem::path("/x/walkaway"));
  EXPECT_EQ(DefaultCacheDir("", nullptr, "/h"), std::filesystem::path("/h/.cache/walkaway"));
  EXPECT_TRUE(DefaultCacheDir(nullptr, nullptr, nullptr).empty());
}

}  // namespace
}  // namespace walkaway::scan

namespace walkaway::scan {
namespace {

core::Result<Lexicon> ReadTestLexicon(const std::filesystem::path& dir) {
  std::ifstream in(dir / "a.toml");
  std::string pattern;
  std::getline(in, pattern);
  Lexicon lexicon;
  lexicon.entries = {testing::Entry("t.one", pattern)};
  return lexicon;
}

TEST(ScannerOpenTest, WarmCacheLoadsTheLexiconWithoutReadingItAndAnEditRebuilds) {
  const auto lexicon_dir = FreshDir("open-lexicon");
  const auto cache = FreshDir("open-cache");
  std::ofstream(lexicon_dir / "a.toml") << "application fee\n";
  core::Result<Scanner> first = Scanner::Open(lexicon_dir, cache, &ReadTestLexicon);
  ASSERT_TRUE(first.has_value()) << first.error().ToString();
  EXPECT_FALSE(first->build_info().from_cache);
  const auto fail = [](const std::filesystem::path&) -> core::Result<Lexicon> {
    return core::Error::Internal("the lexicon was read although the cache was warm");
  };
  core::Result<Scanner> warm = Scanner::Open(lexicon_dir, cache, fail);
  ASSERT_TRUE(warm.has_value()) << warm.error().ToString();
  EXPECT_TRUE(warm->build_info().from_cache);
  ASSERT_EQ(warm->lexicon().entries.size(), 1u);
  EXPECT_EQ(warm->lexicon().entries[0].location, first->lexicon().entries[0].location);
  const ScanResult result = testing::ScanOrDie(*warm, "An  application\nfee applies.");
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].entry->id, "t.one");
  EXPECT_EQ(result.hits[0].column, 5);
  std::ofstream(lexicon_dir / "a.toml", std::ios::trunc) << "signing bonus\n";
  core::Result<Scanner> edited = Scanner::Open(lexicon_dir, cache, &ReadTestLexicon);
  ASSERT_TRUE(edited.has_value());
  EXPECT_FALSE(edited->build_info().from_cache);
  EXPECT_EQ(edited->lexicon().entries[0].pattern, "signing bonus");
}

TEST(ScannerOpenTest, ReaderErrorsPassThroughAndNoCacheMeansRead) {
  const auto lexicon_dir = FreshDir("open-missing");
  const auto fail = [](const std::filesystem::path&) -> core::Result<Lexicon> {
    return core::Error::NotFound("no *.toml lexicon files");
  };
  core::Result<Scanner> opened = Scanner::Open(lexicon_dir, FreshDir("open-missing-cache"), fail);
  ASSERT_FALSE(opened.has_value());
  EXPECT_NE(opened.error().message.find("no *.toml"), std::string::npos);
  std::ofstream(lexicon_dir / "a.toml") << "fee\n";
  core::Result<Scanner> uncached = Scanner::Open(lexicon_dir, {}, &ReadTestLexicon);
  ASSERT_TRUE(uncached.has_value());
  EXPECT_FALSE(uncached->build_info().from_cache);
  EXPECT_TRUE(uncached->build_info().cache_file.empty());
}

TEST(ScannerTest, PhrasesMatchAcrossLongWhitespaceRunsAndKeepTheirPlace) {
  const Scanner scanner = BuildOrDie({Entry("t.wear", "wear many hats"), Entry("t.fast", "fast-paced")});
  const ScanResult result = ScanOrDie(scanner, "x\n\n   We   wear \r\n\r\n many \t\t hats and are fast\npaced.");
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(result.hits[0].line, 3);
  EXPECT_EQ(result.hits[0].column, 9);
  EXPECT_EQ(result.hits[1].entry->id, "t.fast");
  EXPECT_EQ(result.hits[1].line, 5);
  EXPECT_EQ(result.hits[1].column, 23);
}

}  // namespace
}  // namespace walkaway::scan
