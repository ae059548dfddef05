#include "server/api.h"
#include "server/snapshots.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <utility>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/decide/compare.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/compare_json.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/server/server.h"

namespace walkaway::server {
namespace {

using nlohmann::json;

const std::filesystem::path kSource = WALKAWAY_SOURCE_DIR;
const core::Date kToday{2026, 12, 1};

EngineOptions TestEngine() {
  EngineOptions o;
  o.data_dir = kSource / "data";
  o.cache_dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "test-cache";
  return o;
}

std::string ReadText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// What a command prints on stdout, and whether it exited 0.
std::pair<bool, std::string> RunCommand(const std::string& command) {
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) return {false, {}};
  std::string out;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, p)) > 0) out.append(buffer, n);
  return {::pclose(p) == 0, out};
}

// Drops where things are written ("file", "line", "column", "case"): a stored case has no file.
json WithoutPlaces(const json& j) {
  if (j.is_object()) {
    json out = json::object();
    for (const auto& [k, v] : j.items()) {
      if (k == "file" || k == "line" || k == "column" || k == "case" || k == "at") continue;
      out[k] = WithoutPlaces(v);
    }
    return out;
  }
  if (j.is_array()) {
    json out = json::array();
    for (const auto& v : j) out.push_back(WithoutPlaces(v));
    return out;
  }
  return j;
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("walkaway-api-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    Reopen();
  }
  void TearDown() override {
    api_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Reopen() {
    api_.reset();
    core::Result<store::Workspace> ws = store::Workspace::Open(dir_ / "ws.walkaway");
    ASSERT_TRUE(ws) << ws.error().ToString();
    ApiOptions options;
    options.engine = TestEngine();
    options.today = [] { return kToday; };
    options.now = [this] { return clock_; };
    options.workspace_file = dir_ / "ws.walkaway";
    options.engines = 2;
    options.version = "test";
    api_ = std::make_unique<Api>(std::move(*ws), std::move(options));
  }
  Response Call(std::string method, std::string target, std::string body = {}, std::string content_type = {}) {
    Request r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.body = std::move(body);
    r.content_type = std::move(content_type);
    return api_->Handle(r);
  }
  int64_t Import(const std::string& example) {
    core::Result<store::Workspace> ws = store::Workspace::Open(dir_ / "ws.walkaway");
    EXPECT_TRUE(ws);
    core::Result<ImportedCase> made = ImportCaseFile(*ws, kSource / "examples" / example);
    EXPECT_TRUE(made) << made.error().ToString();
    return made ? made->stored.id : 0;
  }
  static std::string Field(const Response& r) {
    const json j = json::parse(r.body);
    return j["error"]["field"].is_string() ? j["error"]["field"].get<std::string>() : "";
  }

  std::filesystem::path dir_;
  int64_t clock_ = 1'796'083'200;  // 2026-12-01T00:00:00Z; tests move it on
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, AnImportedCaseIsListedAndReadBack) {
  Response made = Call("POST", "/api/v1/cases", ReadText(kSource / "examples/usd-offer.json"), "application/json");
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(json::parse(made.body)["name"], "Ola: Stellar Cloud Inc.");
  ASSERT_EQ(made.headers.size(), 1u);
  EXPECT_EQ(made.headers[0].second, "/api/v1/cases/1");
  Response list = Call("GET", "/api/v1/cases");
  EXPECT_EQ(json::parse(list.body)["cases"].size(), 1u);
  Response one = Call("GET", "/api/v1/cases/1");
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(json::parse(one.body)["case"]["candidate"]["name"], "Ola");
}

TEST_F(ApiTest, ImportingTheSameFileAgainDoesNotAddItTwice) {
  core::Result<store::Workspace> ws = store::Workspace::Open(dir_ / "other.walkaway");
  ASSERT_TRUE(ws);
  core::Result<ImportedCase> first = ImportCaseFile(*ws, kSource / "examples/demo.toml");
  core::Result<ImportedCase> again = ImportCaseFile(*ws, kSource / "examples/demo.toml");
  ASSERT_TRUE(first && again);
  EXPECT_FALSE(first->already);
  EXPECT_TRUE(again->already);
  EXPECT_EQ(again->stored.id, first->stored.id);
  EXPECT_EQ(ws->ListCases()->size(), 1u);
}

TEST_F(ApiTest, AnInvalidCaseIsRefusedWithItsFieldLineAndColumn) {
  Response r = Call("POST", "/api/v1/cases", "[candidate]\nname = \"A\"\n[[offers]]\nid = \"a\"\ncompany = \"C\"\nbase = \"lots\"\n",
                    "application/toml");
  ASSERT_EQ(r.status, 400) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["error"]["field"], "offers[0].base");
  EXPECT_EQ(j["error"]["line"], 6);
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/cases").body)["cases"].size(), 0u);
}

