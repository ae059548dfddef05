#include "walkaway/scan/posting_signals.h"

namespace walkaway::scan {
namespace {

constexpr PostingSignal kNoCompany{
    "scam.posting-no-company", "company", core::RuleId::kScam, core::Severity::kMinor,
    "The posting does not say who is hiring, so you cannot look the employer up; ask for the company's "
    "name and check it before you send anything about yourself."};
constexpr PostingSignal kNoCompanyDescription{
    "scam.posting-no-company-description", "company_description", core::RuleId::kScam, core::Severity::kMinor,
    "The posting says nothing about the company. Many small employers write thin postings, but check "
    "that the company exists, has a website of its own and lists this job there."};

bool IsLetterOrDigit(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

}  // namespace

FieldState StateOf(std::string_view value) {
  for (const char c : value) {
    if (IsLetterOrDigit(c)) return FieldState::kGiven;
  }
  return FieldState::kBlank;
}

std::vector<const PostingSignal*> PostingSignals(const PostingFields& fields) {
  std::vector<const PostingSignal*> signals;
  if (fields.company == FieldState::kBlank) signals.push_back(&kNoCompany);
  if (fields.company_description == FieldState::kBlank) signals.push_back(&kNoCompanyDescription);
  return signals;
}

}  // namespace walkaway::scan
