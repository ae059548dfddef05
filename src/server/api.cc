#include "server/api.h"

#include <charconv>
#include <condition_variable>
#include <map>
#include <optional>

#include "openapi_json.h"  // generated from docs/openapi.json (src/server/CMakeLists.txt)
#include "server/case_name.h"
#include "server/review.h"
#include "server/snapshots.h"
#include "walkaway/decide/compare.h"
#include "walkaway/io/api_json.h"
#include "walkaway/io/compare_json.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/case_json.h"
#include "walkaway/io/case_writer.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/query.h"
#include "walkaway/report/draft.h"

namespace walkaway::server {
namespace {

enum class RouteId {
  kHealth, kOpenApi, kListCases, kCreateCase, kGetCase, kPatchCase, kDeleteCase, kJudgeCase, kExportCase,
  kCompareCase, kDraft, kJudge, kReview, kMarket, kHistory, kUndo, kRedo, kListSnapshots, kMakeSnapshot, kRestoreSnapshot,
};

struct Route {
  RouteInfo info;
  RouteId id;
};

const std::vector<Route>& RouteTable() {
  static const std::vector<Route> table = {
      {{"GET", "/api/v1/health"}, RouteId::kHealth},
      {{"GET", "/api/v1/openapi.json"}, RouteId::kOpenApi},
      {{"GET", "/api/v1/cases"}, RouteId::kListCases},
      {{"POST", "/api/v1/cases"}, RouteId::kCreateCase},
      {{"GET", "/api/v1/cases/{id}"}, RouteId::kGetCase},
      {{"PATCH", "/api/v1/cases/{id}"}, RouteId::kPatchCase},
      {{"DELETE", "/api/v1/cases/{id}"}, RouteId::kDeleteCase},
      {{"GET", "/api/v1/cases/{id}/judgement"}, RouteId::kJudgeCase},
      {{"GET", "/api/v1/cases/{id}/export"}, RouteId::kExportCase},
      {{"POST", "/api/v1/cases/{id}/comparison"}, RouteId::kCompareCase},
      {{"GET", "/api/v1/cases/{id}/draft"}, RouteId::kDraft},
      {{"POST", "/api/v1/judgement"}, RouteId::kJudge},
      {{"POST", "/api/v1/review"}, RouteId::kReview},
      {{"GET", "/api/v1/market"}, RouteId::kMarket},
      {{"GET", "/api/v1/history"}, RouteId::kHistory},
      {{"POST", "/api/v1/undo"}, RouteId::kUndo},
      {{"POST", "/api/v1/redo"}, RouteId::kRedo},
      {{"GET", "/api/v1/snapshots"}, RouteId::kListSnapshots},
      {{"POST", "/api/v1/snapshots"}, RouteId::kMakeSnapshot},
      {{"POST", "/api/v1/snapshots/{name}/restore"}, RouteId::kRestoreSnapshot},
  };
  return table;
}

// Matches `path` against a pattern; the {id} segment, when there is one, must be a positive whole
// number and is returned in `id`; a {name} segment is returned as it is in `name` (the handler
// checks it).
bool Matches(std::string_view pattern, std::string_view path, int64_t& id, bool& bad_id, std::string& name) {
  while (!pattern.empty() || !path.empty()) {
    const size_t ps = pattern.find('/', 1);
    const size_t qs = path.find('/', 1);
    const std::string_view p = pattern.substr(0, ps);
    const std::string_view q = path.substr(0, qs);
    if (p.empty() || q.empty()) return false;
    if (p == "/{name}") {
      name = std::string(q.substr(1));
    } else if (p == "/{id}") {
      const std::string_view digits = q.substr(1);
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
      if (ec != std::errc() || end != digits.data() + digits.size() || id <= 0) bad_id = true;
    } else if (p != q) {
      return false;
    }
    pattern = ps == std::string_view::npos ? std::string_view() : pattern.substr(ps);
    path = qs == std::string_view::npos ? std::string_view() : path.substr(qs);
  }
  return true;
}

Response Json(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

std::string ChangeJson(const std::optional<store::ChangeInfo>& change) {
  if (!change) return "null";
  return "{\"sequence\":" + std::to_string(change->sequence) + ",\"case_id\":" + std::to_string(change->case_id) +
         ",\"label\":" + io::JsonString(change->label) + "}";
}

// {"name", "created" (UTC, "2026-12-08T01:56:00Z"), "bytes"}.
std::string SnapshotJson(const SnapshotInfo& s) {
  return "{\"name\":" + io::JsonString(s.name) + ",\"created\":\"" + UtcTime(s.created) +
         "\",\"bytes\":" + std::to_string(s.bytes) + "}";
}

std::string CaseRef(int64_t id, std::string_view name, int64_t revision) {
  return "{\"id\":" + std::to_string(id) + ",\"name\":" + io::JsonString(name) +
         ",\"revision\":" + std::to_string(revision) + "}";
}

io::Format FormatOf(std::string_view content_type) {
  if (content_type.find("toml") != std::string_view::npos) return io::Format::kToml;
  if (content_type.find("json") != std::string_view::npos) return io::Format::kJson;
  return io::Format::kAuto;
}

// Errors about a stored case's JSON: the line and column are of text the person never saw, so the
// field path alone says where.
core::Error WithoutPlace(core::Error e) {
  e.location = {};
  return e;
}

}  // namespace

const std::vector<RouteInfo>& Routes() {
  static const std::vector<RouteInfo> routes = [] {
    std::vector<RouteInfo> out;
    for (const Route& r : RouteTable()) out.push_back(r.info);
    return out;
  }();
  return routes;
}

// A stored case as last judged for a comparison: the evaluation and the pay model's projections
// do not depend on the person's priorities (only the comparison reads them), so while a slider
// moves, only the comparison runs again, on these, and gives what a full judgement would.
struct JudgedCase {
  int64_t revision = 0;
  core::Date on{};
  core::Case c{};
  std::map<std::string, core::SourceLocation> locations{};
  core::Judgement judgement{};
};

struct Api::Impl {
  std::mutex workspace_mutex;
  store::Workspace workspace;
  EngineOptions engine_options;
  std::function<core::Date()> today;
  std::function<int64_t()> clock;  // seconds since 1970 UTC
  std::optional<Snapshots> snapshots;  // with workspace_mutex held
  std::string version;