TEST_F(ApiTest, ACaseNamingDocumentsByPathIsRefusedAtTheDocumentsField) {
  Response r = Call("POST", "/api/v1/cases", ReadText(kSource / "examples/demo.toml"), "application/toml");
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(Field(r).rfind("offers[", 0), 0u);
  EXPECT_NE(Field(r).find(".documents."), std::string::npos) << r.body;
}

TEST_F(ApiTest, PatchSetsOneFieldAndMovesTheRevisionOn) {
  const int64_t id = Import("usd-offer.json");
  Response r = Call("PATCH", "/api/v1/cases/" + std::to_string(id),
                    R"({"path":"offers[0].base","value":"160k USD","revision":1})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["revision"], 2);
  const json c = json::parse(Call("GET", "/api/v1/cases/" + std::to_string(id)).body);
  EXPECT_EQ(c["case"]["offers"][0]["base"], "160k USD");
}

TEST_F(ApiTest, APatchThatBreaksTheCaseSavesNothingAndNamesTheField) {
  const int64_t id = Import("usd-offer.json");
  const std::string before = Call("GET", "/api/v1/cases/1").body;
  Response r = Call("PATCH", "/api/v1/cases/1", R"({"path":"offers[0].deadline","value":"next week"})");
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Field(r), "offers[0].deadline");
  EXPECT_TRUE(json::parse(r.body)["error"]["line"].is_null());  // no line of text the person never saw
  r = Call("PATCH", "/api/v1/cases/1", R"({"path":"offers[0].wrok","value":1})");
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Field(r), "offers[0].wrok");
  EXPECT_EQ(Call("GET", "/api/v1/cases/" + std::to_string(id)).body, before);
}

TEST_F(ApiTest, APatchAgainstAStaleRevisionIsAConflict) {
  Import("usd-offer.json");
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"Ola K","revision":1})").status, 200);
  Response r = Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"Ola J","revision":1})");
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "conflict");
}

TEST_F(ApiTest, MalformedPatchesAreBadRequests) {
  Import("usd-offer.json");
  for (const char* body : {"", "{", "[]", R"({"value":1})", R"({"path":"a"})", R"({"path":"a..b","value":1})",
                           R"({"path":"a","value":1,"extra":2})", R"({"path":1,"value":1})"}) {
    SCOPED_TRACE(body);
    EXPECT_EQ(Call("PATCH", "/api/v1/cases/1", body).status, 400);
  }
}

TEST_F(ApiTest, AValueNestedDeeperThanTheCapIsRefused) {
  Import("usd-offer.json");
  const std::string deep = std::string(70, '[') + std::string(70, ']');
  Response r = Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":)" + deep + "}");
  EXPECT_EQ(r.status, 413) << r.body;
  EXPECT_EQ(Call("POST", "/api/v1/cases/1/comparison", R"({"weights":)" + deep + "}").status, 413);
}

