#pragma once

// The engine as a library user (and the CLI) opens it: the shipped data (the market index and the
// lexicon) from one folder, loaded only when a case needs it, and Judge with those services. The
// one place that turns a data folder into judge::Services, so every caller judges alike.
//
//   walkaway::Engine engine({.data_dir = "/usr/share/walkaway/data"});
//   core::Result<core::Judgement> j = engine.Judge(c, core::Date{2026, 11, 21});

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/judgement.h"
#include "walkaway/core/result.h"
#include "walkaway/judge/judge.h"

namespace walkaway::tax {
class RulesSource;
}

namespace walkaway {

struct EngineOptions {
  // Holds market/ (the market index) and lexicon/ (the phrase lexicon): data/ in a source tree,
  // share/walkaway/data in an install.
  std::filesystem::path data_dir{};
  // Overrides data_dir/lexicon.
  std::optional<std::filesystem::path> lexicon_dir{};
  // Where the compiled lexicon is cached; empty: compiled on every open.
  std::filesystem::path cache_dir{};
  // Take-home pay from data_dir/tax (docs/tax.md); false: gross figures only.
  bool take_home = true;
};

class Engine {
 public:
  explicit Engine(EngineOptions options);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Judges `c` as of `today` (judge::Judge). The market index is read the first time a case has
  // an offer it can place (a missing or broken index means no market position, never an error);
  // the lexicon the first time a case has a document with text (one that cannot be read or
  // compiled is an I/O error: reading the documents without it would change the verdict).
  // REQUIRES: c passed core::ValidateCase. Not thread-safe: one Engine per thread.
  core::Result<core::Judgement> Judge(const core::Case& c, core::Date today, const judge::JudgeOptions& options = {});

  // Loads what `c` needs now (Judge does it too), so that a caller can report a lexicon problem
  // before judging.
  core::Status Prepare(const core::Case& c);

  // Loads the tax tables of data_dir/tax when `c` has a job to project (Prepare does it too). No tax
  // folder is not an error (no take-home figures); a broken file is an I/O error.
  core::Status PrepareTaxRules(const core::Case& c);
  // The tax rules loaded, for a caller that runs the pay model itself (comp::ProjectionOptions::tax);
  // null before loading, or when the folder has no tables.
  const tax::RulesSource* tax_rules() const;

  // A note about the lexicon's compiled cache ("cache file was corrupt; rebuilt"), empty if none.
  const std::string& note() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace walkaway