  std::mutex engine_mutex;
  std::condition_variable engine_free;
  std::vector<std::unique_ptr<Engine>> engines;  // free ones
  size_t engines_made = 0;
  size_t engines_max = 1;

  std::mutex market_mutex;
  std::optional<core::Result<market::MarketIndex>> market_index;  // read on the first look-up

  static constexpr size_t kJudgedCasesKept = 8;
  std::mutex judged_mutex;
  std::map<int64_t, std::shared_ptr<const JudgedCase>> judged;  // by case id

  Impl(store::Workspace ws, ApiOptions o)
      : workspace(std::move(ws)), engine_options(std::move(o.engine)), today(std::move(o.today)), clock(std::move(o.now)),
        version(std::move(o.version)), engines_max(o.engines == 0 ? 1 : o.engines) {
    if (clock && !o.workspace_file.empty()) snapshots.emplace(o.workspace_file);
  }

  // Before every change (workspace_mutex held): the automatic snapshot, when one is due. A failed
  // snapshot does not stop the person's change; the next change tries again.
  void BeforeChange() {
    if (snapshots) (void)snapshots->BeforeChange(workspace, clock());
  }

  Response ListSnapshots() {
    if (!snapshots) return ErrorResponse(404, "not_found", "this server keeps no snapshots");
    std::lock_guard lock(workspace_mutex);
    core::Result<std::vector<SnapshotInfo>> all = snapshots->List();
    if (!all) return ErrorResponse(all.error());
    std::string body = "{\"snapshots\":[";
    for (size_t i = 0; i < all->size(); ++i) body += (i > 0 ? "," : "") + SnapshotJson((*all)[i]);
    return Json(200, body + "]}");
  }