TEST_F(ApiTest, DeleteIsUndoneAndRedone) {
  Import("usd-offer.json");
  ASSERT_EQ(Call("DELETE", "/api/v1/cases/1").status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/cases/1").status, 404);
  Response undo = Call("POST", "/api/v1/undo");
  EXPECT_EQ(json::parse(undo.body)["change"]["label"], "delete a case");
  EXPECT_EQ(Call("GET", "/api/v1/cases/1").status, 200);
  Call("POST", "/api/v1/redo");
  EXPECT_EQ(Call("GET", "/api/v1/cases/1").status, 404);
}

TEST_F(ApiTest, UndoWorksAfterTheServerIsStartedAgain) {
  Import("usd-offer.json");
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"Ola K"})").status, 200);
  Reopen();
  const json history = json::parse(Call("GET", "/api/v1/history").body);
  EXPECT_EQ(history["undo"]["label"], "set candidate.name");
  EXPECT_TRUE(history["redo"].is_null());
  Call("POST", "/api/v1/undo");
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/cases/1").body)["case"]["candidate"]["name"], "Ola");
}

TEST_F(ApiTest, UnknownCasesRoutesAndMethodsAreTold) {
  EXPECT_EQ(Call("GET", "/api/v1/cases/7").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/cases/abc").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/cases/0").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/cases/99999999999999999999999").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/cases/1/judgement/extra").status, 404);
  Response r = Call("PUT", "/api/v1/cases/1");
  EXPECT_EQ(r.status, 405);
  ASSERT_FALSE(r.headers.empty());
  EXPECT_EQ(r.headers[0].second, "GET, PATCH, DELETE");
}

// The same judgement as `walkaway evaluate --format json` on the case file: nothing is lost by
// keeping the case in the workspace's JSON form with its documents inline.
TEST_F(ApiTest, TheJudgementOfAStoredCaseIsTheJudgementOfItsFile) {
  for (const char* example : {"demo.toml", "usd-offer.json", "contract-clauses.toml"}) {
    SCOPED_TRACE(example);
    const int64_t id = Import(example);
    Response r = Call("GET", "/api/v1/cases/" + std::to_string(id) + "/judgement?today=2026-12-01");
    ASSERT_EQ(r.status, 200) << r.body;
    core::Result<io::LoadedCase> loaded = io::ReadCaseFile(kSource / "examples" / example);
    ASSERT_TRUE(loaded);
    Engine engine(TestEngine());
    core::Result<core::Judgement> j = engine.Judge(loaded->c, kToday);
    ASSERT_TRUE(j);
    io::JsonReportOptions o{"x", "test", loaded->c.candidate.currency, &loaded->locations};
    o.projections = &j->projections;
    o.plans = &j->plans;
    EXPECT_EQ(WithoutPlaces(json::parse(r.body)), WithoutPlaces(json::parse(io::EvaluationToJson(j->evaluation, o))));
  }
}

TEST_F(ApiTest, AJudgementDateThatIsNotADateNamesTheParameter) {
  Import("usd-offer.json");
  Response r = Call("GET", "/api/v1/cases/1/judgement?today=2026-13-01");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Field(r), "today");
}

TEST_F(ApiTest, APostedCaseIsJudgedWithoutBeingSaved) {
  Response r = Call("POST", "/api/v1/judgement", ReadText(kSource / "examples/usd-offer.json"), "application/json");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["offers"].size(), 1u);
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/cases").body)["cases"].size(), 0u);
}

TEST_F(ApiTest, EveryExampleExportsAsTomlAndJsonThatReadBackAsTheSameCase) {
  for (const auto& entry : std::filesystem::directory_iterator(kSource / "examples")) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".toml" && ext != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    const int64_t id = Import(entry.path().filename().string());
    core::Result<io::LoadedCase> original = io::ReadCaseFile(entry.path());
    ASSERT_TRUE(original);
    core::Case expected = original->c;
    for (core::Offer& o : expected.offers) {
      for (core::Document& d : o.documents) d.path.clear();
    }
    for (const char* format : {"toml", "json"}) {
      Response r = Call("GET", "/api/v1/cases/" + std::to_string(id) + "/export?format=" + format);
      ASSERT_EQ(r.status, 200) << r.body;
      core::Result<io::LoadedCase> back =
          io::ParseCase(r.body, std::string("case.") + format, std::string(format) == "toml" ? io::Format::kToml : io::Format::kJson);
      ASSERT_TRUE(back) << back.error().ToString();
      EXPECT_TRUE(back->c == expected) << format;
    }
  }
  EXPECT_EQ(Call("GET", "/api/v1/cases/1/export?format=pdf").status, 400);
}

