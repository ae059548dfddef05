#pragma once

// walkaway as a library, in one header (docs/library.md): read a case file, judge it, write the
// judgement as JSON or read it as values. Everything a program needs is here; the other headers
// under walkaway/ are the layers these are built from.
//
//   #include <walkaway/walkaway.h>
//   auto loaded = walkaway::io::ReadCaseFile("case.toml");            // the case model
//   walkaway::Engine engine({.data_dir = "/usr/share/walkaway/data"});
//   auto judgement = engine.Judge(loaded->c, walkaway::core::Date{2026, 11, 21});
//   for (const auto& offer : judgement->evaluation.offers)
//     std::cout << offer.offer_id << ": " << walkaway::core::ToString(offer.verdict.decision) << "\n";

#include "walkaway/api/engine.h"          // Engine: the shipped data and Judge
#include "walkaway/core/case.h"           // the case model
#include "walkaway/core/date.h"           // civil dates
#include "walkaway/core/judgement.h"      // what a judgement holds
#include "walkaway/core/money.h"          // integer cents
#include "walkaway/core/result.h"         // Result<T> and Error
#include "walkaway/core/validate.h"       // the cross-field checks of a case
#include "walkaway/io/case_file.h"        // reading case files (TOML or JSON) with located errors
#include "walkaway/io/evaluation_json.h"  // the judgement as JSON (walkaway.evaluation/2)
#include "walkaway/judge/judge.h"         // Judge with services of your own
#include "walkaway/report/ask_text.h"     // the words of an ask
#include "walkaway/report/report.h"       // the judgement as text or Markdown for people