  Response MakeSnapshot() {
    if (!snapshots) return ErrorResponse(404, "not_found", "this server keeps no snapshots");
    std::lock_guard lock(workspace_mutex);
    core::Result<SnapshotInfo> made = snapshots->Make(workspace, clock());
    if (!made) return ErrorResponse(made.error());
    return Json(201, SnapshotJson(*made));
  }

  // The snapshot becomes a new workspace file, which this server then uses; the one it used is
  // kept as it was, after a snapshot of its own.
  Response RestoreSnapshot(const std::string& name) {
    if (!snapshots) return ErrorResponse(404, "not_found", "this server keeps no snapshots");
    std::lock_guard lock(workspace_mutex);
    core::Result<std::filesystem::path> restored = snapshots->RestoreAsNew(name, clock());
    if (!restored) return ErrorResponse(restored.error());
    core::Result<SnapshotInfo> before = snapshots->Make(workspace, clock());
    if (!before) return ErrorResponse(before.error());
    core::Result<store::Workspace> opened = store::Workspace::Open(*restored);
    if (!opened) return ErrorResponse(opened.error());
    workspace = std::move(*opened);
    snapshots.emplace(*restored);
    {
      std::lock_guard cache(judged_mutex);
      judged.clear();
    }
    return Json(200, "{\"workspace\":" + io::JsonString(restored->filename().string()) +
                         ",\"snapshot_before_restore\":" + SnapshotJson(*before) + "}");
  }

  // An Engine for one judgement, returned to the pool when done.
  class Lease {
   public:
    explicit Lease(Impl& impl) : impl_(impl) {
      std::unique_lock lock(impl_.engine_mutex);
      impl_.engine_free.wait(lock, [&] { return !impl_.engines.empty() || impl_.engines_made < impl_.engines_max; });
      if (!impl_.engines.empty()) {
        engine_ = std::move(impl_.engines.back());
        impl_.engines.pop_back();
      } else {
        ++impl_.engines_made;
        lock.unlock();
        engine_ = std::make_unique<Engine>(impl_.engine_options);
      }
    }
    ~Lease() {
      std::lock_guard lock(impl_.engine_mutex);
      impl_.engines.push_back(std::move(engine_));
      impl_.engine_free.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Engine& engine() { return *engine_; }

   private:
    Impl& impl_;
    std::unique_ptr<Engine> engine_;
  };

  core::Result<core::Date> JudgementDate(const Request& request, const core::Case& c) {
    const std::string given = QueryParam(request.target, "today");
    if (!given.empty()) {
      core::Result<core::Date> parsed = core::ParseDate(given);
      if (!parsed) {
        core::Error e = parsed.error();
        e.field_path = "today";
        return e;
      }
      return parsed;
    }
    if (c.as_of) return *c.as_of;
    return today();
  }

  Response Judge(const Request& request, const io::LoadedCase& loaded, std::string_view name) {
    core::Result<core::Date> on = JudgementDate(request, loaded.c);
    if (!on) return ErrorResponse(on.error());
    Lease lease(*this);
    core::Result<core::Judgement> judgement = lease.engine().Judge(loaded.c, *on, {});
    if (!judgement) return ErrorResponse(io::LocateInCase(judgement.error(), loaded));
    io::JsonReportOptions o{std::string(name), version, loaded.c.candidate.currency, &loaded.locations};
    o.projections = &judgement->projections;
    o.plans = &judgement->plans;
    o.indent = -1;
    return Json(200, io::EvaluationToJson(judgement->evaluation, o));
  }