// Moving a weight re-runs only the comparison, on the cached judgement: the answer must be what a
// full judgement of the case with those weights gives.
TEST_F(ApiTest, AComparisonWithNewWeightsIsTheFullJudgementsComparisonWithThoseWeights) {
  const int64_t id = Import("demo.toml");
  const std::string target = "/api/v1/cases/" + std::to_string(id) + "/comparison?today=2026-12-01";
  ASSERT_EQ(Call("POST", target).status, 200);  // fills the cache
  Response r = Call("POST", target, R"({"weights":{"pay":5,"growth":1,"flexibility":3},"draws":2000,"seed":7})");
  ASSERT_EQ(r.status, 200) << r.body;

  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(kSource / "examples/demo.toml");
  ASSERT_TRUE(loaded);
  loaded->c.candidate.priorities = core::Priorities{{}, {{"pay", 5}, {"growth", 1}, {"flexibility", 3}}};
  Engine engine(TestEngine());
  judge::JudgeOptions jo;
  jo.plans = false;
  jo.compare = core::CompareOptions{};
  jo.compare->draws = 2000;
  jo.compare->seed = 7;
  core::Result<core::Judgement> j = engine.Judge(loaded->c, kToday, jo);
  ASSERT_TRUE(j && j->comparison);
  const std::string full = io::ComparisonToJson(*j->comparison, {"x", "test", loaded->c.candidate.currency});
  EXPECT_EQ(WithoutPlaces(json::parse(r.body)), WithoutPlaces(json::parse(full)));
  // And the weights changed the answer, so the test can tell a stale cache from a fresh one.
  EXPECT_NE(WithoutPlaces(json::parse(r.body)), WithoutPlaces(json::parse(Call("POST", target).body)));
}

TEST_F(ApiTest, AComparisonSeesAChangeToTheCase) {
  const int64_t id = Import("demo.toml");
  const std::string target = "/api/v1/cases/" + std::to_string(id) + "/comparison?today=2026-12-01";
  const std::string before = Call("POST", target).body;
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"offers[2].base","value":"40k"})").status, 200);
  EXPECT_NE(Call("POST", target).body, before);
}

// Deleting a case and undoing it must not bring back an older judgement from the cache.
TEST_F(ApiTest, AComparisonAfterADeleteAndItsUndoIsOfTheCaseAsItIsNow) {
  Import("demo.toml");
  const std::string target = "/api/v1/cases/1/comparison?today=2026-12-01";
  const std::string original = Call("POST", target).body;  // cached at revision 1
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"offers[2].base","value":"40k"})").status, 200);
  ASSERT_EQ(Call("DELETE", "/api/v1/cases/1").status, 200);
  ASSERT_EQ(Call("POST", "/api/v1/undo").status, 200);
  const std::string now = Call("POST", target).body;
  EXPECT_NE(now, original);
  Reopen();  // and a fresh server, with no cache, agrees
  EXPECT_EQ(Call("POST", target).body, now);
}

TEST_F(ApiTest, AComparisonRequestsBadWeightsAreNamedAsTheRequestNamesThem) {
  Import("demo.toml");
  Response r = Call("POST", "/api/v1/cases/1/comparison", R"({"weights":{"pay":-1}})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Field(r), "weights.pay");
  r = Call("POST", "/api/v1/cases/1/comparison", R"({"weights":{"shoe_size":1}})");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Field(r).rfind("weights", 0), 0u) << r.body;
  r = Call("POST", "/api/v1/cases/1/comparison", R"({"draws":5})");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Field(r), "draws");
}

