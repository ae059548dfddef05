#include "server/api.h"

#include <unistd.h>

#include <filesystem>
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
    api_ = std::make_unique<Api>(std::move(*ws), TestEngine(), [] { return kToday; }, 2, "test");
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
    core::Result<store::StoredCase> made = ImportCaseFile(*ws, kSource / "examples" / example);
    EXPECT_TRUE(made) << made.error().ToString();
    return made ? made->id : 0;
  }
  static std::string Field(const Response& r) {
    const json j = json::parse(r.body);
    return j["error"]["field"].is_string() ? j["error"]["field"].get<std::string>() : "";
  }

  std::filesystem::path dir_;
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