  // The judgement of case `id` at its current revision, judged on `on`, without plans or a
  // comparison: from the cache when nothing has changed.
  core::Result<std::shared_ptr<const JudgedCase>> JudgedForComparison(int64_t id, const Request& request) {
    core::Result<store::StoredCase> stored = Stored(id);
    if (!stored) return stored.error();
    {
      // A slider step on an unchanged case: the cached entry holds this revision's case, so its
      // date is read from there and the stored text is not parsed again.
      std::lock_guard lock(judged_mutex);
      auto it = judged.find(id);
      if (it != judged.end() && it->second->revision == stored->revision) {
        core::Result<core::Date> cached_on = JudgementDate(request, it->second->c);
        if (!cached_on) return cached_on.error();
        if (it->second->on == *cached_on) return it->second;
      }
    }
    core::Result<io::LoadedCase> loaded = io::ParseCase(stored->body, "case.json", io::Format::kJson);
    if (!loaded) return WithoutPlace(loaded.error());
    core::Result<core::Date> on = JudgementDate(request, loaded->c);
    if (!on) return on.error();
    judge::JudgeOptions options;
    options.plans = false;
    core::Result<core::Judgement> judgement = [&] {
      Lease lease(*this);
      return lease.engine().Judge(loaded->c, *on, options);
    }();
    if (!judgement) return io::LocateInCase(judgement.error(), *loaded);
    auto entry = std::make_shared<const JudgedCase>(JudgedCase{stored->revision, *on, std::move(loaded->c),
                                                               std::move(loaded->locations), std::move(*judgement)});
    std::lock_guard lock(judged_mutex);
    if (judged.size() >= kJudgedCasesKept && judged.find(id) == judged.end()) judged.erase(judged.begin());
    judged[id] = entry;
    return entry;
  }

  Response Compare(const Request& request, int64_t id) {
    core::Result<io::ComparisonRequest> asked = io::ParseComparisonRequest(request.body);
    if (!asked) return ErrorResponse(WithoutPlace(asked.error()));
    core::Result<std::shared_ptr<const JudgedCase>> judged_case = JudgedForComparison(id, request);
    if (!judged_case) return ErrorResponse(judged_case.error());
    const JudgedCase& j = **judged_case;
    core::CompareOptions options;
    if (asked->draws) options.draws = *asked->draws;
    if (asked->seed) options.seed = *asked->seed;
    core::Result<core::Comparison> comparison = [&]() -> core::Result<core::Comparison> {
      if (!asked->priorities) {
        return decide::CompareOffers(j.c, j.judgement.evaluation, j.judgement.projections, j.judgement.current, options);
      }
      core::Case with = j.c;
      with.candidate.priorities = *asked->priorities;
      return decide::CompareOffers(with, j.judgement.evaluation, j.judgement.projections, j.judgement.current, options);
    }();
    if (!comparison) {
      core::Error e = comparison.error();
      // The request's weights are reported as the request names them.
      constexpr std::string_view kPrefix = "candidate.priorities.";
      if (asked->priorities && e.field_path.starts_with(kPrefix)) e.field_path = e.field_path.substr(kPrefix.size());
      if (e.field_path == "--draws") e.field_path = "draws";
      return ErrorResponse(WithoutPlace(e));
    }
    return Json(200, io::ComparisonToJson(*comparison, {"case-" + std::to_string(id), version,
                                                        j.c.candidate.currency}));
  }

  // Where a pay sits in the shipped market data, as `walkaway market --format json` says it:
  // ?title=...&country=..&pay=...[&currency=...&rate=EUR/USD=1.08].
  Response Market(const Request& request) {
    market::MarketQuery query;
    query.title = QueryParam(request.target, "title");
    query.country = QueryParam(request.target, "country");
    query.pay = QueryParam(request.target, "pay");
    if (const std::string c = QueryParam(request.target, "currency"); !c.empty()) query.currency = c;
    if (const std::string r = QueryParam(request.target, "rate"); !r.empty()) query.rate = r;
    for (const auto& [value, key] : {std::pair{&query.title, "title"}, {&query.country, "country"}, {&query.pay, "pay"}}) {
      if (value->empty()) return ErrorResponse(core::Error::InvalidInput(std::string("give the ") + key, key));
    }
    const market::QueryNames names{"pay", "currency", "rate", "currency=EUR or pay=82k EUR"};
    core::Result<market::CheckedQuery> checked = market::CheckQuery(query, names);
    if (!checked) return ErrorResponse(checked.error());
    std::lock_guard lock(market_mutex);
    if (!market_index) market_index = market::LoadMarketIndex((engine_options.data_dir / "market").string());
    if (!*market_index) return ErrorResponse(404, "not_found", "this walkaway has no market data");
    return Json(200, market::MarketAnswerToJson(market::AnswerQuery(**market_index, query, *checked), query));
  }