// The message is the one `walkaway draft` writes for the case file.
TEST_F(ApiTest, ADraftIsTheMessageTheCommandLineWrites) {
  const int64_t id = Import("demo.toml");
  for (const char* kind : {"counter", "extension", "decline"}) {
    SCOPED_TRACE(kind);
    Response r = Call("GET", "/api/v1/cases/" + std::to_string(id) + "/draft?offer=northwind&kind=" + kind +
                                 "&today=2026-12-01");
    ASSERT_EQ(r.status, 200) << r.body;
    const std::string command = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway draft " +
                                (kSource / "examples/demo.toml").string() + " --offer northwind --today 2026-12-01 --kind " +
                                kind;
    const auto [ok, cli] = RunCommand(command);
    ASSERT_TRUE(ok) << command;
    EXPECT_EQ(json::parse(r.body)["text"], cli);
  }
}

TEST_F(ApiTest, ADraftForAnUnknownOfferOrKindIsTold) {
  Import("demo.toml");
  Response r = Call("GET", "/api/v1/cases/1/draft?offer=nowhere&kind=counter");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(Field(r), "offer");
  r = Call("GET", "/api/v1/cases/1/draft?offer=northwind&kind=poem");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Field(r), "kind");
}

constexpr const char* kPastedLetter =
    "Dear Ola,\n\nWe are pleased to offer you the position of Principal Engineer.\n"
    "Your base salary will be $160,000 per year, paid monthly.\n"
    "Please let us know your decision by December 10, 2026.\n"
    "Your start date will be January 4, 2027.\n";