  // A message for one offer, as `walkaway draft` writes it: ?offer=<id>&kind=counter.
  Response Draft(const Request& request, int64_t id) {
    const std::string kind_name = QueryParam(request.target, "kind");
    const std::optional<report::DraftKind> kind = report::ParseDraftKind(kind_name);
    if (!kind) {
      std::string kinds;
      for (std::string_view k : report::kDraftKindNames) kinds += (kinds.empty() ? "" : ", ") + std::string(k);
      core::Error e = core::Error::InvalidInput("unknown draft kind \"" + kind_name + "\"", "kind");
      e.hint = "choose one of " + kinds;
      return ErrorResponse(e);
    }
    core::Result<store::StoredCase> stored = Stored(id);
    if (!stored) return ErrorResponse(stored.error());
    core::Result<io::LoadedCase> loaded = io::ParseCase(stored->body, "case.json", io::Format::kJson);
    if (!loaded) return ErrorResponse(WithoutPlace(loaded.error()));
    const std::string offer_id = QueryParam(request.target, "offer");
    const core::Offer* offer = nullptr;
    std::string ids;
    for (const core::Offer& o : loaded->c.offers) {
      if (o.id == offer_id) offer = &o;
      ids += (ids.empty() ? "" : ", ") + o.id;
    }
    if (offer == nullptr) {
      return ErrorResponse(core::Error::NotFound("no offer with id \"" + offer_id + "\"; the case has: " + ids, "offer"));
    }
    core::Result<core::Date> on = JudgementDate(request, loaded->c);
    if (!on) return ErrorResponse(on.error());
    // The same judgement as the report, so the message never argues with it; a counter-offer or
    // an extension request uses the offer's negotiation plan.
    judge::JudgeOptions options;
    options.only_offer = offer_id;
    options.plans = *kind == report::DraftKind::kCounter || *kind == report::DraftKind::kExtension;
    core::Result<core::Judgement> judgement = [&] {
      Lease lease(*this);
      return lease.engine().Judge(loaded->c, *on, options);
    }();
    if (!judgement) return ErrorResponse(WithoutPlace(judgement.error()));
    const core::OfferEvaluation& evaluated = judgement->evaluation.offers.front();
    report::DraftInput input{&loaded->c, offer, &evaluated, core::FindPlan(judgement->plans, offer_id), *on};
    core::Result<std::string> text = report::RenderDraft(*kind, input);
    if (!text) return ErrorResponse(text.error());
    return Json(200, "{\"offer\":" + io::JsonString(offer_id) + ",\"kind\":" + io::JsonString(kind_name) +
                         ",\"text\":" + io::JsonString(*text) + "}");
  }

  core::Result<store::StoredCase> Stored(int64_t id) {
    std::lock_guard lock(workspace_mutex);
    return workspace.GetCase(id);
  }

  Response CreateCase(const Request& request) {
    const io::Format format = FormatOf(request.content_type);
    const char* name = format == io::Format::kToml ? "case.toml" : format == io::Format::kJson ? "case.json" : "case";
    core::Result<io::LoadedCase> loaded = io::ParseCase(request.body, name, format);
    if (!loaded) return ErrorResponse(loaded.error());
    core::Result<std::string> json = io::CaseTextToJson(request.body, name, format);
    if (!json) return ErrorResponse(json.error());
    std::lock_guard lock(workspace_mutex);
    BeforeChange();
    core::Result<store::StoredCase> made = workspace.CreateCase(CaseName(loaded->c), *json, "import a case");
    if (!made) return ErrorResponse(made.error());
    Response r = Json(201, CaseRef(made->id, made->name, made->revision));
    r.headers.emplace_back("Location", "/api/v1/cases/" + std::to_string(made->id));
    return r;
  }