TEST_F(ApiTest, AReviewQuotesEachFactWithItsPlaceAndSavesNothing) {
  const json body = {{"text", kPastedLetter}, {"kind", "offer_letter"}, {"currency", "USD"}};
  Response r = Call("POST", "/api/v1/review", body.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  std::map<std::string, json> by_topic;
  for (const json& f : j["found"]) by_topic[f["topic"].get<std::string>()] = f;
  ASSERT_TRUE(by_topic.count("base")) << r.body;
  EXPECT_EQ(by_topic["base"]["field"], "offers[0].base");
  EXPECT_EQ(by_topic["base"]["amount"]["minor"], 16000000);
  EXPECT_EQ(by_topic["base"]["line"], 4);
  EXPECT_NE(by_topic["base"]["quote"].get<std::string>().find("$160,000"), std::string::npos);
  EXPECT_TRUE(by_topic["base"]["written"]);
  ASSERT_TRUE(by_topic.count("deadline")) << r.body;
  EXPECT_EQ(by_topic["deadline"]["date"], "2026-12-10");
  EXPECT_EQ(by_topic["deadline"]["line"], 5);
  ASSERT_TRUE(by_topic.count("title")) << r.body;
  // What the letter does not say is listed, so the person knows what to ask for.
  const json missing = j["not_found"];
  EXPECT_NE(std::find(missing.begin(), missing.end(), "bonus"), missing.end()) << r.body;
  EXPECT_NE(std::find(missing.begin(), missing.end(), "equity"), missing.end()) << r.body;
  EXPECT_EQ(std::find(missing.begin(), missing.end(), "base"), missing.end()) << r.body;
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/cases").body)["cases"].size(), 0u);
}

// Confirming a fact is sending the change the review gave for it: each is a change the case takes.
TEST_F(ApiTest, TheChangesAReviewSuggestsAreAcceptedByTheCase) {
  Import("usd-offer.json");
  const json body = {{"text", kPastedLetter}, {"currency", "USD"}, {"received", "2026-11-30"}};
  const json j = json::parse(Call("POST", "/api/v1/review", body.dump()).body);
  int applied = 0;
  for (const json& f : j["found"]) {
    if (f["patch"].is_null()) continue;
    SCOPED_TRACE(f.dump());
    Response r = Call("PATCH", "/api/v1/cases/1", f["patch"].dump());
    EXPECT_EQ(r.status, 200) << r.body;
    ++applied;
  }
  EXPECT_GE(applied, 4);  // title, base, deadline, start date
  const json c = json::parse(Call("GET", "/api/v1/cases/1").body)["case"];
  EXPECT_EQ(c["offers"][0]["deadline"], "2026-12-10");
  EXPECT_EQ(c["offers"][0]["start_date"], "2027-01-04");
}

TEST_F(ApiTest, ABadReviewRequestNamesTheKey) {
  EXPECT_EQ(Field(Call("POST", "/api/v1/review", R"({"kind":"offer_letter"})")), "text");
  EXPECT_EQ(Field(Call("POST", "/api/v1/review", R"({"text":"x","kind":"poem"})")), "kind");
  EXPECT_EQ(Field(Call("POST", "/api/v1/review", R"({"text":"x","received":"soon"})")), "received");
  EXPECT_EQ(Field(Call("POST", "/api/v1/review", R"({"text":"x","colour":"red"})")), "colour");
  EXPECT_EQ(Call("POST", "/api/v1/review", R"({"text":5})").status, 400);
}

TEST(SnapshotNameTest, NamesCarryTheirUtcTimeAndNothingElseIsTakenForOne) {
  const std::filesystem::path ws = "/home/ola/search.walkaway";
  EXPECT_EQ(SnapshotName(ws, 1'796'083'200 + 3'723), "search-20261201-010203.walkaway");
  EXPECT_EQ(SnapshotTime("search-20261201-010203.walkaway", ws), 1'796'083'200 + 3'723);
  for (const char* other : {"search-20261301-010203.walkaway", "search-20261201-250203.walkaway",
                            "other-20261201-010203.walkaway", "search-20261201-010203.walkaway.bak",
                            "../search-20261201-010203.walkaway", "search-20261201x010203.walkaway",
                            "search-restored-20261201-010203.walkaway", ""}) {
    EXPECT_FALSE(SnapshotTime(other, ws)) << other;
  }
}

json Snapshots(const Response& r) { return json::parse(r.body)["snapshots"]; }

TEST_F(ApiTest, TheFirstChangeOfASessionIsSnapshottedAndAgainAfterFifteenMinutesOfEditing) {
  EXPECT_EQ(Snapshots(Call("GET", "/api/v1/snapshots")).size(), 0u);
  ASSERT_EQ(Call("POST", "/api/v1/cases", ReadText(kSource / "examples/usd-offer.json"), "application/json").status, 201);
  EXPECT_EQ(Snapshots(Call("GET", "/api/v1/snapshots")).size(), 1u);  // before the session's first change
  clock_ += 60;
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"A"})").status, 200);
  EXPECT_EQ(Snapshots(Call("GET", "/api/v1/snapshots")).size(), 1u);
  clock_ += 15 * 60;
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"B"})").status, 200);
  const json all = Snapshots(Call("GET", "/api/v1/snapshots"));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]["created"], "2026-12-01T00:16:00Z");  // newest first
  EXPECT_EQ(all[0]["name"], "ws-20261201-001600.walkaway");
  EXPECT_GT(all[0]["bytes"].get<int64_t>(), 0);
  // A new session (a restart) snapshots again before its first change.
  Reopen();
  clock_ += 60;
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"C"})").status, 200);
  EXPECT_EQ(Snapshots(Call("GET", "/api/v1/snapshots")).size(), 3u);
}

TEST_F(ApiTest, SnapshotsOlderThanTenDaysAreRemovedWhenANewOneIsMade) {
  ASSERT_EQ(Call("POST", "/api/v1/snapshots").status, 201);
  clock_ += 9 * 24 * 3600;
  ASSERT_EQ(Call("POST", "/api/v1/snapshots").status, 201);
  EXPECT_EQ(Snapshots(Call("GET", "/api/v1/snapshots")).size(), 2u);
  clock_ += 2 * 24 * 3600;
  ASSERT_EQ(Call("POST", "/api/v1/snapshots").status, 201);
  const json all = Snapshots(Call("GET", "/api/v1/snapshots"));
  ASSERT_EQ(all.size(), 2u);  // the first, 11 days old, is gone
  EXPECT_EQ(all[1]["created"], "2026-12-10T00:00:00Z");
}