  Response PatchCase(const Request& request, int64_t id) {
    core::Result<io::FieldChange> change = io::ParseFieldChange(request.body);
    if (!change) return ErrorResponse(WithoutPlace(change.error()));
    std::lock_guard lock(workspace_mutex);
    core::Result<store::StoredCase> now = workspace.GetCase(id);
    if (!now) return ErrorResponse(now.error());
    if (change->revision && *change->revision != now->revision) {
      return ErrorResponse(core::Error::Conflict("case " + std::to_string(id) + " has changed since revision " +
                                                 std::to_string(*change->revision) + " (it is at " +
                                                 std::to_string(now->revision) + "): reload it"));
    }
    core::Result<std::string> json = io::SetCaseField(now->body, change->path, change->value_json);
    if (!json) return ErrorResponse(WithoutPlace(json.error()));
    // The changed case must still be one `walkaway validate` accepts; the error names the field.
    core::Result<io::LoadedCase> loaded = io::ParseCase(*json, "case.json", io::Format::kJson);
    if (!loaded) return ErrorResponse(WithoutPlace(loaded.error()));
    BeforeChange();
    core::Result<store::StoredCase> saved =
        workspace.UpdateCase(id, CaseName(loaded->c), *json, "set " + change->path, now->revision);
    if (!saved) return ErrorResponse(saved.error());
    return Json(200, CaseRef(saved->id, saved->name, saved->revision));
  }

  Response Export(const Request& request, int64_t id) {
    core::Result<store::StoredCase> stored = Stored(id);
    if (!stored) return ErrorResponse(stored.error());
    const std::string format = QueryParam(request.target, "format");
    if (format.empty() || format == "json") {
      Response r = Json(200, stored->body);
      r.headers.emplace_back("Content-Disposition", "attachment; filename=\"case-" + std::to_string(id) + ".json\"");
      return r;
    }
    if (format != "toml") {
      return ErrorResponse(core::Error::InvalidInput("format must be toml or json, not \"" + format + "\"", "format"));
    }
    core::Result<io::LoadedCase> loaded = io::ParseCase(stored->body, "case.json", io::Format::kJson);
    if (!loaded) return ErrorResponse(WithoutPlace(loaded.error()));
    Response r;
    r.content_type = "application/toml; charset=utf-8";
    r.body = io::WriteCaseToml(loaded->c, {.header = " " + stored->name + ", exported from a walkaway workspace"});
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"case-" + std::to_string(id) + ".toml\"");
    return r;
  }

  Response Dispatch(const Request& request, RouteId route, int64_t id, const std::string& name) {
    switch (route) {
      case RouteId::kHealth:
        return Json(200, "{\"status\":\"ok\",\"version\":" + io::JsonString(version) +
                             ",\"workspace_version\":" + std::to_string(store::kSchemaVersion) + "}");
      case RouteId::kOpenApi:
        return Json(200, std::string(kOpenApiJson));
      case RouteId::kListCases: {
        std::lock_guard lock(workspace_mutex);
        core::Result<std::vector<store::CaseSummary>> cases = workspace.ListCases();
        if (!cases) return ErrorResponse(cases.error());
        std::string body = "{\"cases\":[";
        for (size_t i = 0; i < cases->size(); ++i) {
          const store::CaseSummary& c = (*cases)[i];
          body += (i > 0 ? "," : "") + CaseRef(c.id, c.name, c.revision);
        }
        return Json(200, body + "]}");
      }
      case RouteId::kCreateCase:
        return CreateCase(request);
      case RouteId::kGetCase: {
        core::Result<store::StoredCase> c = Stored(id);
        if (!c) return ErrorResponse(c.error());
        return Json(200, "{\"id\":" + std::to_string(c->id) + ",\"name\":" + io::JsonString(c->name) +
                             ",\"revision\":" + std::to_string(c->revision) + ",\"case\":" + c->body + "}");
      }
      case RouteId::kPatchCase:
        return PatchCase(request, id);
      case RouteId::kDeleteCase: {
        std::lock_guard lock(workspace_mutex);
        BeforeChange();
        if (core::Status gone = workspace.DeleteCase(id, "delete a case"); !gone) return ErrorResponse(gone.error());
        return Json(200, "{\"deleted\":" + std::to_string(id) + "}");
      }
      case RouteId::kJudgeCase: {
        core::Result<store::StoredCase> c = Stored(id);
        if (!c) return ErrorResponse(c.error());
        core::Result<io::LoadedCase> loaded = io::ParseCase(c->body, "case.json", io::Format::kJson);
        if (!loaded) return ErrorResponse(WithoutPlace(loaded.error()));
        return Judge(request, *loaded, "case-" + std::to_string(id));
      }
      case RouteId::kExportCase:
        return Export(request, id);
      case RouteId::kCompareCase:
        return Compare(request, id);
      case RouteId::kDraft:
        return Draft(request, id);
      case RouteId::kJudge: {
        const io::Format format = FormatOf(request.content_type);
        core::Result<io::LoadedCase> loaded = io::ParseCase(request.body, "case", format);
        if (!loaded) return ErrorResponse(loaded.error());
        return Judge(request, *loaded, "case");
      }
      case RouteId::kReview: {
        core::Result<io::ReviewRequest> asked = io::ParseReviewRequest(request.body);
        if (!asked) return ErrorResponse(WithoutPlace(asked.error()));
        return Json(200, ReviewToJson(*asked));
      }
      case RouteId::kMarket:
        return Market(request);
      case RouteId::kHistory: {
        std::lock_guard lock(workspace_mutex);
        core::Result<store::HistoryState> h = workspace.History();
        if (!h) return ErrorResponse(h.error());
        return Json(200, "{\"undo\":" + ChangeJson(h->undo) + ",\"redo\":" + ChangeJson(h->redo) + "}");
      }
      case RouteId::kUndo:
      case RouteId::kRedo: {
        std::lock_guard lock(workspace_mutex);
        BeforeChange();
        core::Result<std::optional<store::ChangeInfo>> done =
            route == RouteId::kUndo ? workspace.Undo() : workspace.Redo();
        if (!done) return ErrorResponse(done.error());
        return Json(200, "{\"change\":" + ChangeJson(*done) + "}");
      }
      case RouteId::kListSnapshots:
        return ListSnapshots();
      case RouteId::kMakeSnapshot:
        return MakeSnapshot();
      case RouteId::kRestoreSnapshot:
        return RestoreSnapshot(name);
    }
    return ErrorResponse(core::Error::Internal("unknown route"));
  }

  Response Route(const Request& request) {
    const std::string_view path = PathOf(request.target);
    std::string allowed;
    for (const server::Route& r : RouteTable()) {
      int64_t id = 0;
      bool bad_id = false;
      std::string name;
      if (!Matches(r.info.pattern, path, id, bad_id, name)) continue;
      if (r.info.method != request.method) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(r.info.method);
        continue;
      }
      if (bad_id) return ErrorResponse(core::Error::NotFound("a case id is a positive whole number", "id"));
      return Dispatch(request, r.id, id, name);
    }
    if (!allowed.empty()) {
      Response r = ErrorResponse(405, "method_not_allowed", request.method + " is not allowed here (" + allowed + ")");
      r.headers.emplace_back("Allow", allowed);
      return r;
    }
    return ErrorResponse(404, "not_found", "no such route; see /api/v1/openapi.json");
  }
};

Api::Api(store::Workspace workspace, ApiOptions options)
    : impl_(std::make_unique<Impl>(std::move(workspace), std::move(options))) {}

Api::~Api() = default;

Response Api::Handle(const Request& request) {
  try {
    return impl_->Route(request);
  } catch (...) {
    // No exception text leaves the server: the person gets the fact, not the internals.
    return ErrorResponse(core::Error::Internal("exception"));
  }
}

}  // namespace walkaway::server