TEST_F(ApiTest, ARestoreOpensTheSnapshotAsANewWorkspaceAndLeavesTheOldOneAsItWas) {
  ASSERT_EQ(Call("POST", "/api/v1/cases", ReadText(kSource / "examples/usd-offer.json"), "application/json").status, 201);
  clock_ += 60;
  Response made = Call("POST", "/api/v1/snapshots");
  ASSERT_EQ(made.status, 201);
  const std::string name = json::parse(made.body)["name"];
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"Changed"})").status, 200);
  clock_ += 60;
  Response restored = Call("POST", "/api/v1/snapshots/" + name + "/restore");
  ASSERT_EQ(restored.status, 200) << restored.body;
  const std::string file = json::parse(restored.body)["workspace"];
  EXPECT_EQ(file, "ws-restored-20261201-000200.walkaway");
  // The server now works on the restored copy ...
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/cases/1").body)["case"]["candidate"]["name"], "Ola");
  ASSERT_EQ(Call("PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"After"})").status, 200);
  // ... and the workspace it left is untouched, with the change made before the restore.
  core::Result<store::Workspace> old = store::Workspace::Open(dir_ / "ws.walkaway");
  ASSERT_TRUE(old);
  EXPECT_NE(old->GetCase(1)->body.find("\"Changed\""), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir_ / file));
}

TEST_F(ApiTest, ARestoreNamesOnlyASnapshotOfTheFolder) {
  for (const char* name : {"nope.walkaway", "..", "ws.walkaway", "ws-20261201-000000.walkaway"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(Call("POST", std::string("/api/v1/snapshots/") + name + "/restore").status, 404);
  }
  EXPECT_EQ(Call("POST", "/api/v1/snapshots/%2e%2e%2fws.walkaway/restore").status, 404);
}

// The same answer as `walkaway market --format json`, byte for byte.
TEST_F(ApiTest, AMarketLookUpIsTheCommandLinesAnswer) {
  Response r = Call("GET", "/api/v1/market?title=Senior%20Software%20Engineer&country=US&pay=150k");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string command = std::string(WALKAWAY_BINARY_DIR) +
                              "/bin/walkaway market 'Senior Software Engineer' --country US --pay 150k --format json";
  const auto [ok, cli] = RunCommand(command);
  ASSERT_TRUE(ok) << command;
  EXPECT_EQ(r.body, cli);
  EXPECT_EQ(json::parse(r.body)["status"], "found");
}

TEST_F(ApiTest, AMarketLookUpNamesTheParameterAtFault) {
  EXPECT_EQ(Field(Call("GET", "/api/v1/market?country=US&pay=150k")), "title");
  EXPECT_EQ(Field(Call("GET", "/api/v1/market?title=Engineer&country=DE&pay=82k")), "currency");
  EXPECT_EQ(Field(Call("GET", "/api/v1/market?title=Engineer&country=US&pay=lots")), "pay");
  EXPECT_EQ(Field(Call("GET", "/api/v1/market?title=Engineer&country=DE&pay=82k%20EUR&rate=EUR-USD")), "rate");
}

TEST_F(ApiTest, TheOpenApiDocumentListsExactlyTheRoutes) {
  Response r = Call("GET", "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  const json doc = json::parse(r.body);
  EXPECT_EQ(doc, json::parse(ReadText(kSource / "docs/openapi.json")));  // the build embeds the current file
  std::set<std::string> documented;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      std::string upper = method;
      for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      documented.insert(upper + " " + path);
    }
  }
  std::set<std::string> served;
  for (const RouteInfo& route : Routes()) served.insert(std::string(route.method) + " " + std::string(route.pattern));
  EXPECT_EQ(documented, served);
}

TEST_F(ApiTest, HealthSaysTheVersionAndTheWorkspaceVersion) {
  const json j = json::parse(Call("GET", "/api/v1/health").body);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["version"], "test");
  EXPECT_EQ(j["workspace_version"], store::kSchemaVersion);
}

}  // namespace
}  // namespace walkaway::server
